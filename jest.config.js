// One Jest, six projects: `unit` (pure code, milliseconds), `admin` (React components in jsdom),
// `integration` (a real Strapi booted with createStrapi on a real database), `hardening` (the gate tried as an
// attacker would), `ocr` (pictures read by Tesseract) and `e2e` (the built admin in Debian's Chromium).
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
      testMatch: ['<rootDir>/server/src/**/__tests__/**/*.test.ts'],
    },
    {
      displayName: 'admin',
      testEnvironment: 'jsdom',
      transform: adminTransform,
      modulePathIgnorePatterns,
      // The design system and Strapi's admin resolve to their CommonJS builds; a few of the admin's own
      // dependencies ship only ES modules and are compiled like our code.
      transformIgnorePatterns: [
        '/node_modules/(?!(fractional-indexing|react-dnd|dnd-core|@react-dnd/invariant|@react-dnd/asap|@react-dnd/shallowequal|react-dnd-html5-backend)/)',
      ],
      moduleNameMapper: { '\\.css(\\?raw)?$': '<rootDir>/admin/tests/style-stub.js' },
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
      // `npm run test:hardening`: the gate tried as an attacker would, on the databases each case names.
      displayName: 'hardening',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/hardening/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/integration/global-setup.js',
      testEnvironmentOptions: { globalsCleanup: 'off' },
      setupFilesAfterEnv: ['<rootDir>/tests/long-timeout.js'],
      slowTestThreshold: 120,
    },
    {
      // The generated picture set read by Tesseract (one worker): about a minute on two cores.
      displayName: 'ocr',
      testEnvironment: 'node',
      transform,
      testMatch: ['<rootDir>/tests/ocr/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/long-timeout.js'],
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
