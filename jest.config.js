// One Jest, four projects: `unit` (pure code, milliseconds), `admin` (React components in jsdom),
// `integration` (a real Strapi booted with createStrapi on a real database) and `e2e` (the built admin in
// Debian's Chromium).
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
// Stryker's sandboxes (a copy of the repository) must not be taken for a second copy of the modules.
const modulePathIgnorePatterns = ['<rootDir>/.stryker-tmp'];

const adminTransform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
      },
    },
  ],
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/server/src/**/__tests__/**/*.test.ts', '<rootDir>/tests/unit/**/*.test.ts'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      transform: adminTransform,
      modulePathIgnorePatterns,
      // @strapi/design-system and @strapi/icons resolve to their CommonJS builds here (jsdom's `require`
      // condition), so node_modules need no transform.
      testMatch: ['<rootDir>/admin/src/**/__tests__/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/admin/tests/setup.ts'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/global-setup.js',
      // Strapi sets global.strapi; each suite boots its own, so Jest need not clean it up.
      testEnvironmentOptions: { globalsCleanup: 'off' },
      setupFilesAfterEnv: ['<rootDir>/tests/long-timeout.js'],
      slowTestThreshold: 60,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      transform,
      modulePathIgnorePatterns,
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/e2e/global-setup.js',
      setupFilesAfterEnv: ['<rootDir>/tests/long-timeout.js'],
    },
  ],
};
