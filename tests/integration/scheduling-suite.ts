// What the scheduling suites (scheduling.test.ts, missed-schedules.test.ts) stand on: the playground with its
// users, their sessions and a mailbox, and the schedule route as each of them calls it.
import { adminToken, bootStrapi, type TestApp } from './strapi';
import {
  POST,
  PASSWORD,
  compliantData,
  createDraft,
  makeCompliant,
  publishedRows,
  seedUsers,
  type Users,
} from './fixtures';
import { openMailbox, type Mailbox } from './mailbox';

export const SCHEDULE = 'plugin::social-compliance.schedule';
export const RECORD = 'plugin::social-compliance.compliance-record';
export const AUDIT = 'plugin::social-compliance.audit-event';

export type Who = 'editor' | 'reviewer' | 'outsider';

/**
 * Boots the playground before the enclosing describe block and stops it after. After each case, what it
 * left pending is cancelled: each case polls at times of its own, and must not publish an earlier one's.
 */
export const schedulingSuite = () => {
  const suite = {
    app: undefined as unknown as TestApp,
    users: undefined as unknown as Users,
    /** Where the plugin's e-mails arrive. */
    mailbox: undefined as unknown as Mailbox,
    tokens: {} as Record<Who, string>,

    scheduler: () => suite.app.strapi.plugin('social-compliance').service('schedule'),
    runDue: (now: string) => suite.scheduler().runDue({ now: new Date(now) }),
    route: (documentId: string, locale = 'en') =>
      `/social-compliance/documents/${POST}/${documentId}/schedule?locale=${locale}`,
    /** The admin API as `who` calls it, with their session. */
    as: (who: Who) => {
      const http = suite.app.http();
      const auth = { Authorization: `Bearer ${suite.tokens[who]}` };
      return {
        get: (path: string) => http.get(path).set(auth),
        post: (path: string) => http.post(path).set(auth),
        put: (path: string) => http.put(path).set(auth),
        delete: (path: string) => http.delete(path).set(auth),
      };
    },
    scheduleVia: (who: Who, documentId: string, body: object) =>
      suite.as(who).post(suite.route(documentId)).send(body),

    /** A draft of the editor's, attested, submitted and approved: what may be scheduled. */
    approvedPost: async (title: string, overrides: Record<string, unknown> = {}) => {
      const { documentId } = await createDraft(
        suite.app,
        suite.users,
        compliantData({ title, ...overrides }),
      );
      await makeCompliant(suite.app, suite.users, documentId);
      return documentId;
    },
    schedulesOf: (documentId: string) =>
      suite.app.strapi.db
        .query(SCHEDULE)
        .findMany({ where: { targetDocumentId: documentId }, orderBy: { id: 'asc' } }),
    recordOf: (documentId: string) =>
      suite.app.strapi.db.query(RECORD).findOne({ where: { targetDocumentId: documentId } }),
    eventsOf: (documentId: string, action: string) =>
      suite.app.strapi.db
        .query(AUDIT)
        .findMany({ where: { targetDocumentId: documentId, action }, orderBy: { seq: 'asc' } }),
    publishedRows: (documentId: string, locale?: string) => publishedRows(suite.app, documentId, locale),
  };

  beforeAll(async () => {
    suite.mailbox = await openMailbox();
    suite.app = await bootStrapi({ env: { SMTP_PORT: String(suite.mailbox.port) } });
    suite.users = await seedUsers(suite.app.strapi);
    for (const who of ['editor', 'reviewer', 'outsider'] as const) {
      suite.tokens[who] = await adminToken(suite.app, suite.users[who].email, PASSWORD);
    }
  });

  afterAll(async () => {
    await suite.app?.stop();
    await suite.mailbox?.close();
  });

  afterEach(async () => {
    await suite.app.strapi.db
      .query(SCHEDULE)
      .updateMany({ where: { status: { $in: ['pending', 'claimed'] } }, data: { status: 'cancelled' } });
  });

  return suite;
};
