// Every admin route of the plugin tried as an attacker would: the role matrix, and bad input from each
// role allowed to call the route. A refusal is a 4xx with a sentence, and changes nothing.
import { createHash } from 'crypto';

import adminRoutes from '../../server/src/routes/admin';
import { POST, TEMPLATE, PASSWORD, createDraft, makeCompliant, type Users } from '../integration/fixtures';
import { adminToken, type TestApp } from '../integration/strapi';
import { bootOn } from './app';

type Role = 'editor' | 'reviewer' | 'policyOwner' | 'superAdmin' | 'outsider';
const ROLES: Role[] = ['editor', 'reviewer', 'policyOwner', 'superAdmin', 'outsider'];
const PLUGIN_TYPES = ['compliance-record', 'schedule', 'audit-event', 'policy'].map(
  (name) => `plugin::social-compliance.${name}`,
);

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  config: { policies: (string | { name: string; config: { actions: string[] } })[] };
}
const routes = (adminRoutes.routes as Route[]).map((route) => ({
  ...route,
  action: route.config.policies
    .filter((policy): policy is { name: string; config: { actions: string[] } } => typeof policy === 'object')
    .flatMap((policy) => policy.config.actions)[0],
}));

const MB = 'x'.repeat(900_000);
// Object's own names as query keys (`?constructor=1`, `?__proto__[x]=1`) never reach the plugin: Strapi's
// query parser (qs) drops them. As values they do, and are refused below (`state=constructor`).
const QUERY_ATTACKS = [
  'locale[]=en',
  'locale[$ne]=x',
  'locale[0]=en&locale[1]=es',
  'channel[]=x',
  'documentId[$ne]=x',
  'page=1e300',
  'page=0',
  'page=-1',
  'page=2.5',
  'page=abc',
  'pageSize=100000',
  'from=2027-02-30',
  'to=2027-13-01',
  'waitingSince=2026-02-29',
  'sort=__proto__',
  'state=constructor',
  'format=xlsx',
  'status=constructor',
  'timeZone=Mars/Olympus',
  `uid=${MB.slice(0, 5000)}`,
];
// Each query route, with the query it needs to be valid besides the attack.
const QUERY_ROUTES: Record<string, string> = {
  'GET /review-queue': '',
  'GET /audit': '',
  'GET /audit/export': '',
  'GET /calendar': 'from=2027-03-01&to=2027-04-01&',
};

const BAD_BODIES: unknown[] = [
  [],
  'text',
  42,
  { unknown: 1 },
  JSON.parse('{"__proto__": {"admin": true}}'),
  { constructor: { prototype: { admin: true } } },
  { comment: { nested: 'object' } },
  { comment: ['a', 'b'] },
  { comment: MB },
  { fingerprint: 1, reason: 2 },
  { fingerprint: { $ne: null }, reason: 'A reason long enough' },
  { publishAt: '2027-02-30T09:00', timeZone: 'Europe/London' },
  { publishAt: '2027-03-01T09:00', timeZone: 'Mars/Olympus' },
  { publishAt: '2027-03-01T09:00', timeZone: '__proto__' },
  { publishAt: ['2027-03-01T09:00'], timeZone: 'UTC' },
  { publishAt: { $gt: 1 }, timeZone: 'UTC' },
  { publishAt: '1999-01-01T00:00Z', timeZone: 'UTC' },
  { publishAt: '2027-03-01T09:00', unpublishAt: '2027-03-02T09:00', timeZone: 'UTC' },
];

