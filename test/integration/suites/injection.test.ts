import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, diagnosticLines, jobSearchUri, lenses, rows, waitFor, type Row } from '../support/host';
import type { TreeNode } from '../../../src/views/treeNode';

// The fixture's hostile values, as the user wrote them.
const COMPANY = "<img src=x onerror=alert('company')>";
const SNIPPET_COMPANY = 'Initech ${1:co} [docs](command:workbench.action.quit)';
const CONTACT = 'Robin ${1:Snippet} $0';
const NOTES = "[Open settings](command:workbench.action.openSettings) <a href='javascript:alert(1)'>click</a> **bold** $TM_FILENAME";

/** Every row of `tree`, depth first, with its tooltip resolved the way a hover resolves it. */
async function allRows(tree: vscode.TreeDataProvider<TreeNode>, node?: TreeNode): Promise<Row[]> {
  const found: Row[] = [];
  for (const row of await rows(tree, node)) {
    found.push(row, ...(row.item.collapsibleState ? await allRows(tree, row.node) : []));
  }
  return found;
}

/** The tooltip as markdown, or its plain text. */
function tooltipOf(row: Row): vscode.MarkdownString | string | undefined {
  return row.item.tooltip as vscode.MarkdownString | string | undefined;
}

suite('text from the file never runs', () => {
  test('tree tooltips are untrusted markdown without HTML, and file text in them is escaped', async () => {
    const { applicationsTree, trainingTree } = await api();
    const all = [...(await allRows(applicationsTree)), ...(await allRows(trainingTree))];
    const withTooltips = all.filter((row) => typeof tooltipOf(row) === 'object');
    assert.ok(withTooltips.length >= 8, `only ${withTooltips.length} rows have tooltips`);
    for (const row of withTooltips) {
      const tooltip = tooltipOf(row) as vscode.MarkdownString;
      assert.ok(!tooltip.isTrusted, `${row.label}: a tooltip with file text must not be trusted`);
      assert.ok(!tooltip.supportHtml, `${row.label}: a tooltip with file text must not render HTML`);
      // A markdown link needs an unescaped `](`; escaped text reads the same but links nowhere.
      assert.doesNotMatch(tooltip.value, /(?<!\\)\]\(/, `${row.label}: file text became a link: ${tooltip.value}`);
    }
    // Undo the escaping to read what the hover shows: the notes, character for character.
    const shown = withTooltips.map((row) => (tooltipOf(row) as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1'));
    assert.ok(shown.some((text) => text.includes(NOTES)), `the notes are in no tooltip:\n${shown.join('\n---\n')}`);
  });

  test('labels and descriptions show the text exactly as written', async () => {
    const { applicationsTree, trainingTree } = await api();
    const labels = [...(await allRows(applicationsTree)), ...(await allRows(trainingTree))].map((row) => `${row.label} ${row.description}`).join('\n');
    for (const text of [COMPANY, SNIPPET_COMPANY, CONTACT, "<svg onload=alert('skill')>", '[click](command:workbench.action.quit) ${1:snippet}']) {
      assert.ok(labels.includes(text), `“${text}” is not shown as written among:\n${labels}`);
    }
  });

  test('a javascript: link is reported on its line and never offered or opened', async () => {
    const { applicationsTree, store } = await api();
    const uri = jobSearchUri();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split('\n');
    await waitFor('the diagnostics', () => diagnosticLines(uri).length > 0);
    const linkLine = text.findIndex((line) => line.includes("link: \"javascript:")) + 1;
    const contactLine = text.findIndex((line) => line.includes('linkedin: "command:')) + 1;
    assert.ok(diagnosticLines(uri).includes(`${linkLine}:10 invalid-link`), diagnosticLines(uri).join('; '));
    assert.ok(diagnosticLines(uri).some((line) => line.startsWith(`${contactLine}:`) && line.endsWith('invalid-link')), diagnosticLines(uri).join('; '));
    const initech = store.get(uri)!.parsed.applications[1]!;
    assert.equal(initech.link, undefined);
    assert.equal(await vscode.commands.executeCommand('jobSearch.openLink', { application: { link: "javascript:alert('link')" } }), false);
    assert.equal(await vscode.commands.executeCommand('jobSearch.openLink', { contact: { linkedin: 'command:workbench.action.quit' } }), false);
    const applicationRows = (await allRows(applicationsTree)).filter((row) => String(row.item.contextValue ?? '').includes('application'));
    assert.ok(applicationRows.length >= 2);
    assert.ok(applicationRows.every((row) => !String(row.item.contextValue).includes('hasLink')), 'no row offers Open Link');
  });

  test('CodeLens titles show file text as plain text, with its icon syntax escaped', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(jobSearchUri()));
    const titles = (await lenses(jobSearchUri())).map((lens) => lens.command?.title ?? '');
    assert.ok(titles.includes("$(add) Plan: <b onmouseover=alert('gap')>bold</b>"), titles.join('\n'));
    // `$(bug)` in the file would draw an icon; escaped, the lens reads "$(bug) flaky tests".
    assert.ok(titles.includes('$(add) Plan: \\$(bug) flaky tests'), titles.join('\n'));
  });

  test('a draft keeps snippet syntax, markdown and HTML from the file as literal text', async () => {
    const { store } = await api();
    const uri = jobSearchUri();
    const application = store.get(uri)!.parsed.applications[1]!;
    await vscode.commands.executeCommand('jobSearch.draftThankYou', { uri, application });
    const draft = await waitFor('the draft', () => {
      const document = vscode.window.activeTextEditor?.document;
      return document?.uri.scheme === 'untitled' ? document : undefined;
    });
    const text = draft.getText();
    assert.ok(text.includes(SNIPPET_COMPANY), `the company's snippet syntax was expanded:\n${text}`);
    assert.ok(text.includes('`code` _em_ <u>u</u>'), `the role was changed:\n${text}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
