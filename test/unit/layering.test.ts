import * as assert from 'node:assert/strict';
import { ESLint } from 'eslint';
import { ROOT } from './support/fixtures';

describe('layering', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const importVscode = "import * as vscode from 'vscode';\nexport const x = vscode;\n";

  for (const path of ['src/model/anything.ts', 'src/protocol/anything.ts', 'webview/anything.ts']) {
    it(`forbids importing vscode in ${path}`, async () => {
      const [result] = await eslint.lintText(importVscode, { filePath: `${ROOT}/${path}` });
      assert.ok(result?.messages.some((message) => message.ruleId === 'no-restricted-imports'), JSON.stringify(result?.messages));
    });
  }

  it('allows it in the adapters', async () => {
    const [result] = await eslint.lintText(importVscode, { filePath: `${ROOT}/src/views/anything.ts` });
    assert.deepEqual(result?.messages.filter((message) => message.ruleId === 'no-restricted-imports'), []);
  });
});
