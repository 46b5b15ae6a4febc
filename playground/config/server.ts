export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    // Demo-only defaults so `npm run demo` works on a fresh clone; a real app sets APP_KEYS.
    keys: env.array('APP_KEYS', ['playground-key-a', 'playground-key-b']),
  },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
});
