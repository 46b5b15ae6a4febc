import type { Core } from '@strapi/strapi';

import { demoSecret } from '../src/secrets';

// Each secret comes from the environment or is generated on first run into playground/.env.
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', demoSecret('ADMIN_JWT_SECRET')) },
  apiToken: { salt: env('API_TOKEN_SALT', demoSecret('API_TOKEN_SALT')) },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', demoSecret('TRANSFER_TOKEN_SALT')) } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', demoSecret('ENCRYPTION_KEY')) },
  flags: { nps: false, promoteEE: false },
});
