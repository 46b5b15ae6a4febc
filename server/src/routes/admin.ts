import { ACTIONS } from '../constants';

const guard = (...actions: string[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];

const document = '/documents/:uid/:documentId';

// Admin routes: each guarded by the admin session and a plugin permission; the actor is the session's user.
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/policy', handler: 'policy.current', config: { policies: guard(ACTIONS.read) } },
    {
      method: 'POST',
      path: '/evaluate',
      handler: 'compliance.evaluate',
      config: { policies: guard(ACTIONS.read) },
    },
    {
      method: 'GET',
      path: document,
      handler: 'compliance.inspect',
      config: { policies: guard(ACTIONS.read) },
    },
    {
      method: 'POST',
      path: `${document}/attest`,
      handler: 'compliance.attest',
      config: { policies: guard(ACTIONS.attest) },
    },
    {
      method: 'POST',
      path: `${document}/submit`,
      handler: 'compliance.submit',
      config: { policies: guard(ACTIONS.submit) },
    },
    {
      method: 'POST',
      path: `${document}/approve`,
      handler: 'compliance.approve',
      config: { policies: guard(ACTIONS.review) },
    },
    {
      method: 'POST',
      path: `${document}/request-changes`,
      handler: 'compliance.requestChanges',
      config: { policies: guard(ACTIONS.review) },
    },
    {
      method: 'POST',
      path: `${document}/overrides`,
      handler: 'compliance.overrideFinding',
      config: { policies: guard(ACTIONS.overrideFindings) },
    },
  ],
};
