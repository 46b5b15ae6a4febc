// One Strapi instance of the playground in a process of its own, for the multi-instance scheduler suite
// and benchmark. It boots the compiled playground with createStrapi().load(), as `strapi start` does
// minus the HTTP server and admin panel, and publishes through the plugin's own cron task (CRON_ENABLED
// and SOCIAL_COMPLIANCE_CONFIG come from the parent). It tells the parent over IPC when it is ready.
//
// With CLAIM_AND_WAIT=true it is an instance that dies holding claims: it claims what is due as soon as
// anything is (polling every 50 ms), reports the claimed ids, and waits for the parent's SIGKILL.
//
// With STALL_AFTER_PUBLISHING=n it is an instance killed in the middle of its batch: it publishes n
// posts through its cron task, then stops inside the next publish (its transaction open), reports
// 'stalled' and waits for the parent's SIGKILL. The moment of the kill is then the parent's to choose,
// not a race between the parent's polling and this instance's publishing.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const APP_DIR = path.resolve(__dirname, '..', 'playground');

const send = (message) => process.send?.(message);

(async () => {
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  const scheduler = strapi.plugin('social-compliance').service('schedule');

  const stallAfter = Number(process.env.STALL_AFTER_PUBLISHING ?? 0);
  if (stallAfter > 0) {
    let published = 0;
    strapi.documents.use(async (context, next) => {
      if (context.action !== 'publish') return next();
      if (published >= stallAfter) {
        send({ type: 'stalled', owner: scheduler.owner, published });
        // Never returns: the parent kills this process with SIGKILL, mid-transaction.
        return new Promise(() => {});
      }
      const result = await next();
      published += 1;
      return result;
    });
  }

  if (process.env.CLAIM_AND_WAIT === 'true') {
    send({ type: 'ready', owner: scheduler.owner });
    for (;;) {
      const claimed = await scheduler.claim();
      if (claimed.length) {
        send({ type: 'claimed', owner: scheduler.owner, ids: claimed.map((row) => row.id) });
        // Never publishes: the parent kills this process with SIGKILL.
        await new Promise(() => {});
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  send({ type: 'ready', owner: scheduler.owner });
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
