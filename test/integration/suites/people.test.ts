import * as assert from 'node:assert/strict';
import { addDays } from 'date-fns';
import * as vscode from 'vscode';
import { toIsoDate } from '../../../src/model/calendarDate';
import { monthsAfter } from '../../../src/model/followThrough';
import { api, expectEditAndUndo, find, jobSearchUri, pressingEnter, rows, texts, waitFor } from '../support/host';

const TODAY = toIsoDate(new Date());
const day = (offset: number): string => toIsoDate(addDays(new Date(), offset));

/** `text` with `from` replaced by `to`, failing when the fixture lacks `from`. */
function replaced(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the fixture lacks ${from}`);
  return text.replace(from, to);
}

suite('people and referrals', () => {
  let document: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    await api();
    document = await vscode.workspace.openTextDocument(jobSearchUri());
    original = document.getText();
  });

  teardown(async () => {
    for (const draft of vscode.workspace.textDocuments.filter((candidate) => candidate.uri.scheme === 'untitled' && !candidate.isClosed)) {
      await vscode.window.showTextDocument(draft);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    // Every test leaves the file as the fixture wrote it.
    if (document.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
    }
    if (document.isDirty) await document.save();
  });

  /** The person as the People view's store has them now. */
  async function person(name: string) {
    const { store } = await api();
    const found = store.get(document.uri)?.parsed.people.find((candidate) => candidate.name === name);
    assert.ok(found, `${name} is not under people`);
    return { uri: document.uri, person: found };
  }

  test('the People view shows who to reach out to first, then everyone by company', async () => {
    const { peopleTree } = await api();
    const roots = await rows(peopleTree);
    assert.deepEqual(texts(roots), ['Reach out now | 1', 'Coming up | 1', 'Globex | 1', 'Umbrella Health | 1', 'No company | 1']);
    const [jordan] = await rows(peopleTree, find(roots, 'Reach out now').node);
    assert.equal(jordan!.label, 'Jordan Park');
    assert.equal(jordan!.description, '1 day overdue · Staff Engineer · Umbrella Health');
    assert.equal(jordan!.item.contextValue, 'person due hasLink');
    // Under "Reach out now" a person is a to-do; their applications and touches unfold under their company.
    assert.equal(jordan!.item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    const [atCompany] = await rows(peopleTree, find(roots, 'Umbrella Health').node);
    assert.equal(atCompany!.item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    const [application, touch] = await rows(peopleTree, atCompany!.node);
    assert.equal(`${application!.label} | ${application!.description}`, 'Umbrella Health | Staff Engineer · Applied');
    assert.match(`${touch!.label} | ${touch!.description}`, /^Coffee \| .+ · How their team moved to Kubernetes\.$/);
    const [riley] = await rows(peopleTree, find(roots, 'Coming up').node);
    assert.equal(riley!.description, 'due in 5 days · Globex');
    assert.equal(riley!.item.contextValue, 'person');
  });

  test('Needs action and the status bar count someone due a touch', async () => {
    const { applicationsTree, statusBar } = await api();
    const needsAction = find(await rows(applicationsTree), 'Needs action');
    const [row] = await rows(applicationsTree, needsAction.node);
    assert.equal(`${row!.label} | ${row!.description}`, 'Jordan Park | Reach out · 1 day overdue');
    assert.equal(row!.item.contextValue, 'action person due overdue hasLink');
    await waitFor('the status bar item', () => statusBar.visible);
    assert.equal(statusBar.item.text, '$(mail) 1 follow-up due');
  });

  test('a contact that names a person shows their role in the Applications view', async () => {
    const { applicationsTree } = await api();
    const applied = find(await rows(applicationsTree), 'Applied');
    const umbrella = find(await rows(applicationsTree, applied.node), 'Umbrella Health');
    assert.deepEqual(texts(await rows(applicationsTree, umbrella.node)), ['Jordan Park | Staff Engineer']);
  });

  test('Log a Touch writes the touch and the next date, undone in one step', async () => {
    const target = await person('Jordan Park');
    const expected = replaced(
      replaced(original, `    next: ${day(-1)}\n`, `    next: ${day(14)}\n`),
      `      - {date: ${day(-40)}, kind: coffee, notes: How their team moved to Kubernetes.}\n`,
      `      - {date: ${day(-40)}, kind: coffee, notes: How their team moved to Kubernetes.}\n      - {date: ${TODAY}, kind: message}\n`,
    );
    // Enter through: a message, today, no note, and the first interval (two weeks).
    await expectEditAndUndo(document, original, () => pressingEnter(() => vscode.commands.executeCommand('jobSearch.logTouch', target)), expected);
  });

  test('Set Next Touch moves the reminder, and Needs action lets go of them', async () => {
    const target = await person('Jordan Park');
    await pressingEnter(() => vscode.commands.executeCommand('jobSearch.setNextTouch', target));
    await waitFor('the new date', () => document.getText().includes(`    next: ${day(14)}\n`));
    const { applicationsTree } = await api();
    const roots = texts(await rows(applicationsTree));
    assert.ok(!roots.some((text) => text.startsWith('Needs action')), roots.join('; '));
  });

  test('a message to someone met outside an application uses the template for people; Mark as sent logs it', async () => {
    const target = await person('Jordan Park');
    const editor = (await pressingEnter(() => vscode.commands.executeCommand<vscode.TextEditor>('jobSearch.draftToPerson', target)))!;
    assert.ok(editor, 'a draft opened');
    const text = editor.document.getText();
    assert.match(text, /^Subject: A quick hello\n\nHi Jordan,\n\nIt has been a while since the platform meetup, and I wanted to say hello\./);
    assert.match(text, /Hope all is well at Umbrella Health\./);
    assert.doesNotMatch(text, /Staff Engineer role/);
    const { drafts } = await api();
    assert.equal(drafts.get(editor.document)?.to, 'jordan@example.com');
    await vscode.commands.executeCommand('jobSearch.markDraftSent', { force: true });
    await waitFor('the touch', () => document.getText().includes(`      - {date: ${TODAY}, kind: message}\n`));
    assert.ok(document.getText().includes(`    next: ${monthsAfter(TODAY, 3)}\n`), document.getText());
  });

  test('Ask for a Referral drafts the request for the application; Mark as sent records the ask and when to check back', async () => {
    const { store } = await api();
    const umbrella = store.get(document.uri)!.parsed.applications[0]!;
    // From the application: the person at that company is offered first.
    const editor = (await pressingEnter(() => vscode.commands.executeCommand<vscode.TextEditor>('jobSearch.askForReferral', { uri: document.uri, application: umbrella })))!;
    const text = editor.document.getText();
    assert.match(text, /^Subject: Would you be comfortable referring me for the Staff Engineer role\?\n\nHi Jordan,/);
    assert.match(text, /I am about to apply for the Staff Engineer role at Umbrella Health/);
    await vscode.commands.executeCommand('jobSearch.markDraftSent', { force: true });
    await waitFor('the ask', () => document.getText().includes(`      - {date: ${TODAY}, kind: referral-asked, application: Umbrella Health}\n`));
    assert.ok(document.getText().includes(`    next: ${day(10)}\n`), document.getText());

    // The answer: a referral given, for the application asked about.
    const { peopleTree } = await api();
    await waitFor('the open ask on the row', async () => {
      const company = find(await rows(peopleTree), 'Umbrella Health');
      return (await rows(peopleTree, company.node))[0]?.item.contextValue === 'person hasLink referralAsked';
    });
    const asked = await person('Jordan Park');
    await pressingEnter(() => vscode.commands.executeCommand('jobSearch.recordReferralOutcome', asked));
    await waitFor('the outcome', () => document.getText().includes(`      - {date: ${TODAY}, kind: referral-given, application: Umbrella Health}\n`));
  });

  test('Add Contact adds someone new to the application and to people, in one undo', async () => {
    const { store } = await api();
    const initech = store.get(document.uri)!.parsed.applications[1]!;
    const expected = replaced(
      replaced(original, '      - {name: Kim Ode, role: Recruiter, email: kim@initech.example}\n', '      - {name: Kim Ode, role: Recruiter, email: kim@initech.example}\n      - {person: Pat Lee}\n'),
      '  - name: Sam Ortiz\n',
      `  - name: Sam Ortiz\n  - name: Pat Lee\n    company: Initech\n    role: Hiring Manager\n    met: interviewed me\n    connected: ${TODAY}\n`,
    );
    await expectEditAndUndo(
      document,
      original,
      () => vscode.commands.executeCommand('jobSearch.addContact', { uri: document.uri, application: initech, contact: { name: 'Pat Lee', role: 'Hiring Manager', met: 'interviewed me' } }),
      expected,
    );
  });

  test('Add Contact links someone already listed instead of typing them again', async () => {
    const { store } = await api();
    const initech = store.get(document.uri)!.parsed.applications[1]!;
    const expected = replaced(original, '      - {name: Kim Ode, role: Recruiter, email: kim@initech.example}\n', '      - {name: Kim Ode, role: Recruiter, email: kim@initech.example}\n      - {person: Sam Ortiz}\n');
    await expectEditAndUndo(document, original, () => vscode.commands.executeCommand('jobSearch.addContact', { uri: document.uri, application: initech, contact: { name: 'sam ortiz' } }), expected);
  });

  test('Export People as CSV writes one row per person', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!.uri;
    const target = vscode.Uri.joinPath(folder, 'people-export.csv');
    await vscode.commands.executeCommand('jobSearch.exportPeopleCsv', target);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'Name,Company,Role,How you know them,Email,LinkedIn,Connected on,Reach out next,Touches,Last touch,Referrals,Applications,Notes');
    assert.equal(lines[1], `Jordan Park,Umbrella Health,Staff Engineer,the platform meetup,jordan@example.com,https://www.linkedin.com/in/jordan-park-example,,${day(-1)},1,${day(-40)} Coffee,,Umbrella Health / Staff Engineer,`);
    assert.equal(lines.length, 4);
    await vscode.workspace.fs.delete(target);
  });
});
