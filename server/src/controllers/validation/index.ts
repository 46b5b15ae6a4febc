import { yup, validateYupSchema } from '@strapi/utils';

// Input of the admin routes. The acting user is never read from here: it is the session's.
type Validator<T> = (body: unknown) => Promise<T>;

const locale = yup.string().trim().max(20).nullable();

export const validateTargetQuery: Validator<{ locale?: string | null }> = validateYupSchema(
  yup.object({ locale }).noUnknown(false),
);

export const validateEvaluateBody: Validator<{
  uid: string;
  documentId?: string | null;
  locale?: string | null;
  data?: Record<string, unknown> | null;
}> = validateYupSchema(
  yup
    .object({
      uid: yup.string().required('Say which content type: uid is missing.'),
      documentId: yup.string().nullable(),
      locale,
      data: yup.object().nullable(),
    })
    .noUnknown(true, 'Unknown field in the request: ${unknown}.'),
);

export const validateApproveBody: Validator<{ comment?: string }> = validateYupSchema(
  yup
    .object({ comment: yup.string().trim().max(2000) })
    .noUnknown(true, 'Unknown field in the request: ${unknown}.'),
);

export const validateRequestChangesBody: Validator<{ comment: string }> = validateYupSchema(
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

export const validateOverrideBody: Validator<{ fingerprint: string; reason: string }> = validateYupSchema(
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

export const validateEmptyBody: Validator<object> = validateYupSchema(
  yup.object({}).noUnknown(true, 'This request takes no fields, but got: ${unknown}.'),
);
