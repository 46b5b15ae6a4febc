// What every area of `npm run test:mutation` shares. Each area (compliance.config.mjs, ...) names the
// code it mutates and the unit tests that must kill the mutants. Reports go to reports/mutation/<area>/.
export const area = (name, { mutate, testMatch, jestConfig = {}, ...rest }) => ({
  packageManager: 'npm',
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    configFile: 'tests/mutation/jest.config.js',
    config: { testMatch, ...jestConfig },
    enableFindRelatedTests: false,
  },
  // On a busy machine the TypeScript checker, not the tests, sets the pace (about 6 s of CPU a mutant against
  // under 1 s for its tests): STRYKER_TYPE_CHECK=false leaves it out. Mutants that would not compile then
  // run like the others and count as killed or survived, instead of being left out as compile errors.
  checkers: process.env.STRYKER_TYPE_CHECK === 'false' ? [] : ['typescript'],
  tsconfigFile: 'server/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate,
  // The machine is shared: one test process unless STRYKER_CONCURRENCY says otherwise.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: [
    'playground',
    'bench',
    'admin',
    'dist',
    'reports',
    'coverage',
    'tests/e2e',
    'tests/integration',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
  // Static mutants (module-level tables such as REQUIRED_BY_LICENCE) rerun every test of the area: on a
  // busy machine STRYKER_IGNORE_STATIC=true leaves them out of the run and of the score.
  ignoreStatic: process.env.STRYKER_IGNORE_STATIC === 'true',
  incremental: process.env.STRYKER_INCREMENTAL !== 'false',
  incrementalFile: `reports/mutation/${name}/incremental.json`,
  cleanTempDir: 'always',
  ...rest,
});
