// Content API routes: behind Strapi's API tokens and users-permissions roles (action
// plugin::social-compliance.feed.find), read-only, so a read-only API token may use them.
export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/posts', handler: 'feed.find', config: {} }],
};
