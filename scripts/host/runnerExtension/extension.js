// Installed beside the extension under test in code-server, which cannot be given --extensionTestsPath:
// it loads the integration entry named by JOB_SEARCH_TEST_ENTRY and runs it in this extension host.
const fs = require('node:fs');

exports.activate = async function activate() {
  const entry = process.env.JOB_SEARCH_TEST_ENTRY;
  const results = process.env.JOB_SEARCH_TEST_RESULTS;
  if (!entry || !results) return;
  try {
    await require(entry).run();
  } catch (error) {
    // run() writes per-test results itself; only a crash before or around mocha lands here.
    if (!fs.existsSync(results)) {
      fs.writeFileSync(results, JSON.stringify({ passed: 0, failed: 1, pending: 0, tests: [{ title: 'integration run', state: 'failed', error: String(error && error.stack || error) }] }));
    }
  }
};

exports.deactivate = function deactivate() {};
