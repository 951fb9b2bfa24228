// Checks, before any long step, which system pieces `npm test` or `npm start` needs and this machine lacks. When some
// are missing it installs them with apt-get as root or with password-less sudo, saying what and why; otherwise it
// stops at once with the one command to run. `node scripts/provision.mjs test|start` runs it on its own.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

/** Where the shared libraries of a Debian-like system live. */
const LIBRARY_DIRS = ['/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/lib64', '/usr/lib64', '/lib', '/usr/lib'];
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'];

/**
 * Every system piece the two commands may need: how to tell it is there, the Debian package that brings it, and why.
 * `when` says which runs need it: the code-server install (once, until .cache/vscode-host holds it) or the browser
 * the tests drive (Chromium itself comes from npm, but links against these system libraries).
 */
export const REQUIREMENTS = [
  { name: 'g++', kind: 'command', test: 'g++', debian: 'g++', when: 'code-server', why: "builds code-server's native modules (once)" },
  { name: 'make', kind: 'command', test: 'make', debian: 'make', when: 'code-server', why: "builds code-server's native modules (once)" },
  { name: 'python3', kind: 'command', test: 'python3', debian: 'python3', when: 'code-server', why: "runs node-gyp for code-server's native modules (once)" },
  { name: 'NSS', kind: 'library', test: 'libnss3.so', debian: 'libnss3', when: 'browser', why: 'Chromium, which the UI tests drive, links against it' },
  { name: 'NSPR', kind: 'library', test: 'libnspr4.so', debian: 'libnspr4', when: 'browser', why: 'Chromium, which the UI tests drive, links against it' },
  { name: 'Expat', kind: 'library', test: 'libexpat.so.1', debian: 'libexpat1', when: 'browser', why: 'Chromium, which the UI tests drive, links against it' },
  { name: 'a font', kind: 'font', test: '', debian: 'fonts-dejavu-core', when: 'browser', why: 'so the screenshots the UI tests take show text' },
];

/** What a run needs: `test` needs the browser and code-server; `start` needs code-server unless desktop `code` opens it. */
export function neededFor(purpose, { codeServerInstalled, desktopCode }) {
  const needs = new Set();
  if (purpose === 'test') needs.add('browser');
  if (!codeServerInstalled && (purpose === 'test' || !desktopCode)) needs.add('code-server');
  return REQUIREMENTS.filter((requirement) => needs.has(requirement.when));
}

/** The requirements among `needed` that `probe` does not find. */
export function missing(needed, probe) {
  return needed.filter((requirement) => !probe[requirement.kind](requirement.test));
}

/** The one command line that installs `packages`, as the user types it (a fresh machine has no package lists yet). */
export function installCommand(packages, { root: isRoot }) {
  const sudo = isRoot ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Probes of the real machine. */
export const machineProbe = {
  command(name) {
    return (process.env.PATH ?? '').split(delimiter).filter(Boolean).some((dir) => {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return statSync(join(dir, name)).isFile();
      } catch {
        return false;
      }
    });
  },
  library(soname) {
    return LIBRARY_DIRS.some((dir) => existsSync(join(dir, soname)));
  },
  font() {
    return FONT_DIRS.some((dir) => hasFontFile(dir, 4));
  },
};

function hasFontFile(dir, depth) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some((entry) => (entry.isDirectory() ? depth > 0 && hasFontFile(join(dir, entry.name), depth - 1) : /\.(ttf|otf|ttc|pfb)$/i.test(entry.name)));
}

