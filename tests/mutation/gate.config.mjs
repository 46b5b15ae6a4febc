import { area } from './stryker.base.mjs';

// The publish gate's decisions (which actions and locales it checks, that it refuses before publishing,
// what it records), against its unit test with fake services. On a real Strapi: the integration suites.
export default area('gate', {
  mutate: ['server/src/document-middlewares/publish-gate.ts'],
  testMatch: ['<rootDir>/server/src/document-middlewares/__tests__/**/*.test.ts'],
  thresholds: { high: 90, low: 80, break: null },
});
