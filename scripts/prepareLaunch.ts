/**
 * The folders the F5 launches in .vscode/launch.json open: `sample` makes a copy of sample/ dated to today,
 * `tests` the `tree` session's workspace for "Extension Tests".
 */
import { relative } from 'node:path';
import { copyDatedSample, START_SAMPLE } from './host/datedSample';
import { ROOT } from './host/paths';
import { prepareWorkspace } from './host/sessions';

const what = process.argv[2];
if (what === 'sample') {
  console.log(`Sample dated to today: ${relative(ROOT, copyDatedSample(START_SAMPLE))}`);
} else if (what === 'tests') {
  console.log(`Test workspace: ${relative(ROOT, prepareWorkspace('tree', 'f5-tree'))}`);
} else {
  console.error('Usage: tsx scripts/prepareLaunch.ts sample|tests');
  process.exitCode = 2;
}
