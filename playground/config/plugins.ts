import type { Core } from '@strapi/strapi';
import fs from 'fs';
import path from 'path';

import { demoSecret } from '../src/secrets';

// The plugin is the repository root: the nearest folder above that holds its package.json. (This file
// runs from config/ for the admin build and from dist/config/ for the server, so no fixed depth.)
const findPluginRoot = (dir: string): string => {
  const manifest = path.join(dir, 'package.json');
  if (
    fs.existsSync(manifest) &&
    JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'strapi-plugin-social-compliance'
  ) {
    return dir;
  }
  if (path.dirname(dir) === dir)
    throw new Error('strapi-plugin-social-compliance was not found above the playground');
  return findPluginRoot(path.dirname(dir));
};
const pluginRoot = findPluginRoot(__dirname);

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  // Loaded from this repository's root (built with `npm run build`), as an app loads any local plugin.
  'social-compliance': {
    enabled: true,
    resolve: pluginRoot,
    config: {
      // Reading pictures is on in the plugin by default; here only with SOCIAL_COMPLIANCE_OCR=true (which
      // `npm run demo` sets), since most suites attach upload rows that have no bytes behind them.
      ocr: { enabled: env.bool('SOCIAL_COMPLIANCE_OCR', false) },
      // JSON in SOCIAL_COMPLIANCE_CONFIG overrides the plugin's options, for experiments and tests.
      ...env.json('SOCIAL_COMPLIANCE_CONFIG', { governedContentTypes: ['api::press-release.press-release'] }),
    },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', demoSecret('JWT_SECRET')) },
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
