// Scheduled publishing and taking down, and the calendar of what goes out when.
import type { ZonedTime } from '../../server/src/scheduling/time-zone';
import type { ScheduleAction, ScheduleStatus } from '../constants';
import type { Reason, ResolvedTarget } from './compliance';
import type { Pagination } from './pagination';

export type { ZonedTime };

/** A schedule as the admin shows it: its instant in UTC and on the wall clock of its zone. */
export interface ScheduleView {
  id: number;
  target: ResolvedTarget;
  action: ScheduleAction;
  status: ScheduleStatus;
  runAt: string;
  timeZone: string;
  local: ZonedTime;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  /** Why it failed, when it did. */
  reasons: Reason[];
  completedAt: string | null;
  /** Seconds this publish may run late and still go out (its own, or null for the configured one). */
  maxLateness: number | null;
}

export interface CalendarEntry extends ScheduleView {
  title: string | null;
  /** The time on the viewer's clock, when the calendar was asked for in a `timeZone`. */
  inViewerZone?: ZonedTime;
  scheduledBy: { id: number; label: string | null } | null;
}

/** `publishAt` (or `unpublishAt`): a wall-clock time read in `timeZone`, or an instant with its offset. */
export interface ScheduleBody {
  publishAt?: string;
  unpublishAt?: string;
  timeZone: string;
  /** Seconds the publish may run late (after downtime) and still go out; the configured default if absent. */
  maxLateness?: number;
}

interface ScheduleRoute {
  params: { uid: string; documentId: string };
  query: { locale?: string };
}

/** POST /social-compliance/documents/:uid/:documentId/schedule (201) */
export interface CreateSchedule extends ScheduleRoute {
  body: ScheduleBody;
  response: { data: ScheduleView };
}

/** PUT /social-compliance/documents/:uid/:documentId/schedule */
export interface UpdateSchedule extends ScheduleRoute {
  body: ScheduleBody;
  response: { data: ScheduleView };
}

/** DELETE /social-compliance/documents/:uid/:documentId/schedule */
export interface CancelSchedule extends ScheduleRoute {
  query: { locale?: string; action?: ScheduleAction };
  response: { data: ScheduleView[] };
}

/** GET /social-compliance/calendar: schedules whose time falls in [from, to). */
export interface GetCalendar {
  query: {
    from: string;
    to: string;
    /** One or more statuses, separated by commas. */
    status?: string;
    timeZone?: string;
    uid?: string;
    documentId?: string;
    locale?: string;
    page?: number;
    pageSize?: number;
  };
  response: { data: CalendarEntry[]; meta: { pagination: Pagination } };
}
