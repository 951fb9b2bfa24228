import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandId } from '../../src/commands/commandIds';
import { ROOT } from './support/fixtures';

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
  };
}

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const source = (path: string): string => readFileSync(join(ROOT, 'src', path), 'utf8');
const contributed = manifest.contributes.commands.map((command) => command.command);

describe('package.json', () => {
  it('contributes exactly the commands in CommandId', () => {
    assert.deepEqual([...contributed].sort(), Object.values(CommandId).sort());
  });

  it('registers a handler for every command', () => {
    const registrations = source('commands/registerCommands.ts');
    for (const key of Object.keys(CommandId)) assert.match(registrations, new RegExp(`\\[CommandId\\.${key}\\]:`), key);
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
    assert.deepEqual(hidden.sort(), [CommandId.addTrainingItem, CommandId.draftFollowUp, CommandId.markSent, CommandId.openLink, CommandId.revealInFile, CommandId.toggleTrainingItem].sort());
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
});
