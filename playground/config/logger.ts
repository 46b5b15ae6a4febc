// LOG_LEVEL lets the test suites keep Strapi quiet (error) while the demo shows its usual output.
import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('LOG_LEVEL', 'http'),
});
