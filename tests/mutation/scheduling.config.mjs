import { area } from './stryker.base.mjs';

// The scheduler's parts that unit tests reach: times in the editor's zone, a schedule row as read and
// shown, the calendar, and what a failed or missed schedule tells (fake services that record what they are
// asked). Claims, leases and the compare-and-set (runner.ts, claim/, store.ts, acts.ts) need a database
// and several processes: tests/integration/scheduling.test.ts and scheduler-instances.test.ts guard them.
export default area('scheduling', {
  mutate: [
    'server/src/scheduling/time-zone.ts',
    'server/src/scheduling/rows.ts',
    'server/src/scheduling/calendar.ts',
    'server/src/scheduling/missed.ts',
    'server/src/scheduling/failure.ts',
  ],
  testMatch: ['<rootDir>/server/src/scheduling/__tests__/**/*.test.ts'],
  thresholds: { high: 90, low: 80, break: null },
});
