import { ACTIONS } from '../../../shared/constants';

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
      method: 'GET',
      path: '/policy/versions',
      handler: 'policy.versions',
      config: { policies: guard(ACTIONS.read) },
    },
    {
      method: 'PUT',
      path: '/policy',
      handler: 'policy.update',
      config: { policies: guard(ACTIONS.manageSettings) },
    },
    {
      method: 'GET',
      path: '/review-queue',
      handler: 'reviewQueue.list',
      config: { policies: guard(ACTIONS.read) },
    },
    { method: 'GET', path: '/audit', handler: 'audit.list', config: { policies: guard(ACTIONS.readAudit) } },
    {
      method: 'GET',
      path: '/audit/verify',
      handler: 'audit.verify',
      config: { policies: guard(ACTIONS.readAudit) },
    },
    {
      method: 'GET',
      path: '/audit/export',
      handler: 'audit.export',
      config: { policies: guard(ACTIONS.readAudit) },
    },
    {
      method: 'GET',
      path: '/governed-content-types',
      handler: 'compliance.governedContentTypes',
      config: { policies: guard(ACTIONS.read) },
    },
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
    {
      method: 'GET',
      path: '/calendar',
      handler: 'schedule.calendar',
      config: { policies: guard(ACTIONS.read) },
    },
    {
      method: 'POST',
      path: `${document}/schedule`,
      handler: 'schedule.create',
      config: { policies: guard(ACTIONS.schedule) },
    },
    {
      method: 'PUT',
      path: `${document}/schedule`,
      handler: 'schedule.update',
      config: { policies: guard(ACTIONS.schedule) },
    },
    {
      method: 'DELETE',
      path: `${document}/schedule`,
      handler: 'schedule.cancel',
      config: { policies: guard(ACTIONS.schedule) },
    },
  ],
};
