import { errors } from '@strapi/utils';

import type { Evaluation } from './compliance';
import type { Reason, RefusalError, ResolvedTarget } from '../../shared/contracts/compliance';

// The policy's "no", built in one place for the gate, the scheduler and the routes, and read back here
// too when a scheduled publish comes back refused.

const OPENING = {
  publish: 'This cannot be published yet',
  schedule: 'This post cannot be scheduled yet',
} as const;

/**
 * A refused publish (or schedule): each failing check is an error on its field, as the admin form shows
 * them; a message names its locale when several locales were asked for.
 */
export const refusal = (
  evaluations: { target: ResolvedTarget; evaluation: Evaluation }[],
  act: keyof typeof OPENING = 'publish',
) => {
  const failing: RefusalError[] = evaluations.flatMap(({ target, evaluation }) =>
    evaluation.checks
      .filter((check) => check.status === 'fail')
      .map((check) => ({
        path: check.path ? check.path.split('.') : [],
        message:
          evaluations.length > 1 && target.locale ? `[${target.locale}] ${check.message}` : check.message,
        name: 'ComplianceError' as const,
        value: { check: check.id, rule: check.rule, locale: target.locale || null },
      })),
  );
  const count = failing.length;
  return new errors.ValidationError(
    `${OPENING[act]}: ${count} requirement${count === 1 ? '' : 's'} of the social media policy ${count === 1 ? 'is' : 'are'} not met. ${failing[0]?.message ?? ''}`.trim(),
    { errors: failing },
  );
};

/**
 * The reasons of a refusal (a ValidationError with one error per unmet requirement, the gate's or
 * Strapi's own), or null for any other error.
 */
export const refusalReasons = (error: unknown): Reason[] | null => {
  const details = (error as { name?: string; details?: { errors?: unknown } })?.details;
  if ((error as Error)?.name !== 'ValidationError' || !Array.isArray(details?.errors)) return null;
  if (details.errors.length === 0) return null;
  return (details.errors as (Partial<RefusalError> & { message: string })[]).map((item) => ({
    message: item.message,
    ...(item.value?.check ? { check: item.value.check } : {}),
    ...(item.value?.rule ? { rule: item.value.rule } : {}),
    ...(item.path?.length ? { path: item.path.join('.') } : {}),
  }));
};
