import { area } from './stryker.base.mjs';

const COMPLIANCE = 'server/src/compliance';

// STRYKER_COMPLIANCE_FILES=content-hash,attribution mutates only those files: the incremental file keeps
// the results of the others from earlier runs, so a busy machine can measure the area in parts and the
// report still covers every file.
const files = process.env.STRYKER_COMPLIANCE_FILES?.split(',').map((name) => name.trim());

// The policy's rules: pure functions, plain data in, check results out. Goal: at least 90 %.
const config = area('compliance', {
  mutate: files
    ? files.map((name) => `${COMPLIANCE}/${name}.ts`)
    : [`${COMPLIANCE}/**/*.ts`, `!${COMPLIANCE}/__tests__/**`, `!${COMPLIANCE}/types.ts`],
  testMatch: [`<rootDir>/${COMPLIANCE}/__tests__/**/*.test.ts`],
  thresholds: { high: 90, low: 80, break: null },
});

// Each mutant runs the test files that import its file (Jest's --findRelatedTests), not all 23: loading
// every test file (and the scanner and OCR they import) cost seconds a mutant. A test file that does not
// import the mutated file, even through index.ts, cannot kill its mutant, so the score is the same.
config.jest.enableFindRelatedTests = true;

export default config;
