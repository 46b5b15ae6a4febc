import { POST, compliantData, createDraft, makeCompliant } from './fixtures';
import { appSuite } from './suite';

const FEED = '/api/social-compliance/posts';
const POLICY = 'plugin::social-compliance.policy';

describe('the content API feed of published posts', () => {
  // No mail server here: the review workflow's e-mails are another suite's business.
  const config = {
    governedContentTypes: ['api::press-release.press-release'],
    notifications: { enabled: false },
  };
  const suite = appSuite({ env: { SOCIAL_COMPLIANCE_CONFIG: JSON.stringify(config) } });
  let token: string;
  let disclaimer: string;
  const ids: Record<string, string> = {};
  let between: string;

  const published = async (key: string, data: Record<string, unknown>, locale = 'en'): Promise<string> => {
    const { documentId } = await createDraft(suite.app, suite.users, compliantData(data), locale);
    await makeCompliant(suite.app, suite.users, documentId, locale);
    await suite.app.strapi.documents(POST).publish({ documentId, locale });
    ids[key] = documentId;
    return documentId;
  };

  beforeAll(async () => {
    // A policy version with a staff member's personal channel, which must carry the disclaimer (rule 6).
    const current = await suite.app.strapi.plugin('social-compliance').service('policy').current();
    disclaimer = current.disclaimer;
    await suite.app.strapi.db.query(POLICY).create({
      data: {
        ...current,
        version: current.version + 1,
        channels: {
          ...current.channels,
          'staff-linkedin': { label: 'Staff LinkedIn', maxLength: 3000, personal: true },
        },
      },
    });

    const photo = await suite.app.strapi.db.query('plugin::upload.file').create({
      data: {
        name: 'flu-clinic.jpg',
        hash: 'flu_clinic_3f2a',
        ext: '.jpg',
        mime: 'image/jpeg',
        size: 120.5,
        url: '/uploads/flu_clinic_3f2a.jpg',
        provider: 'local',
        alternativeText: 'A nurse gives a flu shot in the atrium',
      },
    });
    await published('credits', {
      title: 'Flu clinic with a licensed photo',
      channels: ['x', 'facebook'],
      media: [photo.id],
      attributions: [
        {
          kind: 'image',
          media: photo.id,
          licence: 'licensed',
          rightsHolder: 'Lens Agency',
          licenceReference: 'LA-2027-114',
          creditLine: 'Photo: Jo Smith / Lens Agency',
          trademarks: 'FluShield® is a registered trademark of Acme Pharma.',
        },
        {
          kind: 'text',
          licence: 'own-work',
          rightsHolder: 'Riverside Health',
          creditLine: '© Riverside Health',
        },
      ],
    });
    await published('spanish', { title: 'Vacunación gratuita', channels: ['facebook'] }, 'es');
    // Database clocks keep whole seconds or less: leave a clear gap before the last one.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await published('personal', {
      title: 'Proud of our night shift',
      channels: ['staff-linkedin'],
      body: `Proud of the night shift team on Ward 4 this week. ${disclaimer}`,
    });

    const approvedOnly = await createDraft(
      suite.app,
      suite.users,
      compliantData({ title: 'Approved, not published' }),
    );
    await makeCompliant(suite.app, suite.users, approvedOnly.documentId);
    ids.unpublished = approvedOnly.documentId;
    // Edited after it went out: the feed carries what was published, never the draft.
    await suite.app.strapi.documents(POST).update({
      documentId: ids.credits,
      locale: 'en',
      data: { body: 'A draft nobody approved.' } as never,
    });

    const created = await suite.app.strapi.service('admin::api-token').create({
      name: 'Posting tool',
      description: '',
      type: 'read-only',
      lifespan: null,
      kind: 'content-api',
    });
    token = created.accessKey;
  });

  const feed = (query: Record<string, string> = {}) =>
    suite.app.http().get(FEED).query(query).set('Authorization', `Bearer ${token}`);
  const byId = (body: { data: { documentId: string }[] }, key: string) =>
    body.data.find((post) => post.documentId === ids[key]);

  it('is closed to the public and open to a read-only API token', async () => {
    expect((await suite.app.http().get(FEED)).status).toBe(403);
    const response = await feed();
    expect(response.status).toBe(200);
    expect(response.body.data.map((post: { title: string }) => post.title)).toEqual([
      'Proud of our night shift',
      'Vacunación gratuita',
      'Flu clinic with a licensed photo',
    ]);
    expect(byId(response.body, 'unpublished')).toBeUndefined();
    expect(response.body.meta.pagination).toEqual({ page: 1, pageSize: 25, pageCount: 1, total: 3 });
  });

  it('carries each post as each network should: body, credit lines and trademark notices, media URLs', async () => {
    const post = byId((await feed()).body, 'credits') as unknown as {
      networks: { channel: string; text: string; credits: string[]; disclaimer: string | null }[];
      media: { url: string; alternativeText: string }[];
    };
    const body = compliantData().body;
    const credits =
      'Photo: Jo Smith / Lens Agency FluShield® is a registered trademark of Acme Pharma. · © Riverside Health';
    expect(post.networks.map((network) => network.channel)).toEqual(['x', 'facebook']);
    for (const network of post.networks) {
      expect(network.text).toBe(`${body}\n\n${credits}`);
      expect(network.disclaimer).toBeNull();
    }
    expect(post.media).toEqual([
      expect.objectContaining({
        url: expect.stringMatching(/^https?:\/\/[^/]+\/uploads\/flu_clinic_3f2a\.jpg$/),
        alternativeText: 'A nurse gives a flu shot in the atrium',
        mime: 'image/jpeg',
      }),
    ]);
  });

  it('names the disclaimer on a personal channel, where the post carries it', async () => {
    const post = byId((await feed()).body, 'personal') as unknown as {
      networks: { channel: string; text: string; disclaimer: string }[];
    };
    expect(post.networks).toEqual([
      expect.objectContaining({ channel: 'staff-linkedin', label: 'Staff LinkedIn', disclaimer }),
    ]);
    expect(post.networks[0].text).toContain(disclaimer);
  });

  it('filters by channel, locale and publishedSince, and pages', async () => {
    const x = await feed({ channel: 'x' });
    expect(x.body.data.map((post: { documentId: string }) => post.documentId)).toEqual([ids.credits]);
    expect(x.body.data[0].networks.map((network: { channel: string }) => network.channel)).toEqual(['x']);

    const spanish = await feed({ locale: 'es' });
    expect(spanish.body.data.map((post: { documentId: string }) => post.documentId)).toEqual([ids.spanish]);

    const recent = await feed({ publishedSince: between });
    expect(recent.body.data.map((post: { documentId: string }) => post.documentId)).toEqual([ids.personal]);

    const page = await feed({ page: '2', pageSize: '1' });
    expect(page.body.data.map((post: { documentId: string }) => post.documentId)).toEqual([ids.spanish]);
    expect(page.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 3, total: 3 });
  });

  it('answers bad input with a 400 and a sentence', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ channel: 'myspace' }, /^"myspace" is not a channel of the social media policy: use one of x, /],
      [{ publishedSince: 'yesterday' }, /^publishedSince must be a date/],
      [{ pageSize: '1000' }, /^pageSize is at most 100/],
      [{ page: '0' }, /^page starts at 1/],
      [
        { sort: 'title' },
        /^Unknown parameter: sort\. Use channel, locale, publishedSince, page and pageSize\.$/,
      ],
    ];
    for (const [query, message] of cases) {
      const response = await feed(query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect(response.body.error.message).toMatch(message);
    }
  });

  it("follows the users-permissions rules: a role granted the feed's action may read it", async () => {
    const role = await suite.app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' } });
    await suite.app.strapi.db
      .query('plugin::users-permissions.permission')
      .create({ data: { action: 'plugin::social-compliance.feed.find', role: role.id } });
    const response = await suite.app.http().get(FEED);
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.total).toBe(3);
  });
});
