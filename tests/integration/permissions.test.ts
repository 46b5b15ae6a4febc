import { adminToken } from './strapi';
import { ACTIONS } from '../../shared/constants';
import { PASSWORD, POST, createDraft } from './fixtures';
import { appSuite } from './suite';

type Role = 'editor' | 'reviewer' | 'policyOwner' | 'outsider';
const ROLES: Role[] = ['editor', 'reviewer', 'policyOwner', 'outsider'];

interface RouteCase {
  name: string;
  method: 'get' | 'post' | 'put';
  path: (documentId: string) => string;
  body?: (context: { policyVersion: number; fingerprint: string }) => object;
  allowed: Role[];
}

// Each route of the plugin and the seeded roles that may use it (rule 7).
const ROUTES: RouteCase[] = [
  {
    name: 'read the policy',
    method: 'get',
    path: () => '/social-compliance/policy',
    allowed: ['editor', 'reviewer', 'policyOwner'],
  },
  {
    name: 'list policy versions',
    method: 'get',
    path: () => '/social-compliance/policy/versions',
    allowed: ['editor', 'reviewer', 'policyOwner'],
  },
  {
    name: 'read the review queue',
    method: 'get',
    path: () => '/social-compliance/review-queue',
    allowed: ['editor', 'reviewer', 'policyOwner'],
  },
  {
    name: 'evaluate form data',
    method: 'post',
    path: () => '/social-compliance/evaluate',
    body: () => ({ uid: POST, data: { title: 'x', body: 'y' } }),
    allowed: ['editor', 'reviewer', 'policyOwner'],
  },
  {
    name: 'inspect a post',
    method: 'get',
    path: (id) => `/social-compliance/documents/${POST}/${id}?locale=en`,
    allowed: ['editor', 'reviewer', 'policyOwner'],
  },
  {
    name: 'attest',
    method: 'post',
    path: (id) => `/social-compliance/documents/${POST}/${id}/attest?locale=en`,
    allowed: ['editor'],
  },
  {
    name: 'submit',
    method: 'post',
    path: (id) => `/social-compliance/documents/${POST}/${id}/submit?locale=en`,
    allowed: ['editor'],
  },
  {
    name: 'approve',
    method: 'post',
    path: (id) => `/social-compliance/documents/${POST}/${id}/approve?locale=en`,
    allowed: ['reviewer', 'policyOwner'],
  },
  {
    name: 'request changes',
    method: 'post',
    path: (id) => `/social-compliance/documents/${POST}/${id}/request-changes?locale=en`,
    body: () => ({ comment: 'Please shorten it.' }),
    allowed: ['reviewer', 'policyOwner'],
  },
  {
    name: 'override a finding',
    method: 'post',
    path: (id) => `/social-compliance/documents/${POST}/${id}/overrides?locale=en`,
    body: ({ fingerprint }) => ({ fingerprint, reason: 'Consent on file, ref. PC-2026-114' }),
    allowed: ['reviewer'],
  },
  {
    name: 'change the policy',
    method: 'put',
    path: () => '/social-compliance/policy',
    body: ({ policyVersion }) => ({ expectedVersion: policyVersion, policy: validPolicy, note: 'test' }),
    allowed: ['policyOwner'],
  },
  {
    name: 'read the audit trail',
    method: 'get',
    path: () => '/social-compliance/audit',
    allowed: ['policyOwner'],
  },
  {
    name: 'verify the audit trail',
    method: 'get',
    path: () => '/social-compliance/audit/verify',
    allowed: ['policyOwner'],
  },
  {
    name: 'export the audit trail',
    method: 'get',
    path: () => '/social-compliance/audit/export?format=json',
    allowed: ['policyOwner'],
  },
];

const validPolicy = {
  owner: 'Maria Callow, Head of Communications',
  attestation: { wording: 'I confirm that this post contains no information that could identify a patient.' },
  lexicon: [],
  categories: {},
  channels: { x: { label: 'X', maxLength: 280 }, facebook: { label: 'Facebook', maxLength: 63206 } },
  approvalsRequired: 1,
  disclaimer: 'Views are my own.',
  allow: { domains: [], emails: [], phones: [], terms: [] },
  mrnPatterns: [],
  copyrightLine: '',
};

