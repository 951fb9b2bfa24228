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

  for (const path of ['src/views/anything.ts', 'src/codelens/anything.ts', 'src/panel/anything.ts', 'src/services/anything.ts', 'src/contributions/anything.ts']) {
    it(`forbids ${path} to reach up into src/commands`, async () => {
      const [result] = await eslint.lintText("import { CommandId } from '../commands/anything';\nexport const x = CommandId;\n", { filePath: `${ROOT}/${path}` });
      assert.ok(result?.messages.some((message) => message.ruleId === 'no-restricted-imports'), JSON.stringify(result?.messages));
    });
  }

  it('lets commands use what sits below them', async () => {
    const [result] = await eslint.lintText("import { CommandId } from '../contributions/commandIds';\nexport const x = CommandId;\n", { filePath: `${ROOT}/src/commands/anything.ts` });
    assert.deepEqual(result?.messages.filter((message) => message.ruleId === 'no-restricted-imports'), []);
  });

  it('allows it in the adapters', async () => {
    const [result] = await eslint.lintText(importVscode, { filePath: `${ROOT}/src/views/anything.ts` });
    assert.deepEqual(result?.messages.filter((message) => message.ruleId === 'no-restricted-imports'), []);
  });
});
