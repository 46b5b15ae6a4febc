// The test environment of every mutation area: Node's, plus the bail that Stryker's Jest runner lacks (it
// sets Jest's `bail` to false: Jest cannot bail when run from code). One failing test is enough to kill a
// mutant, so once a test has failed under a mutant the tests still to run are skipped. Killed stays killed
// and survived stays survived: a survivor runs every test as before. Outside a mutant run (the dry run, or
// `npx jest -c tests/mutation/jest.config.js`) nothing is skipped.
const { TestEnvironment } = require('jest-environment-node');

const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
// Jest makes one environment per test file; the mutant's verdict must reach the files after it, so it is
// kept on the process (one Stryker worker runs one mutant at a time, its test files in band).
const verdict = (process.__mutationBail ??= { mutant: undefined, failed: false });

class BailEnvironment extends TestEnvironment {
  handleTestEvent(event) {
    const mutant = process.env[ACTIVE_MUTANT];
    if (mutant === undefined) return;
    if (verdict.mutant !== mutant) {
      verdict.mutant = mutant;
      verdict.failed = false;
    }
    if (event.name === 'test_start' && verdict.failed) event.test.mode = 'skip';
    if (event.name === 'test_done' && event.test.errors.length > 0) verdict.failed = true;
  }
}

module.exports = BailEnvironment;
