import { yup } from '@strapi/utils';

import { SEVERITIES } from '../../../../shared/constants';
import type { UpdatePolicy } from '../../../../shared/contracts/policy';
import { UNKNOWN_FIELD } from './fields';
import { validator } from './validator';

// The policy owner's edit (rule 2).

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
                severity: yup
                  .string()
                  .oneOf([...SEVERITIES], 'A topic either warns or blocks.')
                  .required(),
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
    .noUnknown(true, UNKNOWN_FIELD),
);
