// Mocha reporter for CI: spec output on the console, and the plain summary line
// "N passed, N failed" written to $MOCHA_REPORT (printed last by .ci/run).
'use strict';
const Mocha = require('mocha');
const fs = require('node:fs');

class CiReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    runner.on(Mocha.Runner.constants.EVENT_TEST_PASS, () => { passed += 1; });
    runner.on(Mocha.Runner.constants.EVENT_TEST_FAIL, () => { failed += 1; });
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const line = `${passed} passed, ${failed} failed\n`;
      if (process.env.MOCHA_REPORT) fs.writeFileSync(process.env.MOCHA_REPORT, line);
      else process.stdout.write(line);
    });
  }
}
module.exports = CiReporter;
