import { startPlayground, type RunningPlayground } from '../playground-process';

export type RunningStrapi = RunningPlayground;

/** The playground the browser suites drive: cron off unless a suite turns it on, Strapi's warnings in `output()`. */
export const startStrapi = ({ env = {} }: { env?: Record<string, string> } = {}): Promise<RunningStrapi> =>
  startPlayground({ env: { CRON_ENABLED: 'false', LOG_LEVEL: 'warn', ...env } });
