import { errors, yup, validateYupSchema } from '@strapi/utils';

import {
  AUDIT_ACTIONS,
  QUEUE_SORTS,
  REVIEW_STATES,
  type AuditAction,
  type QueueSort,
} from '../../../../shared/constants';
import type {
  Approve,
  Evaluate,
  OverrideFinding,
  RequestChanges,
} from '../../../../shared/contracts/compliance';
import type { UpdatePolicy } from '../../../../shared/contracts/policy';

// Input of the admin routes. The acting user is never read from here: it is the session's.
type Validator<T> = (body: unknown) => Promise<T>;

// Each validator states the shape it returns; yup 0.32's inferred types are looser than that.
const validator = <T>(schema: Parameters<typeof validateYupSchema>[0]) =>
  validateYupSchema(schema) as Validator<T>;

// A query string is all text: its numbers and dates are read from it, which bodies never are. Reading
// drops unknown keys, so they are refused first.
const queryValidator =
  <T>(schema: ReturnType<typeof yup.object>): Validator<T> =>
  async (query) => {
    const unknown = Object.keys(query ?? {}).filter((key) => !(key in schema.fields));
    if (unknown.length) throw new errors.ValidationError(`Unknown filter: ${unknown.join(', ')}.`);
    return validateYupSchema(schema, { strict: false })(query) as Promise<T>;
  };

const locale = yup.string().trim().max(20).nullable();

export const validateTargetQuery = queryValidator<{ locale?: string | null }>(
  yup.object({ locale }).noUnknown(false),
);

export const validateEvaluateBody = validator<Evaluate['body']>(
  yup
    .object({
      uid: yup.string().required('Say which content type: uid is missing.'),
      documentId: yup.string().nullable(),
      locale,
      data: yup.object().nullable(),
    })
    .noUnknown(true, 'Unknown field in the request: ${unknown}.'),
);

export const validateApproveBody = validator<Approve['body']>(
  yup
    .object({ comment: yup.string().trim().max(2000) })
    .noUnknown(true, 'Unknown field in the request: ${unknown}.'),
);

export const validateRequestChangesBody = validator<RequestChanges['body']>(
  yup
    .object({
      comment: yup
        .string()
        .trim()
        .max(2000)
        .required('Say what has to change: a comment is required when you send a post back.'),
    })
    .noUnknown(true, 'Unknown field in the request: ${unknown}.'),
);

export const validateOverrideBody = validator<OverrideFinding['body']>(
  yup
    .object({
      fingerprint: yup.string().required('Say which finding: fingerprint is missing.'),
      reason: yup
        .string()
        .trim()
        .min(10, 'Give the reason the finding may stand (at least 10 characters).')
        .max(2000)
        .required('Give the reason the finding may stand.'),
    })
    .noUnknown(true, 'Unknown field in the request: ${unknown}.'),
);

export const validateEmptyBody = validator<object>(
  yup.object({}).noUnknown(true, 'This request takes no fields, but got: ${unknown}.'),
);

export const validateQueueQuery = queryValidator<{
  uid?: string;
  state?: string;
  channel?: string;
  authorId?: number;
  category?: string;
  locale?: string;
  waitingSince?: Date;
  sort?: QueueSort;
  page: number;
  pageSize: number;
}>(
  yup
    .object({
      uid: yup.string(),
      state: yup
        .string()
        .test(
          'states',
          `state must be one or more of ${REVIEW_STATES.join(', ')}, separated by commas.`,
          (value) =>
            !value || value.split(',').every((state) => (REVIEW_STATES as readonly string[]).includes(state)),
        ),
      channel: yup.string().max(50),
      authorId: yup.number().integer().positive(),
      category: yup.string().max(50),
      locale,
      waitingSince: yup.date().typeError('waitingSince must be a date, e.g. 2026-11-29T09:00:00Z.'),
      sort: yup
        .string()
        .oneOf([...QUEUE_SORTS], `sort must be ${QUEUE_SORTS.join(', ').replace(/, ([^,]*)$/, ' or $1')}.`),
      page: yup.number().integer().min(1, 'page starts at 1.').default(1),
      pageSize: yup.number().integer().min(1).max(100, 'pageSize is at most 100.').default(25),
    })
    .noUnknown(true, 'Unknown filter: ${unknown}.'),
);

const list = (max: number) => yup.array().of(yup.string().trim().max(max)).default([]);

