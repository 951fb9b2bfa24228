import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as l10n from '@vscode/l10n';
import { getL10nJson, getL10nPseudoLocalized } from '@vscode/l10n-dev';
import * as ts from 'typescript';
import { calendarEvents } from '../../src/model/calendarExport';
import { csvRows } from '../../src/model/csvExport';
import { dashboardModel } from '../../src/model/dashboardModel';
import { dateText } from '../../src/model/dateText';
import { parseTemplate } from '../../src/model/draftTemplate';
import { lensPlan } from '../../src/model/lensPlan';
import { needsAction } from '../../src/model/needsAction';
import { parseJobSearch } from '../../src/model/parseJobSearch';
import { describeAge, describeDue, describeUpcoming } from '../../src/model/relativeDates';
import { summarizeAction, summarizeFollowUp, summarizeInterview, summarizeReflection } from '../../src/model/summaries';
import { FOLLOW_UP_KINDS, FOLLOW_UP_LABELS, FOLLOW_UP_NOUNS, INTERVIEW_KINDS, INTERVIEW_LABELS, INTERVIEW_NOUNS, STATUSES, STATUS_LABELS } from '../../src/model/vocabulary';
import { fixture, ROOT, sampleText } from './support/fixtures';

type Bundle = Record<string, string | { message: string; comment: string[] }>;

const readJson = (path: string): Bundle => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Bundle;
const english = readJson('l10n/bundle.l10n.json');
const translations = readdirSync(join(ROOT, 'l10n')).filter((name) => /^bundle\.l10n\.[\w-]+\.json$/.test(name));
const messageOf = (entry: Bundle[string]): string => (typeof entry === 'string' ? entry : entry.message);

/** Every TypeScript file of the extension and its webview. */
function sourceFiles(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
    );
  return [...walk('src'), ...walk('webview')];
}

