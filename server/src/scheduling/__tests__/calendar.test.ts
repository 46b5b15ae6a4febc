import { readCalendar } from '../calendar';

// Rule 10, "always liaise with the central support team about corporate online activities", and DESIGN,
// "the calendar of what goes out when": the schedules whose time falls in [from, to), each with its post's
// draft title, who scheduled it, and its time on the viewer's clock. The database is a fake that records
// what it was asked and answers rows as a database gives them; on a real Strapi the calendar route is
// tests/integration/scheduling.test.ts.
const POST = 'plugin::social-compliance.social-post';
const PAGE = 'api::page.page';
const BANNER = 'api::banner.banner';
// A content type removed from the app since its post was scheduled.
const GONE = 'api::gone.gone';

const schedule = (overrides: Record<string, unknown>) => ({
  id: 1,
  targetUid: POST,
  targetDocumentId: 'doc1',
  targetLocale: 'en',
  action: 'publish',
  runAt: '2027-03-14T16:00:00.000Z',
  timeZone: 'America/New_York',
  status: 'pending',
  claimOwner: null,
  leaseUntil: null,
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  reasons: null,
  contentHash: 'h',
  scheduledById: null,
  completedAt: null,
  maxLateness: null,
  ...overrides,
});

const ROWS = [
  schedule({ id: 1, targetDocumentId: 'doc1', targetLocale: 'en', scheduledById: 3 }),
  schedule({ id: 2, targetDocumentId: 'doc1', targetLocale: 'es', scheduledById: 4 }),
  schedule({ id: 3, targetDocumentId: 'doc2', targetLocale: 'en', scheduledById: 3 }),
  schedule({ id: 4, targetUid: PAGE, targetDocumentId: 'p1', targetLocale: '', action: 'unpublish' }),
  schedule({ id: 5, targetUid: BANNER, targetDocumentId: 'b1', targetLocale: '' }),
  schedule({ id: 6, targetUid: GONE, targetDocumentId: 'g1', targetLocale: '' }),
];

const setUp = (rows = ROWS) => {
  const asked: [string, string, unknown][] = [];
  const answers: Record<string, unknown[]> = {
    [POST]: [
      { documentId: 'doc1', title: 'Flu clinic', locale: 'en' },
      { documentId: 'doc1', title: 'Clínica de gripe', locale: 'es' },
    ],
    [PAGE]: [{ documentId: 'p1', name: 'Visiting hours' }],
    'admin::user': [{ id: 3, firstname: 'Ana', lastname: 'Reyes', email: 'ana@riverside-health.example' }],
  };
  const strapi = {
    db: {
      query: (uid: string) => ({
        findMany: async (args: unknown) => {
          asked.push([uid, 'findMany', args]);
          return uid === 'plugin::social-compliance.schedule' ? rows : (answers[uid] ?? []);
        },
        count: async (args: unknown) => {
          asked.push([uid, 'count', args]);
          return 42;
        },
      }),
    },
    contentType: (uid: string) =>
      ({
        [POST]: { attributes: { title: {}, body: {} }, options: { draftAndPublish: true } },
        // Declared without options: no draft and publish.
        [PAGE]: { attributes: { name: {} } },
        [BANNER]: { attributes: { image: {} }, options: { draftAndPublish: true } },
      })[uid],
    plugin: () => ({
      service: (name: string) =>
        name === 'targets' ? { isLocalized: (uid: string) => uid === POST } : undefined,
    }),
  };
  return { strapi: strapi as never, asked };
};

const FROM = new Date('2027-03-01T00:00:00.000Z');
const TO = new Date('2027-04-01T00:00:00.000Z');

