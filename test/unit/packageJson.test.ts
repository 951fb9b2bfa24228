import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandId } from '../../src/contributions/commandIds';
import { CONTEXT_KEYS } from '../../src/contributions/contextKeys';
import { ViewItem } from '../../src/contributions/viewItems';
import { STATUSES } from '../../src/model/vocabulary';
import { ROOT } from './support/fixtures';
import { readManifest } from './support/manifest';

interface Manifest {
  main: string;
  capabilities: { untrustedWorkspaces: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] } };
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string; category?: string; icon?: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { properties: Record<string, { default: unknown }> };
    views: Record<string, { id: string; icon?: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    viewsWelcome: { view: string; contents: string }[];
    yamlValidation: { url: string }[];
    walkthroughs: { id: string; title: string; steps: { id: string; title: string; description: string; media: { markdown: string }; completionEvents: string[] }[] }[];
  };
  icon: string;
  galleryBanner: { color: string; theme: string };
  categories: string[];
  keywords: string[];
}

const manifest = readManifest() as Manifest;
const source = (path: string): string => readFileSync(join(ROOT, 'src', path), 'utf8');
const contributed = manifest.contributes.commands.map((command) => command.command);

describe('package.json', () => {
  it('contributes exactly the commands in CommandId', () => {
    assert.deepEqual([...contributed].sort(), Object.values(CommandId).sort());
  });

  it('reads in its when clauses and walkthrough exactly the context keys the extension sets', () => {
    const named = new Set(JSON.stringify(manifest.contributes).match(/jobSearch:[\w.]+/g));
    assert.deepEqual([...named].sort(), [...CONTEXT_KEYS].sort());
  });

  it('matches in its menus only words the tree rows’ contextValue is made of', () => {
    const words = new Set<string>(Object.values(ViewItem));
    const clauses = Object.values(manifest.contributes.menus).flat().map((entry) => entry.when ?? '').filter((when) => when.includes('viewItem'));
    assert.ok(clauses.length > 5, `only ${clauses.length} menus for tree rows`);
    for (const when of clauses) {
      const matched = [...when.matchAll(/viewItem == (\w+)|viewItem =~ \/([^/]+)\//g)].flatMap(([, equal, pattern]) => (equal ? [equal] : [...pattern!.replace(/\\b/g, ' ').matchAll(/[\w-]+/g)].map(([word]) => word)));
      assert.ok(matched.length, when);
      // A status word names one of the stages; any other word must be one of ViewItem's.
      for (const word of matched) assert.ok(words.has(word!) || STATUSES.some((status) => word === `status-${status}`), `${when}: “${word}” is no ViewItem word`);
    }
  });

  it('puts every command in the Job Search category', () => {
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Job Search', command.command);
  });

  it('names only known commands and views in menus and welcome content', () => {
    const views = Object.values(manifest.contributes.views).flat().map((view) => view.id);
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries) {
        assert.ok(contributed.includes(entry.command), `${menu}: ${entry.command}`);
        for (const view of entry.when?.match(/view == ([\w.]+)/g) ?? []) assert.ok(views.includes(view.slice(8)), view);
      }
    }
    for (const welcome of manifest.contributes.viewsWelcome) {
      assert.ok(views.includes(welcome.view), welcome.view);
      for (const [, command] of welcome.contents.matchAll(/\(command:([\w.]+)\)/g)) {
        assert.ok(contributed.includes(command!) || command!.startsWith('workbench.'), command);
      }
    }
  });

  it('hides commands that need a tree node or arguments from the palette', () => {
    const hidden = manifest.contributes.menus.commandPalette!.filter((entry) => entry.when === 'false').map((entry) => entry.command);
    assert.deepEqual(hidden.sort(), [CommandId.addTrainingItem, CommandId.draftFollowUp, CommandId.draftNudge, CommandId.askSomeoneElse, CommandId.markSent, CommandId.openLink, CommandId.recordStoriesTold, CommandId.revealInFile, CommandId.toggleTrainingItem, CommandId.walkthroughStep].sort());
  });

  it('declares limited support for untrusted workspaces, restricting settings that exist', () => {
    const { untrustedWorkspaces } = manifest.capabilities;
    assert.equal(untrustedWorkspaces.supported, 'limited');
    assert.ok(untrustedWorkspaces.description && untrustedWorkspaces.description.length > 40);
    const settings = Object.keys(manifest.contributes.configuration.properties);
    assert.deepEqual(untrustedWorkspaces.restrictedConfigurations?.filter((name) => !settings.includes(name)), []);
    assert.deepEqual(untrustedWorkspaces.restrictedConfigurations, ['jobSearch.files', 'jobSearch.drafts.templatesFolder']);
  });

  it('reads every contributed setting', () => {
    const settings = source('config/settings.ts');
    for (const key of Object.keys(manifest.contributes.configuration.properties)) {
      assert.ok(key.startsWith('jobSearch.'), key);
      assert.ok(settings.includes(`'${key.slice('jobSearch.'.length)}'`), `${key} is never read`);
    }
  });

  it('points at files that exist', () => {
    const files = [
      ...manifest.contributes.viewsContainers.activitybar.map((container) => container.icon),
      ...manifest.contributes.yamlValidation.map((validation) => validation.url),
      join('sample', 'job-search.yaml'),
    ];
    for (const file of files) assert.ok(existsSync(join(ROOT, file)), file);
    assert.equal(manifest.main, './dist/extension.js');
  });

  it('activates only for workspaces with a job-search.yaml or a dashboard to restore (views and commands activate on their own)', () => {
    assert.deepEqual(manifest.activationEvents, ['workspaceContains:**/job-search.yaml', 'onWebviewPanel:jobSearch.dashboard']);
  });

  it('has what the Marketplace shows: an icon that ships, a banner, categories, keywords and the MIT license', () => {
    assert.ok(existsSync(join(ROOT, manifest.icon)), manifest.icon);
    assert.match(manifest.icon, /\.png$/, 'the Marketplace wants a PNG icon');
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(manifest.categories.length > 0 && manifest.keywords.length > 0 && manifest.keywords.length <= 30);
    assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
    const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8');
    for (const kept of ['!media/**', '!LICENSE', '!CHANGELOG.md', '!README.md', '!dist/extension.js', '!dist/ical-generator.js', '!dist/csv-parse.js', '!l10n/bundle.l10n.*.json']) assert.ok(shipped.includes(kept), kept);
  });

  it('documents every setting in the README with its default', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const [key, { default: value }] of Object.entries(manifest.contributes.configuration.properties)) {
      const shown = Array.isArray(value) ? `\`${JSON.stringify(value)}\`` : `\`${String(value)}\``;
      assert.ok(readme.includes(`| \`${key}\` | ${shown} |`), `${key} with default ${shown}`);
    }
  });

  describe('the walkthrough', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;

    it('has the steps of a first job search, in order', () => {
      assert.equal(walkthrough?.title, 'Get started with your job search');
      assert.deepEqual(walkthrough.steps.map((step) => step.id), ['createFile', 'addApplication', 'recordInterview', 'draftThankYou', 'recordRejection', 'addContact', 'addReflection', 'addTraining', 'openDashboard', 'setWeeklyGoals', 'prepareForInterview']);
    });

    for (const step of manifest.contributes.walkthroughs[0]?.steps ?? []) {
      it(`step ${step.id}: a button for a real command that opens beside the walkthrough, media that ships, completion by doing it`, () => {
        // `toSide:` keeps the walkthrough on screen: what the command opens goes into the group beside it.
        const links = [...step.description.matchAll(/\]\(command:toSide:([\w.]+)(?:\?([^)]*))?\)/g)];
        assert.equal(links.length, 1, step.description);
        const [, linked, query] = links[0]!;
        // Commands that ask questions run through walkthroughStep, from the file's editor (see walkthroughStep.ts).
        const buttons = [linked === CommandId.walkthroughStep ? (JSON.parse(decodeURIComponent(query!)) as string) : linked!];
        if (linked !== CommandId.walkthroughStep) assert.equal(linked, CommandId.createFile, `${linked} opens beside the walkthrough only through walkthroughStep`);
        assert.ok(contributed.includes(buttons[0]!), buttons[0]);
        assert.ok(existsSync(join(ROOT, step.media.markdown)), step.media.markdown);
        assert.ok(step.completionEvents.length > 0);
        for (const event of step.completionEvents) {
          const [, kind, argument] = /^(onCommand|onContext):(.+)$/.exec(event) ?? [];
          assert.ok(kind, event);
          if (kind === 'onCommand') assert.ok(contributed.includes(argument!), event);
          else assert.ok(CONTEXT_KEYS.includes(argument!), `${event}: not a key the extension sets`);
        }
        // A step whose command asks questions completes when it has written something, not when it starts: a step
        // ticked on click moves the walkthrough on and takes the focus, which closes the command's input box.
        const asksFirst = buttons[0] !== CommandId.openDashboard;
        assert.equal(step.completionEvents.some((event) => event.startsWith('onCommand:')), !asksFirst, step.id);
        // Every step also completes through a context key: commands run through walkthroughStep fire no onCommand.
        assert.ok(step.completionEvents.some((event) => event.startsWith('onContext:')), step.id);
      });
    }
  });
});
