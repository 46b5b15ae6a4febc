import { adminToken, bootStrapi, type TestApp } from './strapi';
import {
  POST,
  PASSWORD,
  compliantData,
  createDraft,
  makeCompliant,
  publishedRows,
  seedUsers,
  waitForAudit,
  type Users,
} from './fixtures';
import { openMailbox, recipients, type Mailbox } from './mailbox';

const SCHEDULE = 'plugin::social-compliance.schedule';
const RECORD = 'plugin::social-compliance.compliance-record';

// Issue 12, missed schedules: after downtime, a publish found later than `scheduler.maxLateness` (or the
// schedule's own) is not published late; it is marked missed, audited, and its author and the policy
// owner are e-mailed. Within the lateness it goes out as before.
describe('missed schedules', () => {
  let app: TestApp;
  let users: Users;
  let mailbox: Mailbox;
  let token = '';

  beforeAll(async () => {
    mailbox = await openMailbox();
    app = await bootStrapi({ env: { SMTP_PORT: String(mailbox.port) } });
    users = await seedUsers(app.strapi);
    token = await adminToken(app, users.reviewer.email, PASSWORD);
  });

  afterAll(async () => {
    await app?.stop();
    await mailbox?.close();
  });

  afterEach(async () => {
    await app.strapi.db
      .query(SCHEDULE)
      .updateMany({ where: { status: { $in: ['pending', 'claimed'] } }, data: { status: 'cancelled' } });
  });

  const scheduler = () => app.strapi.plugin('social-compliance').service('schedule');
  const route = (documentId: string) =>
    `/social-compliance/documents/${POST}/${documentId}/schedule?locale=en`;
  const scheduleVia = (documentId: string, body: object) =>
    app.http().post(route(documentId)).set('Authorization', `Bearer ${token}`).send(body);
  const scheduleOf = (documentId: string) =>
    app.strapi.db
      .query(SCHEDULE)
      .findOne({ where: { targetDocumentId: documentId }, orderBy: { id: 'desc' } });
  const stateOf = async (documentId: string) =>
    (await app.strapi.db.query(RECORD).findOne({ where: { targetDocumentId: documentId } })).reviewState;

  const approvedPost = async (title: string) => {
    const { documentId } = await createDraft(app, users, compliantData({ title }));
    await makeCompliant(app, users, documentId);
    return documentId;
  };

  it('marks a publish found more than two hours late as missed, publishes nothing and tells the people', async () => {
    const documentId = await approvedPost('Missed while the servers were down');
    expect((await scheduleVia(documentId, { publishAt: '2030-01-01T10:00', timeZone: 'UTC' })).status).toBe(
      201,
    );

    const result = await scheduler().runDue({ now: new Date('2030-01-01T12:00:01Z') });
    expect(result).toMatchObject({ published: 0, missed: 1 });

    const row = await scheduleOf(documentId);
    expect(row.status).toBe('missed');
    expect(row.reasons[0].message).toBe(
      'Not published: the scheduler found it 2 hours after 2030-01-01 10:00 UTC, later than the 2 hours allowed. Publish it now or choose a new time.',
    );
    expect(await publishedRows(app, documentId)).toBe(0);
    expect(await stateOf(documentId)).toBe('approved');
    const [event] = await waitForAudit(app, 'schedule-missed', documentId);
    expect(event.details).toMatchObject({ maxLateness: 7200, foundAt: '2030-01-01T12:00:01.000Z' });

    const subject = 'Scheduled publish missed: Missed while the servers were down';
    await mailbox.waitFor(
      (mail) => mail.subject === subject && recipients(mail)[0] === users.policyOwner.email,
    );
    const mails = mailbox.messages.filter((mail) => mail.subject === subject);
    expect(mails.flatMap(recipients).sort()).toEqual([users.editor.email, users.policyOwner.email].sort());
    expect(mails[0].text).toContain('/admin/plugins/social-compliance/calendar');

    // One click later: scheduled again, it goes out.
    expect((await scheduleVia(documentId, { publishAt: '2030-01-01T12:05', timeZone: 'UTC' })).status).toBe(
      201,
    );
    expect(await scheduler().runDue({ now: new Date('2030-01-01T12:06:00Z') })).toMatchObject({
      published: 1,
    });
    expect(await publishedRows(app, documentId)).toBe(1);
  });

  it('still publishes a post found within the allowed lateness', async () => {
    const documentId = await approvedPost('Late but within the limit');
    await scheduleVia(documentId, { publishAt: '2030-02-01T10:00', timeZone: 'UTC' });
    const result = await scheduler().runDue({ now: new Date('2030-02-01T11:59:59Z') });
    expect(result).toMatchObject({ published: 1, missed: 0 });
    expect((await scheduleOf(documentId)).status).toBe('done');
    expect(await publishedRows(app, documentId)).toBe(1);
  });

  it("takes a schedule's own lateness, and refuses one that is not a number of seconds", async () => {
    const documentId = await approvedPost('Only ten minutes of slack');
    const bad = await scheduleVia(documentId, {
      publishAt: '2030-03-01T10:00',
      timeZone: 'UTC',
      maxLateness: 10,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('maxLateness is at least 60 seconds.');
    expect(await scheduleOf(documentId)).toBeNull();

    const created = await scheduleVia(documentId, {
      publishAt: '2030-03-01T10:00',
      timeZone: 'UTC',
      maxLateness: 600,
    });
    expect(created.status).toBe(201);
    expect(created.body.data.maxLateness).toBe(600);
    expect(await scheduler().runDue({ now: new Date('2030-03-01T10:10:01Z') })).toMatchObject({ missed: 1 });
    expect(await publishedRows(app, documentId)).toBe(0);
  });
});