describe('every plugin route answers each role as rule 7 says, and a forbidden act changes nothing', () => {
  const suite = appSuite();
  const tokens = {} as Record<Role, string>;

  const snapshotState = async () => ({
    records: await suite.app.strapi.db
      .query('plugin::social-compliance.compliance-record')
      .findMany({ orderBy: { id: 'asc' } }),
    policies: await suite.app.strapi.db.query('plugin::social-compliance.policy').count(),
    events: await suite.app.strapi.db.query('plugin::social-compliance.audit-event').count(),
  });

  beforeAll(async () => {
    for (const role of ROLES) tokens[role] = await adminToken(suite.app, suite.users[role].email, PASSWORD);
  });

  /** A post in the state the route acts on, with a PHI finding to override. */
  const prepare = async () => {
    const { documentId } = await createDraft(suite.app, suite.users, {
      title: 'Permissions',
      body: 'Happy birthday to our volunteer Mabel, aged 100 today!',
      category: 'event',
      channels: ['x'],
      attributions: [
        {
          kind: 'text',
          licence: 'own-work',
          rightsHolder: 'Riverside Health',
          creditLine: '© Riverside Health',
        },
      ],
    } as never);
    const service = (name: string) => suite.app.strapi.plugin('social-compliance').service(name);
    const target = { uid: POST, documentId, locale: 'en' };
    await service('attestation').attest({ ...target, user: suite.users.editor });
    await service('review').submit({ ...target, user: suite.users.editor });
    const { findings } = await service('compliance').inspect(target);
    const policyVersion = (await service('policy').current()).version;
    return { documentId, fingerprint: findings[0].fingerprint as string, policyVersion };
  };

  const call = (route: RouteCase, token: string | null, context: Awaited<ReturnType<typeof prepare>>) => {
    const request = suite.app.http()[route.method](route.path(context.documentId));
    if (token) request.set('Authorization', `Bearer ${token}`);
    return route.body ? request.send(route.body(context)) : request;
  };

  // Rule 7, "staff will need to request access authorisation": the approve route itself asks for the
  // review permission. Isolated from the service's own checks: the user holds every other permission of
  // the plugin and is neither the author nor the attester, so only the route's guard can refuse them.
  it('approve: refuses, at the route, a user who holds every permission but review; lets them once granted it', async () => {
    const roles = suite.app.strapi.service('admin::role');
    const role = await roles.create({
      name: 'Everything but review',
      code: 'everything-but-review',
      description: 'Every permission of the plugin except review',
    });
    const grant = (actions: string[]) =>
      roles.assignPermissions(
        role.id,
        actions.map((action) => ({ action, subject: null, properties: {}, conditions: [] })),
      );
    const allButReview = Object.values(ACTIONS).filter((action) => action !== ACTIONS.review);
    expect(allButReview).toHaveLength(Object.keys(ACTIONS).length - 1);
    await grant(allButReview);
    await suite.app.strapi.service('admin::user').create({
      email: 'almost.reviewer@riverside-health.example',
      firstname: 'Almost',
      lastname: 'Reviewer',
      password: PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: [role.id],
    });
    const token = await adminToken(suite.app, 'almost.reviewer@riverside-health.example', PASSWORD);
    const approve = ROUTES.find((route) => route.name === 'approve')!;
    const review = suite.app.strapi.plugin('social-compliance').service('review');
    const asked = jest.spyOn(review, 'approve');
    try {
      const context = await prepare();
      const before = await snapshotState();
      expect((await call(approve, token, context)).status).toBe(403);
      expect(asked).not.toHaveBeenCalled();
      expect(await snapshotState()).toEqual(before);

      await grant([...allButReview, ACTIONS.review]);
      const response = await call(approve, token, context);
      expect(response.status).toBe(200);
      expect(asked).toHaveBeenCalledTimes(1);
    } finally {
      asked.mockRestore();
    }
  });

  for (const route of ROUTES) {
    describe(route.name, () => {
      it('asks for a signed-in admin', async () => {
        const context = await prepare();
        expect((await call(route, null, context)).status).toBe(401);
      });

      for (const role of ROLES) {
        const allowed = route.allowed.includes(role);
        it(`${allowed ? 'lets' : 'forbids'} the ${role}`, async () => {
          const context = await prepare();
          const before = await snapshotState();
          const response = await call(route, tokens[role], context);
          if (allowed) {
            expect(response.status).toBe(200);
          } else {
            expect(response.status).toBe(403);
            expect(await snapshotState()).toEqual(before);
          }
        });
      }
    });
  }
});
