import type { Core } from '@strapi/strapi';

import type { PluginConfig } from './config';
import { getService } from './utils';
import { grantDefaultPermissions } from './permissions';
import { guardPublishedRows } from './lifecycles/published-rows';
import { watchMediaLibrary } from './lifecycles/media-library';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  // The policy in force must exist before anything is evaluated against it.
  await getService('policy', { strapi }).current();
  await grantDefaultPermissions(strapi);
  guardPublishedRows(strapi);
  watchMediaLibrary(strapi);

  // Pictures are read when they are uploaded or replaced (a replace keeps the id, with a new hash).
  const imageReadings = getService('imageReadings', { strapi });
  const read = (id: unknown) => {
    if (typeof id !== 'number') return;
    imageReadings.request([id]).catch((error: Error) => {
      strapi.log.error(`[social-compliance] the reading of file ${id} could not start: ${error.message}`);
    });
  };
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    afterCreate: (event) => read(event.result?.id),
    afterUpdate: (event) => read(event.result?.id),
  });

  // Every instance polls for due schedules, unless the plugin's scheduler or the app's cron is off here.
  const { scheduler } = strapi.config.get('plugin::social-compliance') as PluginConfig;
  if (scheduler.enabled && strapi.config.get('server.cron.enabled', true)) {
    const name = 'social-compliance.scheduler';
    strapi.cron.add({
      [name]: { task: () => getService('schedule', { strapi }).poll(), options: { rule: scheduler.rule } },
    });
    // Strapi only logs a rule it cannot read; a scheduler that never polls must stop the boot instead.
    if (!strapi.cron.jobs.some((job) => job.name === name)) {
      throw new Error(
        `Error regarding social-compliance config: scheduler.rule "${scheduler.rule}" is not a cron rule; write one such as "* * * * *" (every minute).`,
      );
    }
  }
};

export default bootstrap;
