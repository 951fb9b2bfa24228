import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/host/paths';
import { desktopLaunchArgs } from '../../scripts/host/runDesktop';
import { chooseSessions } from '../../scripts/host/runSessions';
import { runsOnTheWeb, SESSIONS, type Session } from '../../scripts/host/sessions';
import { userSettings } from '../../scripts/host/userSettings';

const session = (name: string): Session => SESSIONS.find((candidate) => candidate.name === name)!;

describe('the hosts that run the integration sessions', () => {
  describe('desktop VS Code', () => {
    for (const [name, trustOff] of [
      ['tree', true],
      ['untrusted', false],
    ] as const) {
      it(`${trustOff ? 'turns workspace trust off' : 'leaves workspace trust on, so it opens in Restricted Mode'} for the ${name} session`, () => {
        const args = desktopLaunchArgs(session(name), '/w', '/u');
        assert.equal(args.includes('--disable-workspace-trust'), trustOff);
        assert.equal(userSettings(session(name).untrusted ?? false)['security.workspace.trust.enabled'], !trustOff);
      });
    }

    it('opens a session’s .code-workspace file when it has one', () => {
      assert.equal(desktopLaunchArgs(session('multi-root'), '/w', '/u')[0], '/w/multi.code-workspace');
      assert.equal(desktopLaunchArgs(session('tree'), '/w', '/u')[0], '/w');
    });
  });

  it('the web host can load every suite of the sessions it runs', () => {
    const webEntry = readFileSync(join(ROOT, 'test', 'web', 'index.ts'), 'utf8');
    const suites = SESSIONS.filter(runsOnTheWeb).flatMap((chosen) => chosen.suites);
    assert.deepEqual(suites.filter((suite) => !webEntry.includes(`  ${suite}: () => require('../integration/suites/${suite}.test'),`)), []);
  });

  describe('JOB_SEARCH_SESSIONS', () => {
    const all = (): boolean => true;
    const names = (sessions: readonly Session[]): string[] => sessions.map((chosen) => chosen.name);

    for (const [only, expected] of [
      [undefined, SESSIONS.map((chosen) => chosen.name)],
      ['', SESSIONS.map((chosen) => chosen.name)],
      ['tree', ['tree']],
      ['follow-ups, tree', ['tree', 'follow-ups']],
    ] as const) {
      it(`“${only ?? '(unset)'}” runs ${expected.length === SESSIONS.length ? 'every session' : expected.join(' and ')}`, () => {
        assert.deepEqual(names(chooseSessions(all, only)), expected);
      });
    }

    it('still skips what the host cannot open', () => {
      assert.deepEqual(names(chooseSessions((chosen) => !chosen.language, 'german,tree')), ['tree']);
    });

    it('stops at once on a name that is no session, naming the known ones', () => {
      assert.throws(() => chooseSessions(all, 'tre'), /no session called tre; known: tree, /);
    });
  });
});
