import { area } from './stryker.base.mjs';

// The scheduler's pure part: times in the editor's zone, and a schedule row as read and shown. Claims,
// leases and the compare-and-set (runner.ts, claim/, store.ts, acts.ts) need a database and several
// processes: tests/integration/scheduling.test.ts and scheduler-instances.test.ts guard them.
export default area('scheduling', {
  mutate: ['server/src/scheduling/time-zone.ts', 'server/src/scheduling/rows.ts'],
  testMatch: ['<rootDir>/server/src/scheduling/__tests__/**/*.test.ts'],
  thresholds: { high: 90, low: 80, break: null },
});
