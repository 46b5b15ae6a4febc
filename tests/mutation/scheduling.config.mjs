import { area } from './stryker.base.mjs';

// The scheduler's pure part (times in the editor's zone). Claims, leases and the compare-and-set need a
// database and several processes: tests/integration/scheduling.test.ts and scheduler-instances.test.ts.
export default area('scheduling', {
  mutate: ['server/src/scheduling/**/*.ts', '!server/src/scheduling/__tests__/**'],
  testMatch: ['<rootDir>/server/src/scheduling/__tests__/**/*.test.ts'],
  thresholds: { high: 90, low: 80, break: null },
});
