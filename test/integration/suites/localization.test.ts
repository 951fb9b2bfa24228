import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, find, jobSearchUri, lenses, rows, texts, waitFor } from '../support/host';

/** Runs with VS Code's display language set to German (the web host can switch it without a language pack). */
suite('German display language', () => {
  test('the extension host runs in German and has the bundle from l10n/', () => {
    assert.equal(vscode.env.language, 'de');
    assert.equal(vscode.l10n.t('Needs action'), 'Zu erledigen');
  });

  test('the tree shows German labels, with the model texts translated too', async () => {
    const { applicationsTree } = await api();
    const roots = await rows(applicationsTree);
    assert.deepEqual(
      texts(roots).map((text) => text.split(' | ')[0]),
      ['1 Problem in job-search.yaml', 'Zu erledigen', 'Abgesagt', 'Unbekannter Status'],
    );
    // Labels, descriptions and tooltips from src/model go through @vscode/l10n, configured at activation.
    const [action] = await rows(applicationsTree, find(roots, 'Zu erledigen').node);
    assert.equal(texts([action!])[0], 'Globex | Dankesnachricht · 3 Tage überfällig');
    const tooltip = action!.item.tooltip instanceof vscode.MarkdownString ? action!.item.tooltip.value : String(action!.item.tooltip);
    // Tooltips keep their spaces as &nbsp; so the hover does not reflow them.
    assert.match(tooltip.replace(/&nbsp;/g, ' '), /^Dankesnachricht an Dana Kim für Globex\n\nFällig am \d{4}-\d{2}-\d{2}$/);
  });

  test('problems read in German on the right line', async () => {
    const uri = jobSearchUri();
    const diagnostics = await waitFor('diagnostics', () => vscode.languages.getDiagnostics(uri).length > 0 && vscode.languages.getDiagnostics(uri));
    const typo = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-value')!;
    assert.equal(typo.range.start.line, 17);
    assert.match(typo.message, /^„intervewing“ ist kein bekannter Wert für Status\. Meintest du „interviewing“\?/);
  });

  test('CodeLenses are titled in German', async () => {
    // The editor asks for lenses of an open document only.
    await vscode.window.showTextDocument(jobSearchUri());
    const titles = (await lenses(jobSearchUri())).map((lens) => lens.command?.title);
    for (const title of ['$(mail) Dankesnachricht', '$(person-add) In Kontakt bleiben', '$(edit) Dankesnachricht entwerfen', '$(check) Als gesendet markieren', '☐ Als erledigt markieren']) {
      assert.ok(titles.includes(title), `${title} in ${titles.join(', ')}`);
    }
  });

  test('the status bar counts in German', async () => {
    const { statusBar } = await api();
    await waitFor('status bar', () => statusBar.visible);
    assert.equal(statusBar.item.text, '$(mail) 1 Nachfassaktion fällig');
    assert.equal(statusBar.item.name, 'Jobsuche: fällige Nachfassaktionen');
  });

  test('the dashboard page is in German and carries the translations for its script', async () => {
    // The command returns the dashboard it opened (commands of the same extension host pass values as they are).
    const dashboard = (await vscode.commands.executeCommand('jobSearch.openDashboard')) as { panel: vscode.WebviewPanel };
    const html = dashboard.panel.webview.html;
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<title>Jobsuche-Dashboard<\/title>/);
    assert.match(html, /<script type="application\/json" id="l10n-bundle">\{.*"Needs action":"Zu erledigen"/);
    assert.equal(dashboard.panel.title, 'Jobsuche-Dashboard');
    dashboard.panel.dispose();
  });
});
