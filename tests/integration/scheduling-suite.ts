// What the scheduling suites (scheduling.test.ts, missed-schedules.test.ts) stand on: the playground with its
// users, their sessions and a mailbox, the schedule route, and the rows a schedule leaves.
import { compliantData, createDraft, makeCompliant, publishedRows } from './fixtures';
import { appSuite, documentRoute, type Who } from './suite';

export const SCHEDULE = 'plugin::social-compliance.schedule';
export const RECORD = 'plugin::social-compliance.compliance-record';
export const AUDIT = 'plugin::social-compliance.audit-event';

/**
 * appSuite with the editor's, the reviewer's and an outsider's sessions and a mailbox. After each case, what
 * it left pending is cancelled: each case polls at times of its own, and must not publish an earlier one's.
 */
export const schedulingSuite = () => {
  const suite = appSuite({ sessions: ['editor', 'reviewer', 'outsider'], mailbox: true });

  afterEach(async () => {
    await suite.app.strapi.db
      .query(SCHEDULE)
      .updateMany({ where: { status: { $in: ['pending', 'claimed'] } }, data: { status: 'cancelled' } });
  });

  const helpers = {
    scheduler: () => suite.app.strapi.plugin('social-compliance').service('schedule'),
    runDue: (now: string) => helpers.scheduler().runDue({ now: new Date(now) }),
    route: (documentId: string, locale = 'en') => documentRoute(documentId, 'schedule', locale),
    scheduleVia: (who: Who, documentId: string, body: object) =>
      suite.as(who).post(documentRoute(documentId, 'schedule')).send(body),

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

  return Object.assign(suite, helpers);
};
