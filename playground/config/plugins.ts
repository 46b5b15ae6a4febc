import path from 'path';

// This file runs from dist/config once compiled; three levels up is the repository root, the plugin.
const pluginRoot = path.resolve(__dirname, '..', '..', '..');

export default ({ env }) => ({
  // Loaded from this repository's root (built with `npm run build`), as an app loads any local plugin.
  'social-compliance': {
    enabled: true,
    resolve: pluginRoot,
    config: {},
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt-secret') },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 1025),
        secure: false,
        ignoreTLS: true,
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'social-compliance@example-hospital.org'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'comms@example-hospital.org'),
      },
    },
  },
});
