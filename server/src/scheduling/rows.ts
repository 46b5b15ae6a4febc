import type { ScheduleAction, ScheduleStatus } from '../../../shared/constants';
import type { Reason, ResolvedTarget } from '../../../shared/contracts/compliance';
import type { ScheduleView } from '../../../shared/contracts/schedule';
import { inTimeZone } from './time-zone';

// A schedule row: what it holds, how it is read from the database and how the admin is shown it.

export interface Schedule {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  targetLocale: string;
  action: ScheduleAction;
  runAt: Date;
  timeZone: string;
  status: ScheduleStatus;
  claimOwner: string | null;
  leaseUntil: Date | null;
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
  reasons: Reason[] | null;
  contentHash: string | null;
  scheduledById: number | null;
  completedAt: Date | null;
  /** Seconds this publish may run late and still go out; null for `scheduler.maxLateness`. */
  maxLateness: number | null;
}

/** A schedule that has not run yet: at most one per target and action. */
export const ACTIVE: ScheduleStatus[] = ['pending', 'claimed'];

const toDate = (value: unknown) => (value == null ? null : new Date(value as string));

export const fromRow = (row: Record<string, unknown>): Schedule => ({
  ...(row as unknown as Schedule),
  runAt: new Date(row.runAt as string),
  leaseUntil: toDate(row.leaseUntil),
  nextAttemptAt: toDate(row.nextAttemptAt),
  completedAt: toDate(row.completedAt),
  attempts: Number(row.attempts ?? 0),
  reasons: (row.reasons as Reason[] | null) ?? null,
  maxLateness: row.maxLateness == null ? null : Number(row.maxLateness),
});

export const scheduleTarget = (row: Schedule): ResolvedTarget => ({
  uid: row.targetUid,
  documentId: row.targetDocumentId,
  locale: row.targetLocale,
});

export const whereTarget = (target: ResolvedTarget) => ({
  targetUid: target.uid,
  targetDocumentId: target.documentId,
  targetLocale: target.locale,
});

/** A schedule as the admin shows it: its instant in UTC and on the wall clock of its zone. */
export const presentSchedule = (row: Schedule): ScheduleView => ({
  id: row.id,
  target: scheduleTarget(row),
  action: row.action,
  status: row.status,
  runAt: row.runAt.toISOString(),
  timeZone: row.timeZone,
  local: inTimeZone(row.runAt, row.timeZone),
  attempts: row.attempts,
  nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
  lastError: row.lastError,
  reasons: row.reasons ?? [],
  completedAt: row.completedAt?.toISOString() ?? null,
  maxLateness: row.maxLateness,
});

/** What every audit event about a schedule says of it. */
export const auditedSchedule = (row: Schedule) => ({
  scheduleId: row.id,
  scheduled: row.action,
  runAt: row.runAt.toISOString(),
  timeZone: row.timeZone,
});

/** "2027-03-14 12:00 America/New_York": a time as the editor chose it. */
export const whenText = (instant: Date, timeZone: string) =>
  `${inTimeZone(instant, timeZone).local.replace('T', ' ')} ${timeZone}`;