/** Whether .cache/vscode-host holds a finished code-server install of the pinned versions. */
export function codeServerInstalled() {
  const host = join(root, '.cache', 'vscode-host');
  try {
    const stamp = readFileSync(join(host, 'installed.json'), 'utf8');
    const wanted = readFileSync(join(root, 'scripts', 'host', 'hostVersions.json'), 'utf8');
    return JSON.stringify(JSON.parse(stamp)) === JSON.stringify(JSON.parse(wanted)) && existsSync(join(host, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js'));
  } catch {
    return false;
  }
}

/** Whether desktop VS Code's `code` is on PATH (and not set aside with JOB_SEARCH_USE_CODE_SERVER). */
export function hasDesktopCode() {
  return !process.env.JOB_SEARCH_USE_CODE_SERVER && machineProbe.command('code');
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const canSudo = () => machineProbe.command('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;

/** Thrown when the machine lacks something this script cannot install; its message is all the user needs. */
export class ProvisionError extends Error {}

/**
 * Makes sure the machine has what `purpose` (`test` or `start`) needs, installing it with apt-get when it can.
 * Throws a ProvisionError naming the one command to run when it cannot.
 */
export function provision(purpose, log = console.log) {
  const command = purpose === 'test' ? 'npm test' : 'npm start';
  const desktopCode = hasDesktopCode();
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    if (purpose === 'start' && desktopCode) return;
    throw new ProvisionError(
      purpose === 'test'
        ? `${command} runs VS Code as code-server with Chromium, which is set up for Linux x64 only. On ${process.platform}-${process.arch}, run \`npm run test:desktop\` (desktop VS Code through @vscode/test-electron).`
        : `${command} opens desktop VS Code when \`code\` is on PATH, and otherwise code-server, which is set up for Linux x64 only. Install VS Code and its \`code\` command, then run \`npm start\` again.`,
    );
  }
  const needed = neededFor(purpose, { codeServerInstalled: codeServerInstalled(), desktopCode });
  const absent = missing(needed, machineProbe);
  if (!absent.length) return;

  const packages = [...new Set(absent.map((requirement) => requirement.debian))];
  const list = absent.map((requirement) => `  - ${requirement.name} (Debian package ${requirement.debian}): ${requirement.why}`).join('\n');
  const hasApt = machineProbe.command('apt-get');
  const sudo = !isRoot() && hasApt && canSudo();
  if (!hasApt || (!isRoot() && !sudo)) {
    const how = hasApt
      ? `Run this once, then \`${command}\` again:\n\n  ${installCommand(packages, { root: isRoot() })}\n`
      : `This machine has no apt-get: install the same pieces with its package manager, then run \`${command}\` again.\n`;
    throw new ProvisionError(`${command} needs system pieces this machine does not have:\n${list}\n\n${how}`);
  }

  log(`${command} needs system pieces this machine does not have; installing them with apt-get${sudo ? ' through sudo' : ''}:\n${list}`);
  const started = Date.now();
  const apt = (args) => {
    const [program, programArgs] = sudo ? ['sudo', ['-n', 'apt-get', ...args]] : ['apt-get', args];
    log(`$ ${[program, ...programArgs].join(' ')}`);
    const result = spawnSync(program, programArgs, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new ProvisionError(`apt-get ${args[0]} failed (exit ${result.status}). Run it by hand to see why:\n\n  ${installCommand(packages, { root: !sudo })}\n`);
  };
  apt(['update', '-q']);
  apt(['install', '-y', '-q', '--no-install-recommends', ...packages]);
  const still = missing(needed, machineProbe);
  if (still.length) {
    throw new ProvisionError(`apt-get finished, but these are still missing: ${still.map((requirement) => requirement.name).join(', ')}. Check \`apt-get install ${still.map((requirement) => requirement.debian).join(' ')}\` by hand.`);
  }
  log(`Installed ${packages.join(', ')} in ${Math.round((Date.now() - started) / 1000)} s.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const purpose = process.argv[2];
  if (purpose !== 'test' && purpose !== 'start') {
    console.error('Usage: node scripts/provision.mjs test|start');
    process.exit(2);
  }
  try {
    provision(purpose);
  } catch (error) {
    console.error(error instanceof ProvisionError ? error.message : error);
    process.exit(1);
  }
}
