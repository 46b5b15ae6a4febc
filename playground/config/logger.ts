// LOG_LEVEL lets the test suites keep Strapi quiet (error) while the demo shows its usual output.
export default ({ env }) => ({
  level: env('LOG_LEVEL', 'http'),
});
