import type { Core } from '@strapi/strapi';

import { createSchedulingActs } from './acts';
import { readCalendar } from './calendar';
import { createRunner } from './runner';
import { createScheduleStore } from './store';

export { presentSchedule, type Schedule } from './rows';
export type { PollResult } from './runner';

/**
 * Scheduled publishing (and taking down): a schedule row per post, locale and action, with the UTC
 * instant and the IANA zone it was chosen in. The editor's acts write them; the runner, on every
 * instance, claims and runs what is due; the calendar reads them.
 */
const createScheduleService = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = createScheduleStore(strapi);
  return {
    ...createSchedulingActs(strapi, store),
    ...createRunner(strapi, store),
    calendar: (query: Parameters<typeof readCalendar>[1]) => readCalendar(strapi, query),
  };
};

export default createScheduleService;
