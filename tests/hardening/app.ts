import { createIsolatedDatabase } from '../databases';
import { bootStrapi, type TestApp } from '../integration/strapi';
import { seedUsers, type Users } from '../integration/fixtures';
import { contentHash } from '../../server/src/compliance';

export type Client = 'sqlite' | 'postgres' | 'mysql';

/** The playground on a fresh database of the named client, whatever DATABASE_CLIENT says. */
export const bootOn = async (
  client: Client,
  env: Record<string, string> = {},
): Promise<{ app: TestApp; users: Users }> => {
  const database = await createIsolatedDatabase(client);
  const app = await bootStrapi({ database, env });
  const stop = app.stop.bind(app);
  app.stop = async () => {
    await stop();
    await database.drop();
  };
  return { app, users: await seedUsers(app.strapi) };
};

export const service = (app: TestApp, name: string) => app.strapi.plugin('social-compliance').service(name);

/** The content hash of what is published of a post's locale (null when nothing is). */
export const publishedHash = async (
  app: TestApp,
  target: { uid: string; documentId: string; locale: string },
) => {
  const published = await service(app, 'snapshot').load(target, { published: true });
  return published ? contentHash(published) : null;
};

/** The content hashes the post's approvals were given for. */
export const approvedHashes = async (
  app: TestApp,
  target: { uid: string; documentId: string; locale: string },
) => {
  const record = await service(app, 'records').find(target);
  return new Set<string>(
    (record?.approvals ?? []).map((approval: { contentHash: string }) => approval.contentHash),
  );
};

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
