// The unit tests Stryker runs against each mutant: pure code only (no Strapi boot, no database), with
// the same transform as the `unit` project of ../../jest.config.js. Each area narrows testMatch.
const path = require('path');

module.exports = {
  rootDir: '../..',
  // Only the code's folders: crawling the whole repository costs seconds on every mutant.
  roots: ['<rootDir>/server/src', '<rootDir>/shared'],
  // Node's, with the bail Stryker's Jest runner lacks (bail-environment.js); STRYKER_BAIL=false runs every test.
  testEnvironment:
    process.env.STRYKER_BAIL === 'false' ? 'node' : path.join(__dirname, 'bail-environment.js'),
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testMatch: ['<rootDir>/server/src/**/__tests__/**/*.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp'],
};