const EVALUATE_BODIES: unknown[] = [
  {},
  [],
  { uid: 1 },
  { uid: ['x'] },
  { uid: 'admin::user', data: {} },
  { uid: '__proto__', data: {} },
  { uid: 'constructor', data: {} },
  { uid: POST, data: 'text' },
  { uid: POST, data: [] },
  { uid: POST, data: { qa: 'x' } },
  { uid: POST, data: { qa: [null, 1] } },
  { uid: POST, data: { attributions: [null, 1, 'x'] } },
  { uid: POST, data: { attributions: { licence: 'own-work' } } },
  { uid: POST, data: { attributions: [{ licence: { $ne: 1 } }] } },
  { uid: POST, data: { media: [999_999] } },
  { uid: POST, data: { media: { id: { $gt: 0 } } } },
  { uid: POST, data: { body: 'x'.repeat(200_001) } },
  { uid: POST, data: { body: { $ne: '' } } },
  { uid: POST, data: { channels: 'x' } },
  { uid: POST, data: { templateValues: 'x' } },
  { uid: POST, data: { template: { $ne: null } } },
  { uid: POST, documentId: { $ne: null }, data: {} },
  { uid: POST, locale: ['en'], data: {} },
  { uid: POST, data: {}, extra: true },
];

const POLICY_BODIES: unknown[] = [
  {},
  [],
  { policy: 'x', expectedVersion: 1 },
  { policy: {}, expectedVersion: 'one' },
  { policy: {}, expectedVersion: 1e300 },
  { expectedVersion: 1 },
  { policy: { owner: { $ne: 1 } }, expectedVersion: 1 },
  { policy: { owner: MB }, expectedVersion: 1 },
  { policy: { channels: { constructor: { label: 'x', maxLength: 1 } } }, expectedVersion: 1 },
  JSON.parse('{"policy": {"__proto__": {"owner": "x"}}, "expectedVersion": 1}'),
];