/** What must survive translation unchanged: placeholders, code spans, codicons and file names. */
function invariants(text: string): string[] {
  return [...text.matchAll(/\{[^}]+\}|`[^`]*`|\$\([\w-]+\)|job-search\.yaml|https?:\/\/|mailto:/g)].map((match) => match[0]).sort();
}

/** Runs `body` with @vscode/l10n using `bundle`, as activation sets it up, and restores English afterwards. */
function withBundle<T>(bundle: Bundle, body: () => T): T {
  l10n.config({ contents: bundle as Record<string, string> });
  try {
    return body();
  } finally {
    l10n.config({ contents: {} });
  }
}

/** Text the model writes for the user from the sample and from every broken fixture, in whatever language is set. */
function modelTexts(): string[] {
  const today = '2026-11-22';
  const dates = dateText(today);
  const sample = parseJobSearch(sampleText());
  const broken = readdirSync(join(ROOT, 'test', 'fixtures', 'bad')).map((name) => parseJobSearch(fixture('bad', name)));
  const texts: string[] = [];
  for (const parsed of [sample, ...broken]) {
    for (const problem of parsed.problems) {
      // The parser's own wording has no translation; the friendly sentence before it does.
      if (!problem.message.startsWith('YAML: ')) texts.push(problem.message);
      for (const related of problem.related ?? []) texts.push(related.message);
    }
  }
  texts.push(...lensPlan(sample).map((lens) => lens.title));
  texts.push(...needsAction(sample, today, 30).flatMap((item) => [summarizeAction(item).description, ...summarizeAction(item).details]));
  for (const application of sample.applications) {
    texts.push(...application.interviews.map((interview) => summarizeInterview(interview, dates).details[0]!));
    texts.push(...application.followUps.map((followUp) => summarizeFollowUp(followUp, dates).description));
    texts.push(...application.reflections.map((reflection) => summarizeReflection(reflection, dates).label));
  }
  const dashboard = dashboardModel(sample, today, 'job-search.yaml');
  texts.push(...dashboard.stages.map((stage) => stage.label), ...dashboard.training.flatMap((skill) => (skill.targetText ? [skill.targetText] : [])));
  texts.push(...csvRows(sample)[0]!, ...calendarEvents(sample).map((event) => String(event.summary)));
  texts.push(...[-3, -1, 0, 1, 5].flatMap((days) => [describeDue(days), describeUpcoming(days)]), describeAge('2026-01-01', today), describeAge('2026-11-01', today));
  texts.push(...STATUSES.map((status) => STATUS_LABELS[status]), ...FOLLOW_UP_KINDS.flatMap((kind) => [FOLLOW_UP_LABELS[kind], FOLLOW_UP_NOUNS[kind]]));
  texts.push(...INTERVIEW_KINDS.flatMap((kind) => [INTERVIEW_LABELS[kind], INTERVIEW_NOUNS[kind]]));
  texts.push(String(parseTemplate('broken', 'no header', 'workspace')));
  return texts;
}

/** Call names whose string arguments the user reads. */
const SHOWN_ARGUMENTS = /(^|\.)(showInformationMessage|showWarningMessage|showErrorMessage|setStatusBarMessage|createOutputChannel|TreeItem|MessageNode|section|row)$/;
/** Properties and assigned members the user reads. */
const SHOWN_PROPERTIES = new Set(['title', 'prompt', 'placeHolder', 'label', 'description', 'detail', 'tooltip', 'message', 'error', 'saveLabel', 'summary', 'text', 'name', 'aria-label']);
/** Literal text that is deliberately not translated, each with its reason. */
const UNTRANSLATED: readonly RegExp[] = [
  // The output channel's and the diagnostics' source name is the product's name.
  /^Job Search$/,
];

/** The arguments of a shown call that the user reads: a tree item's label and tooltip, not its id or context value. */
function shownArguments(call: ts.CallExpression | ts.NewExpression): ts.Expression[] {
  const args = [...(call.arguments ?? [])];
  const name = call.expression.getText();
  if (/(^|\.)(section|row)$/.test(name)) return args.slice(1, 2);
  if (/(^|\.)MessageNode$/.test(name)) return args.slice(0, 2);
  if (/(^|\.)TreeItem$/.test(name)) return args.slice(0, 1);
  return args;
}

/** Whether a literal holds words (not just punctuation, numbers, codicons like `$(mail)` or interpolations). */
function hasWords(node: ts.Expression): string | undefined {
  const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ') : undefined;
  if (text === undefined) return undefined;
  const words = text.replace(/\$\([\w-]+\)/g, '');
  return /[A-Za-z]{2,}/.test(words) && !UNTRANSLATED.some((pattern) => pattern.test(text)) ? text : undefined;
}

/** Literal text in places the user reads, outside `l10n.t`: where a translation was forgotten. */
function untranslatedLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Expression): void => {
    const text = hasWords(node);
    if (text !== undefined) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${JSON.stringify(text)}`);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && SHOWN_ARGUMENTS.test(node.expression.getText(source))) shownArguments(node).forEach(report);
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'h') node.arguments.slice(2).forEach(report);
    if (ts.isPropertyAssignment(node) && SHOWN_PROPERTIES.has(node.name.getText(source).replace(/^'|'$/g, '')) && !insideTranslation(node)) report(node.initializer);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SHOWN_PROPERTIES.has(node.left.name.text)) report(node.right);
    ts.forEachChild(node, visit);
  };
  // A conditional's branches and a `??` fallback are shown too: report literals found there as well.
  const expand = (node: ts.Node): void => {
    if (ts.isConditionalExpression(node)) {
      for (const branch of [node.whenTrue, node.whenFalse]) if (isShown(branch)) report(branch);
    }
    if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind) && isShown(node.right)) report(node.right);
    ts.forEachChild(node, expand);
  };
  const isShown = (node: ts.Node): boolean => {
    for (let current: ts.Node = node; current.parent; current = current.parent) {
      const parent = current.parent;
      if (ts.isCallExpression(parent) && /(^|\.)t$/.test(parent.expression.getText(source))) return false;
      if (ts.isPropertyAssignment(parent) && parent.initializer === current) return SHOWN_PROPERTIES.has(parent.name.getText(source).replace(/^'|'$/g, ''));
      if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && SHOWN_ARGUMENTS.test(parent.expression.getText(source))) return shownArguments(parent).includes(current as ts.Expression);
      if (!ts.isConditionalExpression(parent) && !ts.isBinaryExpression(parent) && !ts.isParenthesizedExpression(parent)) return false;
    }
    return false;
  };
  const insideTranslation = (node: ts.Node): boolean => {
    for (let current = node.parent; current; current = current.parent) if (ts.isCallExpression(current) && /(^|\.)l10n\.t$/.test(current.expression.getText(source))) return true;
    return false;
  };
  visit(source);
  expand(source);
  return found;
}

