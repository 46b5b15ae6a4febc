import { appSuite } from './suite';

const RELEASE = 'api::press-release.press-release';

const releaseData = (overrides: Record<string, unknown> = {}) => ({
  title: 'Riverside Health opens a new maternity wing',
  body: 'The new wing has 24 private rooms and opens to families on Monday.',
  attributions: [
    {
      kind: 'text',
      licence: 'own-work',
      rightsHolder: 'Riverside Health',
      creditLine: '© Riverside Health',
    },
  ],
  ...overrides,
});

describe('governedContentTypes: an app content type under the same gate', () => {
  const suite = appSuite();
  let apiToken: string;

  beforeAll(async () => {
    const token = await suite.app.strapi
      .service('admin::api-token')
      .create({ name: 'gate test', type: 'full-access', lifespan: null, description: '' });
    apiToken = token.accessKey;
  });

  const rest = () => ({
    post: (url: string, body: object) =>
      suite.app.http().post(url).set('Authorization', `Bearer ${apiToken}`).send(body),
    put: (url: string, body: object) =>
      suite.app.http().put(url).set('Authorization', `Bearer ${apiToken}`).send(body),
  });
  const published = (documentId: string) =>
    suite.app.strapi.db.query(RELEASE).count({ where: { documentId, publishedAt: { $notNull: true } } });

  it('refuses a REST create (which publishes) of a non-compliant press release, and creates nothing', async () => {
    const title = `Unattributed ${Date.now()}`;
    const response = await rest().post('/api/press-releases', {
      data: releaseData({ title, attributions: [] }),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/cannot be published yet/);
    expect(response.body.error.details.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['attributions'] })]),
    );
    expect(await suite.app.strapi.db.query(RELEASE).count({ where: { title } })).toBe(0);
  });

  it('lets a draft be saved, and publishes it over REST once attested and approved', async () => {
    const created = await rest().post('/api/press-releases?status=draft', { data: releaseData() });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    const refused = await rest().put(`/api/press-releases/${documentId}`, {
      data: { title: releaseData().title },
    });
    expect(refused.status).toBe(400);
    expect(await published(documentId)).toBe(0);

    const target = { uid: RELEASE, documentId, locale: 'en' };
    const service = (name: string) => suite.app.strapi.plugin('social-compliance').service(name);
    await service('attestation').attest({ ...target, user: suite.users.editor });
    await service('review').submit({ ...target, user: suite.users.editor });
    await service('review').approve({ ...target, user: suite.users.reviewer });

    const accepted = await rest().put(`/api/press-releases/${documentId}`, {
      data: { title: releaseData().title },
    });
    expect(accepted.status).toBe(200);
    expect(await published(documentId)).toBe(1);
  });
});
