import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/fixtures';

// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- a type-only import of an ES module from this CommonJS file needs the import() form
type Provision = typeof import('../../scripts/provision.mjs', { with: { 'resolution-mode': 'import' } });

describe('provision: what npm test and npm start need from the system', () => {
  let provision: Provision;
  before(async () => {
    provision = await import('../../scripts/provision.mjs');
  });

  const everything = { command: () => true, library: () => true, font: () => true };
  const names = (requirements: readonly { name: string }[]): string[] => requirements.map((requirement) => requirement.name);

  const cases: { title: string; purpose: 'test' | 'start'; codeServerInstalled: boolean; desktopCode: boolean; expected: string[] }[] = [
    { title: 'a first npm test needs the compilers and the browser libraries', purpose: 'test', codeServerInstalled: false, desktopCode: false, expected: ['g++', 'make', 'python3', 'NSS', 'NSPR', 'Expat', 'a font'] },
    { title: 'a later npm test needs only the browser libraries', purpose: 'test', codeServerInstalled: true, desktopCode: false, expected: ['NSS', 'NSPR', 'Expat', 'a font'] },
    { title: 'npm test needs code-server even where desktop code exists', purpose: 'test', codeServerInstalled: false, desktopCode: true, expected: ['g++', 'make', 'python3', 'NSS', 'NSPR', 'Expat', 'a font'] },
    { title: 'a first npm start without desktop code needs the compilers only', purpose: 'start', codeServerInstalled: false, desktopCode: false, expected: ['g++', 'make', 'python3'] },
    { title: 'npm start with desktop code needs nothing', purpose: 'start', codeServerInstalled: false, desktopCode: true, expected: [] },
    { title: 'a later npm start needs nothing', purpose: 'start', codeServerInstalled: true, desktopCode: false, expected: [] },
  ];
  for (const { title, purpose, expected, ...state } of cases) {
    it(title, () => assert.deepEqual(names(provision.neededFor(purpose, state)), expected));
  }

  it('reports only what the probe does not find', () => {
    const needed = provision.neededFor('test', { codeServerInstalled: false, desktopCode: false });
    assert.deepEqual(provision.missing(needed, everything), []);
    const probe = { ...everything, command: (name: string) => name !== 'g++', library: (soname: string) => soname !== 'libnss3.so' };
    assert.deepEqual(names(provision.missing(needed, probe)), ['g++', 'NSS']);
  });

  it('names one command, with sudo unless the user is root', () => {
    assert.equal(provision.installCommand(['g++', 'libnss3'], { root: false }), 'sudo apt-get update && sudo apt-get install -y --no-install-recommends g++ libnss3');
    assert.equal(provision.installCommand(['g++'], { root: true }), 'apt-get update && apt-get install -y --no-install-recommends g++');
  });

  it('finds the pieces this machine has', () => {
    assert.ok(provision.machineProbe.command('node'), 'node is on PATH');
    assert.ok(!provision.machineProbe.command('no-such-command-for-job-search'));
    assert.ok(!provision.machineProbe.library('libno-such-library.so.9'));
  });

  describe('the real script, on a machine that lacks the compilers', function () {
    this.timeout(30_000);
    let repo: string;
    let bin: string;
    /** Runs `node scripts/provision.mjs <purpose>` in a copy of the repository without .cache, with only `bin` on PATH. */
    const runScript = (purpose: string, asNobody: boolean, script = 'provision.mjs'): { status: number | null; output: string; seconds: number } => {
      const started = Date.now();
      const node = [process.execPath, `scripts/${script}`, ...(purpose ? [purpose] : [])];
      const command = asNobody ? [setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', ...node]] as const : [node[0]!, node.slice(1)] as const;
      const result = spawnSync(command[0], [...command[1]], { cwd: repo, encoding: 'utf8', env: { PATH: bin, HOME: repo } });
      return { status: result.status, output: `${result.stdout}${result.stderr}`, seconds: (Date.now() - started) / 1000 };
    };

    beforeEach(() => {
      repo = mkdtempSync(join(tmpdir(), 'job-search-provision-'));
      chmodSync(repo, 0o755);
      mkdirSync(join(repo, 'scripts'));
      for (const script of ['provision.mjs', 'test.mjs']) cpSync(join(ROOT, 'scripts', script), join(repo, 'scripts', script));
      mkdirSync(join(repo, 'scripts', 'host'), { recursive: true });
      cpSync(join(ROOT, 'scripts', 'host', 'hostVersions.json'), join(repo, 'scripts', 'host', 'hostVersions.json'));
      bin = join(repo, 'bin');
      mkdirSync(bin);
      symlinkSync(process.execPath, join(bin, 'node'));
    });
    afterEach(() => rmSync(repo, { recursive: true, force: true }));

    const root = process.getuid?.() === 0;
    const setpriv = spawnSync('sh', ['-c', 'command -v setpriv'], { encoding: 'utf8' }).stdout.trim();

    it('stops within seconds as a user without sudo, naming the one command to run', function () {
      // As root, drop to `nobody`, who has no sudo; a non-root user with password-less sudo would install instead.
      if (!root && spawnSync('sudo', ['-n', 'true']).status === 0) this.skip();
      if (root && !setpriv) this.skip();
      symlinkSync('/usr/bin/apt-get', join(bin, 'apt-get'));
      const { status, output, seconds } = runScript('test', root);
      assert.equal(status, 1, output);
      assert.ok(seconds < 10, `took ${seconds} s`);
      const commands = output.split('\n').filter((line) => /apt-get install/.test(line));
      assert.equal(commands.length, 1, output);
      assert.match(commands[0]!.trim(), /^sudo apt-get update && sudo apt-get install -y --no-install-recommends g\+\+ make python3\b/);
      assert.match(output, /npm test needs system pieces this machine does not have/);
      assert.match(output, /g\+\+ \(Debian package g\+\+\): builds code-server's native modules/);
      assert.doesNotMatch(output, /\$ apt-get|installing them/);
    });

    it('npm test (scripts/test.mjs) checks before anything else and stops with the same command', function () {
      if (!root && spawnSync('sudo', ['-n', 'true']).status === 0) this.skip();
      if (root && !setpriv) this.skip();
      symlinkSync('/usr/bin/apt-get', join(bin, 'apt-get'));
      const { status, output, seconds } = runScript('', root, 'test.mjs');
      assert.equal(status, 1, output);
      assert.ok(seconds < 10, `took ${seconds} s`);
      assert.match(output, /^npm test needs system pieces/);
      assert.match(output, /\n {2}sudo apt-get update && sudo apt-get install -y --no-install-recommends g\+\+ make python3\b/);
      assert.doesNotMatch(output, /Lint|passed/, 'no stage ran');
    });

    it('as root, installs with apt-get, saying what and why, and checks again afterwards', function () {
      if (!root) this.skip();
      const calls = join(repo, 'apt-calls.log');
      writeFileSync(join(bin, 'apt-get'), `#!/bin/sh\necho "$@" >> ${calls}\n`, { mode: 0o755 });
      const { status, output } = runScript('start', false);
      assert.deepEqual(readFileSync(calls, 'utf8').trim().split('\n'), ['update -q', 'install -y -q --no-install-recommends g++ make python3']);
      assert.match(output, /installing them with apt-get/);
      assert.match(output, /python3 \(Debian package python3\): runs node-gyp/);
      // This apt-get installs nothing, so the check after it must notice.
      assert.equal(status, 1);
      assert.match(output, /apt-get finished, but these are still missing: g\+\+, make, python3/);
    });

    it('needs nothing for npm start where desktop code opens the extension', () => {
      writeFileSync(join(bin, 'code'), '#!/bin/sh\n', { mode: 0o755 });
      writeFileSync(join(bin, 'apt-get'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
      const { status, output } = runScript('start', false);
      assert.equal(status, 0, output);
      assert.equal(output, '');
    });

    it('refuses an unknown purpose with its usage', () => {
      const { status, output } = runScript('deploy', false);
      assert.equal(status, 2);
      assert.match(output, /Usage: node scripts\/provision\.mjs test\|start/);
    });
  });
});