/** `l10n.t` calls whose message is not a literal, which the extraction (and so every translation) would miss. */
function nonLiteralMessages(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText(source))) {
      const first = node.arguments[0];
      const message = first && ts.isObjectLiteralExpression(first) ? first.properties.find((property) => property.name?.getText(source) === 'message') : first;
      const value = message && ts.isPropertyAssignment(message) ? message.initializer : message;
      if (!value || !ts.isStringLiteral(value)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText(source).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('localization of runtime strings', () => {
  const files = sourceFiles();

  it('passes every message to l10n.t as a literal, so the extraction finds it', () => {
    assert.deepEqual(files.flatMap(nonLiteralMessages), []);
  });

  it('has no literal text where the user reads it outside l10n.t', () => {
    assert.deepEqual(files.flatMap(untranslatedLiterals), []);
  });

  it('keeps l10n/bundle.l10n.json in step with the code (run `npm run l10n` after changing a message)', async function () {
    // The extraction parses every file with tree-sitter, which takes a few seconds.
    this.timeout(60_000);
    const extracted = await getL10nJson(files.map((file) => ({ extension: '.ts', contents: readFileSync(join(ROOT, file), 'utf8') })));
    assert.deepEqual(Object.keys(english).sort(), Object.keys(extracted).sort());
    assert.ok(Object.keys(english).length > 300, `only ${Object.keys(english).length} strings`);
  });

  it('quotes names with “ ” rather than backticks, which the Problems panel, trees and notifications show literally', () => {
    const bundles = [english, ...translations.map((name) => readJson(join('l10n', name)))];
    assert.deepEqual(bundles.flatMap((bundle) => Object.values(bundle).map(messageOf)).filter((message) => message.includes('`')), []);
  });

  it('ships at least one more language', () => {
    assert.ok(translations.includes('bundle.l10n.de.json'), translations.join(', '));
    const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(shipped, /^!l10n\/bundle\.l10n\.\*\.json$/m);
    assert.equal((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { l10n?: string }).l10n, './l10n');
  });

  for (const name of translations) {
    describe(`l10n/${name}`, () => {
      const translated = readJson(join('l10n', name));

      it('translates every string, and nothing else', () => {
        assert.deepEqual(Object.keys(english).filter((key) => typeof translated[key] !== 'string' || !(translated[key] as string).trim()), []);
        assert.deepEqual(Object.keys(translated).filter((key) => !(key in english)), []);
      });

      it('keeps placeholders, code, codicons, links and file names as they are', () => {
        for (const [key, entry] of Object.entries(english)) assert.deepEqual(invariants(messageOf(translated[key] ?? '')), invariants(messageOf(entry)), key);
      });
    });
  }

  it('sends every model text through the bundle: none comes out unchanged when a bundle replaces them all', () => {
    const plain = modelTexts();
    const pseudo = withBundle(getL10nPseudoLocalized(english) as Bundle, modelTexts);
    assert.equal(pseudo.length, plain.length);
    assert.ok(plain.length > 250, `only ${plain.length} texts`);
    // Dates and times alone carry no words to translate.
    const unchanged = plain.filter((text, index) => text === pseudo[index] && /[A-Za-z]/.test(text));
    assert.deepEqual(unchanged, []);
  });

  it('reads the German bundle into the model the way activation configures it', () => {
    const german = readJson('l10n/bundle.l10n.de.json');
    const texts = withBundle(german, () => {
      const parsed = parseJobSearch('applications:\n  - role: Engineer\n    status: aplied\n');
      return [...parsed.problems.map((problem) => problem.message), describeDue(-3), STATUS_LABELS.rejected, lensPlan(parseJobSearch(sampleText())).at(-1)!.title];
    });
    assert.deepEqual(texts.slice(0, 4), [
      'Hier fehlt „company“ (Bewerbung); füge es hinzu.',
      '„aplied“ ist kein bekannter Wert für Status. Meintest du „applied“? Verwende einen dieser Werte: wishlist, applied, screening, interviewing, offer, accepted, rejected, withdrawn, ghosted.',
      '3 Tage überfällig',
      'Abgesagt',
    ]);
    assert.match(texts[4]!, /^☐ Als erledigt markieren$|^☑ Erledigt – rückgängig$/);
    // Back in English once the bundle is gone, so the rest of the suite reads English.
    assert.equal(describeDue(-3), '3 days overdue');
  });
});
