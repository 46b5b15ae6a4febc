// The playground as a describe block stands on it: booted before the cases, with its users, the sessions
// of those who call the admin API and, if asked, a mailbox for the plugin's e-mails; stopped after.
import { adminToken, bootStrapi, type TestApp } from './strapi';
import { PASSWORD, POST, seedUsers, type Users } from './fixtures';
import { openMailbox, type Mailbox } from './mailbox';

export type Who = keyof Users;

export interface SuiteOptions {
  /** Extra environment for the boot. */
  env?: Record<string, string>;
  /** Who calls the admin API: each is logged in once, before the cases. */
  sessions?: Who[];
  /** Start a mailbox and send the plugin's e-mails to it. */
  mailbox?: boolean;
}

/** A document's admin route, e.g. `documentRoute(id, 'approve')`. */
export const documentRoute = (documentId: string, verb: string, locale = 'en') =>
  `/social-compliance/documents/${POST}/${documentId}/${verb}?locale=${locale}`;

/** Call it in a describe block; read `app`, `users` and `mailbox` in the cases (they are set before them). */
export const appSuite = ({ env = {}, sessions = [], mailbox = false }: SuiteOptions = {}) => {
  const tokens: Partial<Record<Who, string>> = {};
  const suite = {
    app: undefined as unknown as TestApp,
    users: undefined as unknown as Users,
    mailbox: undefined as unknown as Mailbox,
    /** The admin API as `who` calls it, with their session. */
    as: (who: Who) => {
      const token = tokens[who];
      if (!token) throw new Error(`${who} has no session: name them in the suite's sessions.`);
      const http = suite.app.http();
      const auth = { Authorization: `Bearer ${token}` };
      return {
        get: (path: string) => http.get(path).set(auth),
        post: (path: string) => http.post(path).set(auth),
        put: (path: string) => http.put(path).set(auth),
        delete: (path: string) => http.delete(path).set(auth),
      };
    },
  };

  beforeAll(async () => {
    if (mailbox) suite.mailbox = await openMailbox();
    const smtp: Record<string, string> = mailbox ? { SMTP_PORT: String(suite.mailbox.port) } : {};
    suite.app = await bootStrapi({ env: { ...env, ...smtp } });
    suite.users = await seedUsers(suite.app.strapi);
    for (const who of sessions) tokens[who] = await adminToken(suite.app, suite.users[who].email, PASSWORD);
  });

  afterAll(async () => {
    await suite.app?.stop();
    await suite.mailbox?.close();
  });

  return suite;
};
