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
});
