import { area } from './stryker.base.mjs';

// The publish gate's decisions (which actions and locales it checks, that it refuses before publishing,
// what it records) and its refusal (refusal.ts), against unit tests with fake services. On a real Strapi:
// tests/integration/publish-gate.test.ts.
export default area('gate', {
  mutate: ['server/src/document-middlewares/publish-gate.ts', 'server/src/refusal.ts'],
  testMatch: [
    '<rootDir>/server/src/document-middlewares/__tests__/**/*.test.ts',
    '<rootDir>/server/src/__tests__/refusal.test.ts',
  ],
  // The gate imports only `errors` from @strapi/utils: the package's own errors module, not all of it.
  jestConfig: { moduleNameMapper: { '^@strapi/utils$': '<rootDir>/tests/mutation/strapi-utils-errors.js' } },
  thresholds: { high: 90, low: 80, break: null },
  // On a busy machine the TypeScript checker, not the tests, sets the pace (about 6 s of CPU a mutant against
  // under 1 s for its tests): STRYKER_TYPE_CHECK=false leaves it out. Mutants that would not compile then
  // run like the others and count as killed or survived, instead of being left out as compile errors.
  ...(process.env.STRYKER_TYPE_CHECK === 'false' ? { checkers: [] } : {}),
});
