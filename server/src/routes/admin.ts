import { ACTIONS } from '../constants';

const guard = (...actions: string[]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions } },
];

// Admin routes: each guarded by the admin session and a plugin permission; the actor is the session's user.
export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/policy',
      handler: 'policy.current',
      config: { policies: guard(ACTIONS.read) },
    },
  ],
};
