import { yup } from '@strapi/utils';

export interface PluginConfig {
  /** UIDs of the app's own content types to put under the same publish gate as the social post. */
  governedContentTypes: string[];
  scheduler: {
    /** Switch the poll off on an instance that should never publish (e.g. a read-only replica). */
    enabled: boolean;
    /** Cron rule of the poll (Strapi cron syntax, seconds optional). */
    rule: string;
    /** How long a claim is held before another instance may take it over. */
    leaseSeconds: number;
    /** How many due rows one poll claims at most. */
    batchSize: number;
    /** Attempts for transient errors (a database hiccup) before a schedule is marked failed. */
    maxAttempts: number;
    /**
     * Seconds a publish may run late (after downtime) and still go out; later, it is marked missed and
     * its author and the policy owner are told. A schedule may set its own.
     */
    maxLateness: number;
  };
  notifications: {
    enabled: boolean;
  };
  /** Reading the text in a governed post's images (OCR) before it may be published. */
  ocr: {
    enabled: boolean;
    /** Tesseract workers per instance: each holds about 150 MB and one CPU core while it reads. */
    workers: number;
    /** Pictures with more pixels are not read: a failed check a reviewer may accept. */
    maxPixels: number;
    /** Tesseract language codes; each needs its @tesseract.js-data/<code> package. */
    languages: string[];
    /** Pictures waiting for a worker; more are read when a later evaluation asks again. */
    maxQueue: number;
  };
  /**
   * PostgreSQL: the gate's content and record reads as named prepared statements, planned once per
   * connection. Set false behind a pooler that does not keep prepared statements per client (PgBouncer in
   * transaction mode before 1.21, or without `max_prepared_statements`).
   */
  preparedStatements: boolean;
}

export const defaultConfig: PluginConfig = {
  governedContentTypes: [],
  scheduler: {
    enabled: true,
    rule: '* * * * *',
    leaseSeconds: 120,
    batchSize: 50,
    maxAttempts: 3,
    maxLateness: 7200,
  },
  notifications: { enabled: true },
  ocr: { enabled: true, workers: 1, maxPixels: 40_000_000, languages: ['eng'], maxQueue: 50 },
  preparedStatements: true,
};

const uidPattern = /^(api|plugin)::[a-z0-9-]+\.[a-z0-9-]+$/;

const configSchema = yup
  .object({
    governedContentTypes: yup
      .array()
      .of(
        yup
          .string()
          .matches(
            uidPattern,
            'governedContentTypes: "${value}" is not a content type UID such as "api::article.article"',
          ),
      ),
    scheduler: yup
      .object({
        enabled: yup.boolean().strict(),
        rule: yup.string().strict(),
        leaseSeconds: yup.number().strict().integer().min(10),
        batchSize: yup.number().strict().integer().min(1).max(1000),
        maxAttempts: yup.number().strict().integer().min(1).max(20),
        maxLateness: yup.number().strict().integer().min(60).max(604800),
      })
      .noUnknown(true, 'scheduler has an unknown option: ${unknown}'),
    notifications: yup
      .object({ enabled: yup.boolean().strict() })
      .noUnknown(true, 'notifications has an unknown option: ${unknown}'),
    ocr: yup
      .object({
        enabled: yup.boolean().strict(),
        workers: yup.number().strict().integer().min(1).max(16),
        maxPixels: yup.number().strict().integer().min(10_000),
        languages: yup
          .array()
          .of(
            yup
              .string()
              .matches(
                /^[a-z_]+$/,
                'ocr.languages: "${value}" is not a Tesseract language code such as "eng"',
              ),
          )
          .min(1),
        maxQueue: yup.number().strict().integer().min(1),
      })
      .noUnknown(true, 'ocr has an unknown option: ${unknown}'),
    preparedStatements: yup.boolean().strict(),
  })
  .noUnknown(
    true,
    'unknown option: ${unknown}. Known options: governedContentTypes, scheduler, notifications, ocr, preparedStatements',
  )
  .strict();

export default {
  default: defaultConfig,
  validator(config: unknown) {
    configSchema.validateSync(config, { abortEarly: true });
  },
};
