// The hash-chained audit trail: its events, its check and its export.
import type { AuditAction, AuditFormat } from '../constants';
import type { Pagination } from './pagination';

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorId: number | null;
  actorLabel: string;
  action: AuditAction;
  targetUid: string | null;
  targetDocumentId: string | null;
  targetLocale: string | null;
  contentHash: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

/** The chain checked from its first event: `brokenAt` is the first event whose links or hash do not hold. */
export interface AuditVerification {
  ok: boolean;
  checked: number;
  head: string;
  brokenAt?: number;
  reason?: string;
  /**
   * Published versions of governed posts that the gate did not publish (no `publish` event for them)
   * or that changed after it did (their content hash is not the one the event recorded): written
   * below the plugin, e.g. by raw SQL.
   */
  publishedWithoutGate?: UngatedPublication[];
}

export interface UngatedPublication {
  uid: string;
  documentId: string;
  locale: string;
  publishedAt: string;
  reason: string;
}

interface AuditQuery {
  from?: string;
  to?: string;
  documentId?: string;
  /** The admin user who acted. */
  actorId?: number;
  action?: AuditAction;
}

/** GET /social-compliance/audit */
export interface GetAudit {
  query: AuditQuery & { page?: number; pageSize?: number };
  response: { data: AuditEvent[]; pagination: Pick<Pagination, 'page' | 'pageSize'> };
}

/** GET /social-compliance/audit/verify */
export interface VerifyAudit {
  response: { data: AuditVerification };
}

/** GET /social-compliance/audit/export: a file, with the chain's head hash in the `X-Audit-Chain` header. */
export interface ExportAudit {
  query: AuditQuery & { format?: AuditFormat };
  response: string | { verification: AuditVerification; events: AuditEvent[] };
}