describe('the calendar (rule 10)', () => {
  it('asks for the schedules in [from, to) in time order, the filters given, and counts them', async () => {
    const { strapi, asked } = setUp();
    await readCalendar(strapi, {
      from: FROM,
      to: TO,
      status: ['pending', 'failed'],
      uid: POST,
      documentId: 'doc1',
      locale: 'es',
      limit: 20,
      offset: 40,
    });
    const where = {
      runAt: { $gte: FROM, $lt: TO },
      status: { $in: ['pending', 'failed'] },
      targetUid: POST,
      targetDocumentId: 'doc1',
      targetLocale: 'es',
    };
    expect(asked.filter(([uid]) => uid === 'plugin::social-compliance.schedule')).toEqual([
      [
        'plugin::social-compliance.schedule',
        'findMany',
        { where, orderBy: [{ runAt: 'asc' }, { id: 'asc' }], limit: 20, offset: 40 },
      ],
      ['plugin::social-compliance.schedule', 'count', { where }],
    ]);
  });

  it('without filters asks only for the time range, 200 at a time from the first', async () => {
    const { strapi, asked } = setUp();
    const { pagination } = await readCalendar(strapi, { from: FROM, to: TO, status: [] });
    expect(asked[0]).toEqual([
      'plugin::social-compliance.schedule',
      'findMany',
      {
        where: { runAt: { $gte: FROM, $lt: TO } },
        orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
        limit: 200,
        offset: 0,
      },
    ]);
    expect(pagination).toEqual({ total: 42, limit: 200, offset: 0 });
  });

  it("names each post by its draft's title (or name) in its locale, with one query per content type, and no title for a type without one or no longer in the app", async () => {
    const { strapi, asked } = setUp();
    const { results } = await readCalendar(strapi, { from: FROM, to: TO });
    expect(results.map((entry) => [entry.id, entry.title])).toEqual([
      [1, 'Flu clinic'],
      [2, 'Clínica de gripe'],
      [3, null],
      [4, 'Visiting hours'],
      [5, null],
      [6, null],
    ]);
    expect(asked.filter(([uid]) => uid === POST || uid === PAGE || uid === BANNER)).toEqual([
      [
        POST,
        'findMany',
        {
          where: { documentId: { $in: ['doc1', 'doc2'] }, publishedAt: null },
          select: ['documentId', 'title', 'locale'],
        },
      ],
      [PAGE, 'findMany', { where: { documentId: { $in: ['p1'] } }, select: ['documentId', 'name'] }],
    ]);
  });

  it('says who scheduled each post, in one query for everyone, and nobody for a schedule without a person', async () => {
    const { strapi, asked } = setUp();
    const { results } = await readCalendar(strapi, { from: FROM, to: TO });
    expect(results.map((entry) => entry.scheduledBy)).toEqual([
      { id: 3, label: 'Ana Reyes' },
      { id: 4, label: null },
      { id: 3, label: 'Ana Reyes' },
      null,
      null,
      null,
    ]);
    expect(asked.filter(([uid]) => uid === 'admin::user')).toEqual([
      [
        'admin::user',
        'findMany',
        {
          where: { id: { $in: [3, 4] } },
          select: ['id', 'firstname', 'lastname', 'username', 'email'],
        },
      ],
    ]);

    const nobody = setUp([ROWS[3]]);
    await readCalendar(nobody.strapi, { from: FROM, to: TO });
    expect(nobody.asked.filter(([uid]) => uid === 'admin::user')).toEqual([]);
  });

  it("shows each schedule in its own zone, and on the viewer's clock only when the viewer's zone is given", async () => {
    const { strapi } = setUp([ROWS[0]]);
    const [own] = (await readCalendar(strapi, { from: FROM, to: TO })).results;
    expect(own).toMatchObject({
      id: 1,
      target: { uid: POST, documentId: 'doc1', locale: 'en' },
      runAt: '2027-03-14T16:00:00.000Z',
      local: { local: '2027-03-14T12:00', offset: '-04:00' },
    });
    expect(own).not.toHaveProperty('inViewerZone');
    const [viewed] = (await readCalendar(strapi, { from: FROM, to: TO, timeZone: 'Asia/Tokyo' })).results;
    expect(viewed.inViewerZone).toEqual({ local: '2027-03-15T01:00', offset: '+09:00' });
  });
});