export const validatePolicyBody = validator<UpdatePolicy['body']>(
  yup
    .object({
      expectedVersion: yup
        .number()
        .integer()
        .required(
          'Say which version you edited (expectedVersion), so a change made meanwhile is not overwritten.',
        ),
      note: yup.string().trim().max(500),
      policy: yup
        .object({
          owner: yup.string().trim().max(200).required('Name the policy owner (rule 2).'),
          attestation: yup
            .object({
              wording: yup
                .string()
                .trim()
                .min(20, 'The attestation wording is too short to mean anything.')
                .required(),
            })
            .required(),
          lexicon: yup
            .array()
            .of(
              yup.object({
                term: yup.string().trim().min(2).max(100).required('Each off-limits topic needs a term.'),
                severity: yup.string().oneOf(['warn', 'block'], 'A topic either warns or blocks.').required(),
                reason: yup.string().trim().max(300),
              }),
            )
            .default([]),
          categories: yup
            .object()
            .test(
              'categories',
              'Each category says requiresTemplate and requiresQa as true or false.',
              (value) =>
                Object.values(value ?? {}).every(
                  (entry) =>
                    entry &&
                    typeof entry === 'object' &&
                    Object.entries(entry).every(
                      ([key, flag]) =>
                        ['requiresTemplate', 'requiresQa'].includes(key) && typeof flag === 'boolean',
                    ),
                ),
            )
            .default({}),
          channels: yup
            .object()
            .test(
              'channels',
              'Each channel needs a label and a maxLength between 1 and 100000.',
              (
                value:
                  | Record<string, { label?: unknown; maxLength?: unknown; personal?: unknown }>
                  | undefined,
              ) =>
                Object.entries(value ?? {}).every(
                  ([key, channel]) =>
                    /^[a-z0-9-]{1,40}$/.test(key) &&
                    channel &&
                    typeof channel.label === 'string' &&
                    channel.label.trim() !== '' &&
                    typeof channel.maxLength === 'number' &&
                    Number.isInteger(channel.maxLength) &&
                    channel.maxLength >= 1 &&
                    channel.maxLength <= 100000 &&
                    (channel.personal === undefined || typeof channel.personal === 'boolean'),
                ),
            )
            .test('some', 'Allow at least one channel.', (value) => Object.keys(value ?? {}).length > 0)
            .required(),
          approvalsRequired: yup
            .number()
            .integer()
            .min(1, 'At least one approval is needed (four eyes).')
            .max(5)
            .required(),
          disclaimer: yup.string().trim().max(500).default(''),
          allow: yup
            .object({ domains: list(253), emails: list(254), phones: list(40), terms: list(200) })
            .default({ domains: [], emails: [], phones: [], terms: [] }),
          mrnPatterns: yup
            .array()
            .of(
              yup
                .string()
                .max(200)
                .test('regex', '"${value}" is not a valid regular expression.', (value) => {
                  try {
                    new RegExp(value ?? '');
                    return true;
                  } catch {
                    return false;
                  }
                }),
            )
            .default([]),
          copyrightLine: yup.string().trim().max(300).default(''),
        })
        .noUnknown(true, 'Unknown policy setting: ${unknown}.')
        .required(),
    })
    .noUnknown(true, 'Unknown field in the request: ${unknown}.'),
);

export const validateAuditQuery = queryValidator<{
  from?: Date;
  to?: Date;
  documentId?: string;
  actorId?: number;
  action?: AuditAction;
  format?: 'csv' | 'json';
  page: number;
  pageSize: number;
}>(
  yup
    .object({
      from: yup.date().typeError('from must be a date, e.g. 2026-11-01.'),
      to: yup.date().typeError('to must be a date, e.g. 2026-11-30.'),
      documentId: yup.string().max(64),
      actorId: yup
        .number()
        .integer()
        .positive()
        .typeError('actorId must be the id of an admin user, e.g. 3.'),
      action: yup.string().oneOf([...AUDIT_ACTIONS], `action must be one of ${AUDIT_ACTIONS.join(', ')}.`),
      format: yup.string().oneOf(['csv', 'json'], 'format is csv or json.'),
      page: yup.number().integer().min(1).default(1),
      pageSize: yup.number().integer().min(1).max(500).default(100),
    })
    .noUnknown(true, 'Unknown filter: ${unknown}.'),
);
