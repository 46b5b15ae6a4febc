import { area } from './stryker.base.mjs';

// The PHI scanner (the 18 HIPAA identifiers, off-limits terms). Goal: at least 80 %.
export default area('scanner', {
  mutate: ['server/src/scanner/**/*.ts', '!server/src/scanner/__tests__/**', '!server/src/scanner/types.ts'],
  testMatch: ['<rootDir>/server/src/scanner/__tests__/**/*.test.ts'],
  thresholds: { high: 90, low: 80, break: null },
});
