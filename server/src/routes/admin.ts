import { ACTIONS, type Action } from '../../../shared/constants';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A route behind the admin session and one plugin permission; the actor is always the session's user. */
const route = (method: Method, path: string, handler: string, action: Action) => ({
  method,
  path,
  handler,
  config: {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'admin::hasPermissions', config: { actions: [action] } },
    ],
  },
});

const document = '/documents/:uid/:documentId';

export default {
  type: 'admin',
  routes: [
    route('GET', '/policy', 'policy.current', ACTIONS.read),
    route('GET', '/policy/versions', 'policy.versions', ACTIONS.read),
    route('GET', '/policy/versions/:version', 'policy.version', ACTIONS.read),
    route('PUT', '/policy', 'policy.update', ACTIONS.manageSettings),
    route('GET', '/review-queue', 'reviewQueue.list', ACTIONS.read),
    route('GET', '/audit', 'audit.list', ACTIONS.readAudit),
    route('GET', '/audit/verify', 'audit.verify', ACTIONS.readAudit),
    route('GET', '/audit/export', 'audit.export', ACTIONS.readAudit),
    route('GET', '/governed-content-types', 'compliance.governedContentTypes', ACTIONS.read),
    route('POST', '/evaluate', 'compliance.evaluate', ACTIONS.read),
    route('GET', document, 'compliance.inspect', ACTIONS.read),
    route('GET', `${document}/review`, 'compliance.review', ACTIONS.read),
    route('POST', `${document}/attest`, 'compliance.attest', ACTIONS.attest),
    route('POST', `${document}/submit`, 'compliance.submit', ACTIONS.submit),
    route('POST', `${document}/approve`, 'compliance.approve', ACTIONS.review),
    route('POST', `${document}/request-changes`, 'compliance.requestChanges', ACTIONS.review),
    route('POST', `${document}/overrides`, 'compliance.overrideFinding', ACTIONS.overrideFindings),
    route('GET', '/images/:fileId/reading', 'images.reading', ACTIONS.read),
    route('GET', '/calendar', 'schedule.calendar', ACTIONS.read),
    route('POST', `${document}/schedule`, 'schedule.create', ACTIONS.schedule),
    route('PUT', `${document}/schedule`, 'schedule.update', ACTIONS.schedule),
    route('DELETE', `${document}/schedule`, 'schedule.cancel', ACTIONS.schedule),
  ],
};
