import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';

const ROOT = join(__dirname, '..', '..');
const WEB_BUNDLE = join(ROOT, 'dist', 'web', 'extension.js');

/** Stands in for any part of the `vscode` API: callable, constructible, and every property is another stand-in. */
function anything(): unknown {
  const target = function () {};
  return new Proxy(target, {
    get: (_, key) => (key === Symbol.toPrimitive ? () => '' : key === 'prototype' ? {} : anything()),
    apply: () => anything(),
    construct: () => ({}),
  });
}

/** The names `vscode` exports at run time (namespaces, classes, enums, functions), each a stand-in. */
function vscodeModule(): Record<string, unknown> {
  const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = [...declarations.matchAll(/^\texport (?:namespace|class|enum|const|let|function) (\w+)/gm)].map((match) => match[1]!);
  assert.ok(names.length > 100, 'read the vscode API names from @types/vscode');
  return Object.fromEntries(names.map((name) => [name, anything()]));
}

/** Only what a web worker extension host offers: no Buffer, process, require of Node modules, global or __dirname. */
function webWorkerGlobals(required: string[]): vm.Context {
  const module = { exports: {} as Record<string, unknown> };
  const sandbox: Record<string, unknown> = {
    module,
    exports: module.exports,
    require: (id: string) => {
      required.push(id);
      if (id === 'vscode') return vscodeModule();
      throw new Error(`a web extension cannot require "${id}"`);
    },
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    Intl,
    structuredClone,
    atob,
    btoa,
    crypto: globalThis.crypto,
    performance,
  };
  sandbox.self = sandbox;
  sandbox.globalThis = sandbox;
  return vm.createContext(sandbox);
}

describe('the web extension bundle (package.json "browser")', () => {
  before(function () {
    this.timeout(60_000);
    if (!existsSync(WEB_BUNDLE)) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  });

  it('is what package.json names for web hosts', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { browser?: string };
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it('loads with only the globals of a web worker and requires nothing but vscode', () => {
    const required: string[] = [];
    const context = webWorkerGlobals(required);
    vm.runInContext(readFileSync(WEB_BUNDLE, 'utf8'), context, { filename: WEB_BUNDLE });
    const exports = (context.module as { exports: Record<string, unknown> }).exports;
    assert.equal(typeof exports.activate, 'function');
    assert.equal(typeof exports.deactivate, 'function');
    assert.deepEqual([...new Set(required)], ['vscode']);
  });
});
