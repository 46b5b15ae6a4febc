import { yup } from '@strapi/utils';

import type {
  Approve,
  Evaluate,
  OverrideFinding,
  RequestChanges,
} from '../../../../shared/contracts/compliance';
import { locale, UNKNOWN_FIELD } from './fields';
import { validator } from './validator';

// The document routes: the live checklist and the acts on a compliance record.

export const validateTargetQuery = validator<{ locale?: string | null }>(yup.object({ locale }), {
  query: { unknown: 'Unknown filter: ${unknown}.' },
});

export const validateEvaluateBody = validator<Evaluate['body']>(
  yup
    .object({
      uid: yup.string().required('Say which content type: uid is missing.'),
      documentId: yup.string().nullable(),
      locale,
      data: yup.object().nullable(),
    })
    .noUnknown(true, UNKNOWN_FIELD),
);

export const validateApproveBody = validator<Approve['body']>(
  yup.object({ comment: yup.string().trim().max(2000) }).noUnknown(true, UNKNOWN_FIELD),
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
    .noUnknown(true, UNKNOWN_FIELD),
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
    .noUnknown(true, UNKNOWN_FIELD),
);

export const validateEmptyBody = validator<object>(
  yup.object({}).noUnknown(true, 'This request takes no fields, but got: ${unknown}.'),
);
