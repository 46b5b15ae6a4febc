export interface RunningPlayground {
  url: string;
  /** The SQLite file it runs on, for a test that must move time (a schedule made due). */
  databaseFile: string;
  /** What Strapi has printed so far. */
  output: () => string;
  /** Stops Strapi (SIGTERM, waits for it to exit) and deletes its database. */
  stop(): Promise<void>;
}

export interface PlaygroundOptions {
  /** Extra environment for `strapi start` (e.g. LOG_LEVEL, CRON_ENABLED, SOCIAL_COMPLIANCE_OCR). */
  env?: Record<string, string>;
  /** How long to wait for /_health before killing it and failing; 90 s unless told. */
  timeoutMs?: number;
}

export declare const startPlayground: (options?: PlaygroundOptions) => Promise<RunningPlayground>;
