// What may be published, as the server answered: pure, so the panel, the Publish button and their
// tests share it without loading the admin.
import type { CheckResult, LiveChecklist } from '../../../shared/contracts/compliance';

export type ChecklistState =
  | { status: 'loading' }
  | { status: 'unreachable'; message: string }
  | { status: 'ready'; checklist: LiveChecklist; refreshing: boolean };

/** The checks whose failure the author can fix before asking for review: all but the approvals. */
export const authorChecks = (checks: CheckResult[]) =>
  checks.filter((check) => !check.id.startsWith('approval'));

export interface PublishGate {
  allowed: boolean;
  /** The unmet requirements, as the server words them; empty while loading or unreachable. */
  reasons: CheckResult[];
}

/** May the built-in Publish run? Only when the server says the form as it is now is compliant. */
export const publishGate = (state: ChecklistState): PublishGate => {
  if (state.status !== 'ready') return { allowed: false, reasons: [] };
  const reasons = state.checklist.checks.filter((check) => check.status === 'fail');
  return { allowed: state.checklist.compliant && reasons.length === 0 && !state.refreshing, reasons };
};
