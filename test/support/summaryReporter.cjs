// Mocha's spec output, plus a JSON summary of every test written to $JOB_SEARCH_TEST_RESULTS when it is set,
// so a parent process (the test harness, or the extension host's caller) can count and show the results.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const tests = [];
    const record = (state) => (test, error) =>
      tests.push({
        title: test.fullTitle(),
        state,
        durationMs: test.duration ?? 0,
        ...(error ? { error: String(error.stack || error.message || error) } : {}),
      });
    runner.on(EVENT_TEST_PASS, record('passed'));
    runner.on(EVENT_TEST_FAIL, record('failed'));
    runner.on(EVENT_TEST_PENDING, record('pending'));
    runner.once(EVENT_RUN_END, () => {
      const output = process.env.JOB_SEARCH_TEST_RESULTS;
      if (!output) return;
      const count = (state) => tests.filter((test) => test.state === state).length;
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, JSON.stringify({ passed: count('passed'), failed: count('failed'), pending: count('pending'), tests }, null, 2));
    });
  }
}

module.exports = SummaryReporter;
