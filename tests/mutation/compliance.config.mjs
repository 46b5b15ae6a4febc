import { area } from './stryker.base.mjs';

// The policy's rules: pure functions, plain data in, check results out. Goal: at least 90 %.
export default area('compliance', {
  mutate: [
    'server/src/compliance/**/*.ts',
    '!server/src/compliance/__tests__/**',
    '!server/src/compliance/types.ts',
  ],
  testMatch: ['<rootDir>/server/src/compliance/__tests__/**/*.test.ts'],
  thresholds: { high: 90, low: 80, break: null },
});
