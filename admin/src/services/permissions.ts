import { useRBAC } from '@strapi/strapi/admin';

import { ACTIONS } from '../../../shared/constants';

// Module constants: useRBAC compares its argument between renders.
const MAIN = [
  { action: ACTIONS.review, subject: null },
  { action: ACTIONS.schedule, subject: null },
  { action: ACTIONS.manageSettings, subject: null },
];
// `audit.read` and `read` share their last segment, which useRBAC names actions by: asked apart.
const AUDIT = [{ action: ACTIONS.readAudit, subject: null }];

/** What the viewer may do on the plugin's pages; the server checks each act again. */
export const usePluginPermissions = () => {
  const main = useRBAC(MAIN);
  const audit = useRBAC(AUDIT);
  return {
    isLoading: main.isLoading || audit.isLoading,
    canReview: Boolean(main.allowedActions.canReview),
    canSchedule: Boolean(main.allowedActions.canSchedule),
    canManageSettings: Boolean(main.allowedActions.canManage),
    canReadAudit: Boolean(audit.allowedActions.canRead),
  };
};