describe('hostile input, on sqlite', () => {
  let app: TestApp;
  let users: Users;
  const tokens = {} as Record<Role, string>;
  const holds = {} as Record<Role, Set<string>>;
  let draftId: string;
  let templateId: string;
  let casesRun = 0;

  /** The plugin's tables and the published posts, as one hash. */
  const state = async () => {
    const hash = createHash('sha256');
    for (const uid of PLUGIN_TYPES) {
      hash.update(
        JSON.stringify(await app.strapi.db.query(uid as never).findMany({ orderBy: { id: 'asc' } })),
      );
    }
    hash.update(
      JSON.stringify(
        await app.strapi.db
          .query(POST)
          .findMany({ where: { publishedAt: { $notNull: true } }, orderBy: { id: 'asc' } }),
      ),
    );
    return hash.digest('hex');
  };

  const call = (method: string, path: string, role: Role | null, body?: unknown) => {
    const request = app.http()[method.toLowerCase() as 'get'](`/social-compliance${path}`);
    if (role) request.set('Authorization', `Bearer ${tokens[role]}`);
    if (body !== undefined) request.set('Content-Type', 'application/json').send(JSON.stringify(body));
    return request;
  };

  /** A refusal: 4xx, a sentence a person can act on, nothing changed. */
  const expectRefused = async (method: string, path: string, role: Role, body?: unknown) => {
    const before = await state();
    const response = await call(method, path, role, body);
    const message: unknown = response.body?.error?.message;
    const seen = `${method} ${path.slice(0, 120)} as ${role} with ${JSON.stringify(body)?.slice(0, 120)}: ${response.status} ${String(message).slice(0, 200)}`;
    expect({ seen, fourXX: response.status >= 400 && response.status < 500 }).toEqual({ seen, fourXX: true });
    expect({ seen, sentence: typeof message === 'string' && /\S+ \S+ \S+/.test(message) }).toEqual({
      seen,
      sentence: true,
    });
    expect({ seen, unchanged: await state() }).toEqual({ seen, unchanged: before });
    casesRun += 1;
  };

  const holders = (action: string) => ROLES.filter((role) => holds[role].has(action));
  const fill = (path: string, uid = POST, documentId = draftId) =>
    path.replace(':uid', encodeURIComponent(uid)).replace(':documentId', encodeURIComponent(documentId));

  beforeAll(async () => {
    ({ app, users } = await bootOn('sqlite'));
    for (const role of ROLES) tokens[role] = await adminToken(app, users[role].email, PASSWORD);
    for (const role of ROLES) {
      const user = users[role];
      const ability = await app.strapi.service('admin::permission').engine.generateUserAbility(user);
      holds[role] = new Set(routes.map((route) => route.action).filter((action) => ability.can(action)));
    }
    ({ documentId: draftId } = await createDraft(app, users));
    const published = await createDraft(app, users);
    await makeCompliant(app, users, published.documentId);
    await app.strapi.documents(POST).publish({ documentId: published.documentId, locale: 'en' });
    templateId = (
      await app.strapi
        .documents(TEMPLATE)
        .create({ data: { name: 'Flu', body: 'Get your flu jab' } as never, locale: 'en' })
    ).documentId;
  });

  afterAll(async () => {
    process.stdout.write(`hostile input: ${casesRun} bad-input cases refused\n`);
    await app?.stop();
  });

  describe('the role matrix: every route × every role, from the permissions each role holds', () => {
    it.each(routes.map((route) => [`${route.method} ${route.path}`, route] as const))(
      '%s',
      async (_name, route) => {
        const path = fill(route.path);
        expect((await call(route.method, path, null)).status).toBe(401);
        for (const role of ROLES) {
          const response = await call(route.method, path, role, route.method === 'GET' ? undefined : {});
          const expected = holds[role].has(route.action) ? 'allowed' : 'forbidden';
          // Strapi's admin::hasPermissions refuses with a bare "Policy Failed"; a 403 with a sentence is
          // the plugin's own four-eyes rule, which a holder of the permission can meet.
          const refusedByRole = response.status === 403 && response.body?.error?.message === 'Policy Failed';
          const got = refusedByRole
            ? 'forbidden'
            : response.status !== 401 && response.status < 500
              ? 'allowed'
              : `status ${response.status}: ${response.text.slice(0, 200)}`;
          expect({ role, got }).toEqual({ role, got: expected });
        }
        // Forged and other tokens.
        for (const token of [
          'nope',
          `${tokens.editor}x`,
          tokens.editor.split('.').slice(0, 2).join('.') + '.e30',
        ]) {
          const forged = await app
            .http()
            [route.method.toLowerCase() as 'get'](`/social-compliance${path}`)
            .set('Authorization', `Bearer ${token}`);
          expect(forged.status).toBe(401);
        }
      },
    );

    it('every role holds what the seed grants, and the outsider nothing', () => {
      expect([...holds.outsider]).toEqual([]);
      expect(holds.superAdmin.size).toBe(new Set(routes.map((route) => route.action)).size);
      expect(holds.editor.has('plugin::social-compliance.review')).toBe(false);
      expect(holds.reviewer.has('plugin::social-compliance.review')).toBe(true);
    });
  });

  describe('query values of the wrong shape, impossible dates and pages', () => {
    it.each(Object.entries(QUERY_ROUTES))('%s', async (name, valid) => {
      const [method, path] = name.split(' ');
      const action = routes.find((route) => route.method === method && route.path === path)!.action;
      for (const role of holders(action)) {
        for (const attack of QUERY_ATTACKS) await expectRefused(method, `${path}?${valid}${attack}`, role);
      }
    });
  });

  describe('document routes: unknown, hostile and other types’ uids and documentIds, bad locales', () => {
    const targets = () => [
      ['api::nope.nope', draftId],
      ['__proto__', draftId],
      ['constructor', draftId],
      ['admin::user', '1'],
      ['plugin::social-compliance.audit-event', '1'],
      ['plugin::upload.file', '1'],
      [POST, 'nope000000000000000000000'],
      [POST, templateId],
      [POST, 'x'.repeat(300)],
    ];
    it.each(
      routes
        .filter((route) => route.path.includes(':uid'))
        .map((route) => [`${route.method} ${route.path}`, route] as const),
    )('%s', async (_name, route) => {
      const body =
        route.method === 'GET' || route.method === 'DELETE'
          ? undefined
          : route.path.endsWith('schedule')
            ? { publishAt: '2030-03-01T09:00', timeZone: 'UTC' }
            : route.path.endsWith('overrides')
              ? { fingerprint: 'abc', reason: 'A reason long enough to count' }
              : route.path.endsWith('request-changes')
                ? { comment: 'Please change it' }
                : {};
      for (const role of holders(route.action).slice(0, 2)) {
        for (const [uid, documentId] of targets())
          await expectRefused(route.method, fill(route.path, uid, documentId), role, body);
        for (const locale of ['locale[]=en', 'locale[$ne]=x', 'locale=x'.padEnd(40, 'x')]) {
          await expectRefused(route.method, `${fill(route.path)}?${locale}`, role, body);
        }
      }
    });
  });

  describe('bodies of the wrong shape', () => {
    it.each(
      routes
        .filter((route) => (route.method === 'POST' || route.method === 'PUT') && route.path.includes(':uid'))
        .map((route) => [`${route.method} ${route.path}`, route] as const),
    )('%s', async (_name, route) => {
      for (const role of holders(route.action).slice(0, 2)) {
        for (const body of BAD_BODIES) await expectRefused(route.method, fill(route.path), role, body);
      }
    });

    it('POST /evaluate', async () => {
      for (const role of holders('plugin::social-compliance.read').slice(0, 3)) {
        for (const body of EVALUATE_BODIES) await expectRefused('POST', '/evaluate', role, body);
      }
    });

    it('PUT /policy', async () => {
      for (const role of holders('plugin::social-compliance.settings.manage')) {
        for (const body of POLICY_BODIES) await expectRefused('PUT', '/policy', role, body);
      }
    });
  });

  describe('rejected acts leave no rows', () => {
    it('approving a draft nobody submitted creates no compliance record', async () => {
      const { documentId } = await createDraft(app, users);
      await expectRefused('POST', `/documents/${POST}/${documentId}/approve?locale=en`, 'reviewer', {});
      expect(
        await app.strapi.db
          .query('plugin::social-compliance.compliance-record')
          .count({ where: { targetDocumentId: documentId } }),
      ).toBe(0);
    });

    it('a bulk publish of unknown ids writes no audit event', async () => {
      const before = await state();
      const response = await app
        .http()
        .post(`/content-manager/collection-types/${POST}/actions/bulkPublish?locale=en`)
        .set('Authorization', `Bearer ${tokens.superAdmin}`)
        .send({ documentIds: ['nope000000000000000000001', 'nope000000000000000000002'] });
      expect(response.status).toBeLessThan(500);
      expect(await state()).toBe(before);
    });

    it('a channel or licence named after an Object key is unknown, not a pass or a 500', async () => {
      const response = await call('POST', '/evaluate', 'editor', {
        uid: POST,
        data: {
          title: 'Object keys',
          body: 'Plain text.',
          channels: ['constructor', '__proto__', 'toString'],
          attributions: [{ kind: 'text', licence: 'constructor', rightsHolder: 'x', creditLine: 'x' }],
        },
      });
      expect(response.status).toBe(200);
      const checks = response.body.data.checks as { id: string; status: string; message: string }[];
      expect(checks.filter((check) => check.id === 'channels.unknown')).toHaveLength(3);
      expect(checks.find((check) => check.id === 'attribution.licence')?.status).toBe('fail');
      expect(checks.some((check) => check.status === 'pass' && check.id === 'channels')).toBe(false);
    });

    it('the audit CSV neutralises cells that a spreadsheet would run', async () => {
      const { documentId } = await createDraft(app, users);
      await app.strapi
        .plugin('social-compliance')
        .service('attestation')
        .attest({ uid: POST, documentId, locale: 'en', user: users.editor });
      await app.strapi.db
        .query('admin::user')
        .update({ where: { id: users.editor.id }, data: { firstname: '=HYPERLINK("http://x")' } });
      const { documentId: second } = await createDraft(app, users);
      await app.strapi
        .plugin('social-compliance')
        .service('attestation')
        .attest({
          uid: POST,
          documentId: second,
          locale: 'en',
          user: { ...users.editor, firstname: '=HYPERLINK("http://x")' },
        });
      const csv = (await call('GET', `/audit/export?format=csv&documentId=${second}`, 'policyOwner')).text;
      expect(csv).toContain(`'=HYPERLINK`);
      expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    });
  });

  it('has tried at least 250 bad-input cases', () => {
    expect(casesRun).toBeGreaterThanOrEqual(250);
  });
});
