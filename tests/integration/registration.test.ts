import { bootStrapi, type TestApp } from './strapi';
import { addLocale } from './fixtures';

const POST = 'plugin::social-compliance.social-post';
const HIDDEN = ['compliance-record', 'schedule', 'audit-event', 'policy'].map(
  (name) => `plugin::social-compliance.${name}`,
);

describe('the plugin in a real Strapi', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootStrapi();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('registers the social post with the public field names, draft & publish and i18n', () => {
    const post = app.strapi.contentType(POST);
    expect(post).toBeDefined();
    expect(Object.keys(post.attributes)).toEqual(
      expect.arrayContaining([
        'title',
        'slug',
        'body',
        'category',
        'channels',
        'media',
        'template',
        'templateValues',
        'attributions',
        'qa',
      ]),
    );
    expect(post.options?.draftAndPublish).toBe(true);
    expect(post.pluginOptions?.i18n).toEqual({ localized: true });
    expect(post.attributes.attributions).toMatchObject({
      type: 'component',
      repeatable: true,
      component: 'social-compliance.attribution',
    });
    expect(post.attributes.template).toMatchObject({
      type: 'relation',
      target: 'plugin::social-compliance.message-template',
    });
  });

  it('registers the attribution component with its licences', () => {
    const attribution = app.strapi.components['social-compliance.attribution'];
    expect(attribution).toBeDefined();
    expect(Object.keys(attribution.attributes)).toEqual(
      expect.arrayContaining([
        'kind',
        'media',
        'description',
        'rightsHolder',
        'licence',
        'sourceUrl',
        'licenceReference',
        'creditLine',
        'trademarks',
        'expiresAt',
      ]),
    );
    expect(attribution.attributes.licence).toMatchObject({
      enum: ['own-work', 'licensed', 'permission', 'cc-by', 'cc-by-sa', 'cc0', 'public-domain', 'fair-use'],
    });
    expect(app.strapi.components['social-compliance.qa-pair']).toBeDefined();
  });

  it('registers the message template with its Q&A pairs, approved by publishing', () => {
    const template = app.strapi.contentType('plugin::social-compliance.message-template');
    expect(template.options?.draftAndPublish).toBe(true);
    expect(template.attributes.qa).toMatchObject({
      type: 'component',
      component: 'social-compliance.qa-pair',
    });
  });

  it('hides the plugin-owned types from the Content Manager and creates their tables', async () => {
    for (const uid of HIDDEN) {
      const contentType = app.strapi.contentType(uid as never);
      expect(contentType).toBeDefined();
      expect(contentType.pluginOptions?.['content-manager']).toEqual({ visible: false });
      const table = app.strapi.db.metadata.get(uid).tableName;
      expect(await app.strapi.db.connection.schema.hasTable(table)).toBe(true);
    }
  });

  it('serves the policy in force, seeded with its defaults on first boot', async () => {
    const policy = await app.strapi.plugin('social-compliance').service('policy').current();
    expect(policy.version).toBe(1);
    expect(policy.approvalsRequired).toBe(1);
    expect(policy.channels.x.maxLength).toBe(280);
  });

  it('gives the built-in Editor and Author roles the drafting permissions on first boot', async () => {
    for (const code of ['strapi-editor', 'strapi-author']) {
      const role = await app.strapi.service('admin::role').findOne({ code });
      const permissions = await app.strapi
        .service('admin::permission')
        .findMany({ where: { role: { id: role.id } } });
      const actions = permissions.map((permission: { action: string }) => permission.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'plugin::social-compliance.read',
          'plugin::social-compliance.submit',
          'plugin::social-compliance.attest',
        ]),
      );
      expect(actions).not.toContain('plugin::social-compliance.review');
    }
  });

  it('runs in two locales, en and es', async () => {
    const locales = await app.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((locale: { code: string }) => locale.code).sort()).toEqual(['en', 'es']);
  });

  it('makes the slug from the title with slugify, unique within the locale', async () => {
    const documents = app.strapi.documents(POST);
    const first = await documents.create({
      data: { title: 'Flu clinic: Saturday at the Atrium!' },
      locale: 'en',
    });
    const second = await documents.create({
      data: { title: 'Flu clinic — Saturday at the atrium' },
      locale: 'en',
    });
    const spanish = await addLocale(app, first.documentId, 'es', { title: 'Vacunación: sábado en el atrio' });
    expect(first.slug).toBe('flu-clinic-saturday-at-the-atrium');
    expect(second.slug).toBe('flu-clinic-saturday-at-the-atrium-2');
    expect(spanish?.slug).toBe('vacunacion-sabado-en-el-atrio');
  });
});

describe('plugin configuration', () => {
  it.each([
    [{ sheduler: { enabled: true } }, 'sheduler'],
    [{ scheduler: { leaseSeconds: 'two minutes' } }, 'leaseSeconds'],
    [{ governedContentTypes: ['article'] }, 'governedContentTypes'],
  ])('stops Strapi at boot on %j, naming the option', async (config, option) => {
    await expect(bootStrapi({ env: { SOCIAL_COMPLIANCE_CONFIG: JSON.stringify(config) } })).rejects.toThrow(
      new RegExp(`social-compliance config: .*${option}`),
    );
  });
});
