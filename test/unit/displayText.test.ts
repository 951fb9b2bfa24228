import * as assert from 'node:assert/strict';
import { escapeIcons, inNotification } from '../../src/model/displayText';

describe('text from the file in labels and notifications', () => {
  const cases: readonly { text: string; label: string; notification: string }[] = [
    { text: 'Acme Corp', label: 'Acme Corp', notification: 'Acme Corp' },
    { text: '$(bug) flaky tests', label: '\\$(bug) flaky tests', notification: '$(bug) flaky tests' },
    { text: 'a $(x) b $(y)', label: 'a \\$(x) b \\$(y)', notification: 'a $(x) b $(y)' },
    { text: 'Cash$App (NYC)', label: 'Cash$App (NYC)', notification: 'Cash$App (NYC)' },
    { text: '[Quit](command:workbench.action.quit)', label: '[Quit](command:workbench.action.quit)', notification: '[Quit]\u200B(command:workbench.action.quit)' },
    { text: '[a](https://x.example) and [b](mailto:b@x.example)', label: '[a](https://x.example) and [b](mailto:b@x.example)', notification: '[a]\u200B(https://x.example) and [b]\u200B(mailto:b@x.example)' },
    { text: '[not a link] (spaced)', label: '[not a link] (spaced)', notification: '[not a link] (spaced)' },
  ];
  for (const { text, label, notification } of cases) {
    it(`shows “${text}” literally`, () => {
      assert.equal(escapeIcons(text), label);
      assert.equal(inNotification(text), notification);
      // What the user reads is unchanged: the escape and the zero-width space are not displayed.
      assert.equal(inNotification(text).replace(/\u200B/g, ''), text);
    });
  }
});
