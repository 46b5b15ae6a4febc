import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';

import { UID } from '../constants';
import { canonicalJson } from '../compliance/content-hash';
import { userLabel, type AdminUser } from '../utils';
import { publishedWithoutGate } from '../lifecycles/published-rows';
import type { AuditAction } from '../../../shared/constants';
import type { AuditEvent, AuditVerification } from '../../../shared/contracts/audit';

export interface AuditInput {
  action: AuditAction;
  user?: AdminUser | null;
  /** Who acted when it was not a person (the scheduler). */
  actorLabel?: string;
  target?: { uid: string; documentId: string; locale: string } | null;
  contentHash?: string | null;
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);
const ATTEMPTS = 5;
// Any fixed 64-bit key: the advisory lock that serialises appends on PostgreSQL.
const AUDIT_LOCK = 7_316_020_661;
const PAGE = 500;

/** The hash covers every field of the event but its own hash, in a canonical form. */
export const hashEvent = (event: Omit<AuditEvent, 'hash'>) =>
  createHash('sha256')
    .update(
      canonicalJson({
        seq: event.seq,
        occurredAt: event.occurredAt,
        actorId: event.actorId,
        actorLabel: event.actorLabel,
        action: event.action,
        targetUid: event.targetUid,
        targetDocumentId: event.targetDocumentId,
        targetLocale: event.targetLocale,
        contentHash: event.contentHash,
        details: event.details,
        prevHash: event.prevHash,
      }),
    )
    .digest('hex');

// The database lock serialises transactions, not appends made in parallel inside one transaction (the
// Content Manager's bulk publish): those take turns here.
const turns = new WeakMap<object, Promise<unknown>>();
const inTurn = <T>(trx: object, append: () => Promise<T>): Promise<T> => {
  const turn = (turns.get(trx) ?? Promise.resolve()).then(append, append);
  turns.set(
    trx,
    turn.catch(() => undefined),
  );
  return turn;
};

/** SQL that takes the chain's lock, for a caller to put in a statement of its own. */
export interface ChainLock {
  sql: string;
  bindings: unknown[];
}
/** The chain's last event, as an append needs it. */
export interface ChainHead {
  seq: number;
  hash: string;
}
// Per transaction: it holds the chain's lock (`lockChain`), and the last event it appended.
const locked = new WeakSet<object>();
const chainEnds = new WeakMap<object, ChainHead>();

// Every database keeps whole seconds; a timestamp read back must hash as it was written.
const wholeSecond = (date: Date) => new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();

const fromRow = (row: Record<string, unknown>): AuditEvent => ({
  seq: Number(row.seq),
  occurredAt: wholeSecond(new Date(row.occurredAt as string)),
  actorId: (row.actorId as number) ?? null,
  actorLabel: (row.actorLabel as string) ?? '',
  action: row.action as AuditAction,
  targetUid: (row.targetUid as string) ?? null,
  targetDocumentId: (row.targetDocumentId as string) ?? null,
  targetLocale: (row.targetLocale as string) ?? null,
  contentHash: (row.contentHash as string) ?? null,
  details: (row.details as Record<string, unknown>) ?? {},
  prevHash: row.prevHash as string,
  hash: row.hash as string,
});

/**
 * The audit trail (rule 1): append-only and hash-chained. Each event holds the previous event's hash
 * and its own; a unique sequence number makes two instances appending at once retry, never fork.
 */
const createAuditService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.auditEvent);

  return {
    /**
     * The SQL that takes the chain's lock on PostgreSQL (an advisory lock), for the caller to put in a
     * statement of its own (the drafts' lock: one round trip fewer), then say so with `chainLocked()`;
     * null elsewhere.
     */
    chainLockSql(): ChainLock | null {
      return strapi.db.dialect.client === 'postgres'
        ? { sql: 'pg_advisory_xact_lock(?)', bindings: [AUDIT_LOCK] }
        : null;
    },

    /** Notes that the caller's transaction took the chain's lock with `chainLockSql()`. */
    async chainLocked() {
      await strapi.db.transaction(async ({ trx }) => {
        locked.add(trx);
      });
    },

    /**
     * Takes the chain's lock for the rest of the caller's transaction (unless it holds it already), so
     * that the head read by a later statement of it is the latest event (the gate reads it with the
     * content, `records.gateRead`). SQLite has one writer; on MySQL the head is a locking read, made
     * when appending (`headReadable: false`).
     */
    async lockChain(): Promise<{ headReadable: boolean }> {
      const client = strapi.db.dialect.client;
      if (!strapi.db.inTransaction() || client === 'mysql') return { headReadable: false };
      await strapi.db.transaction(async ({ trx }) => {
        if (locked.has(trx)) return;
        if (client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(?)', [AUDIT_LOCK]);
        locked.add(trx);
      });
      return { headReadable: true };
    },

    /** Appends one event; see `appendAll`. */
    async append(input: AuditInput): Promise<AuditEvent> {
      const [event] = await this.appendAll([input]);
      return event;
    },

    /**
     * Appends events in order, in one insert. Appenders are serialised per database (PostgreSQL advisory
     * lock, MySQL locking read, SQLite's single writer) so each chains onto the latest event; inside a
     * caller's transaction the events commit or roll back with the act they record. `head` is the chain's
     * last event as read in this transaction after `lockChain()` (it is read here otherwise).
     */
    async appendAll(inputs: AuditInput[], { head }: { head?: ChainHead | null } = {}): Promise<AuditEvent[]> {
      const client = strapi.db.dialect.client;
      const readHead = async (trx: object & { raw: (sql: string, bindings: unknown[]) => unknown }) => {
        if (client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(?)', [AUDIT_LOCK]);
        if (client === 'mysql') {
          // The first event's row is the chain's lock: a locking read of the head alone takes a gap lock,
          // which two transactions can hold at once, and then both inserts deadlock.
          await strapi.db.queryBuilder(UID.auditEvent).select(['id']).where({ seq: 1 }).forUpdate().execute();
        }
        const latest = strapi.db
          .queryBuilder(UID.auditEvent)
          .select(['seq', 'hash'])
          .orderBy({ seq: 'desc' })
          .first();
        const last = (await (client === 'mysql' ? latest.forUpdate() : latest).execute()) as
          | { seq: number | string; hash: string }
          | undefined;
        return last ? { seq: Number(last.seq), hash: last.hash } : null;
      };
      const write = () =>
        strapi.db.transaction(({ trx }) =>
          inTurn(trx, async () => {
            // An earlier append of this transaction holds the lock and is the head; a head read after
            // `lockChain` is current; anything else is read now.
            let last =
              chainEnds.get(trx) ?? (head !== undefined && locked.has(trx) ? head : await readHead(trx));
            const events: AuditEvent[] = inputs.map((input) => {
              const event: Omit<AuditEvent, 'hash'> = {
                seq: last ? last.seq + 1 : 1,
                occurredAt: wholeSecond(new Date()),
                actorId: input.user?.id ?? null,
                actorLabel: input.user ? userLabel(input.user) : (input.actorLabel ?? 'system'),
                action: input.action,
                targetUid: input.target?.uid ?? null,
                targetDocumentId: input.target?.documentId ?? null,
                targetLocale: input.target?.locale ?? null,
                contentHash: input.contentHash ?? null,
                details: input.details ?? {},
                prevHash: last?.hash ?? GENESIS_HASH,
              };
              const complete = { ...event, hash: hashEvent(event) };
              last = { seq: complete.seq, hash: complete.hash };
              return complete;
            });
            // createMany: one INSERT, without reading the rows back.
            if (events.length) await query().createMany({ data: events });
            if (last) chainEnds.set(trx, last);
            return events;
          }),
        );

      for (let attempt = 1; ; attempt += 1) {
        try {
          return await write();
        } catch (error) {
          // Only the first events of an empty MySQL table can collide; a nested append cannot retry.
          if (strapi.db.inTransaction() || attempt >= ATTEMPTS) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    },

    /**
     * Appends once the surrounding transaction (if any) has ended: on commit, and also on rollback when
     * the event records a refusal that rolled the transaction back.
     */
    appendAfterTransaction(input: AuditInput, { evenOnRollback = false } = {}) {
      const write = () =>
        this.append(input).catch((error: Error) =>
          strapi.log.error(`[social-compliance] audit: ${error.message}`),
        );
      if (!strapi.db.inTransaction()) return write();
      // Strapi keeps the commit callbacks of a rolled-back transaction for the next one in the same
      // async context (the append itself): without this, a refusal would be recorded twice.
      let written = false;
      const once = () => {
        if (written) return;
        written = true;
        return write();
      };
      return strapi.db.transaction(async ({ onCommit, onRollback }) => {
        onCommit(once);
        if (evenOnRollback) onRollback(once);
      });
    },

    /** Walks the whole chain; the first event whose links or hash do not hold is `brokenAt`. */
    async verify(): Promise<AuditVerification> {
      let previous = GENESIS_HASH;
      let expectedSeq = 1;
      let checked = 0;
      for (let offset = 0; ; offset += PAGE) {
        const rows = await query().findMany({ orderBy: { seq: 'asc' }, offset, limit: PAGE });
        for (const row of rows) {
          const event = fromRow(row);
          const broken = (reason: string) => ({
            ok: false,
            checked,
            head: previous,
            brokenAt: event.seq,
            reason,
          });
          if (event.seq !== expectedSeq)
            return { ...broken(`event ${expectedSeq} is missing`), brokenAt: expectedSeq };
          if (event.prevHash !== previous) return broken('it does not link to the event before it');
          const { hash, ...rest } = event;
          if (hashEvent(rest) !== hash) return broken('its content does not match its hash');
          previous = hash;
          expectedSeq += 1;
          checked += 1;
        }
        if (rows.length < PAGE) {
          return {
            ok: true,
            checked,
            head: previous,
            publishedWithoutGate: await publishedWithoutGate(strapi),
          };
        }
      }
    },

    async list({
      from,
      to,
      documentId,
      actorId,
      action,
      limit = 100,
      offset = 0,
    }: {
      from?: Date;
      to?: Date;
      documentId?: string;
      actorId?: number;
      action?: AuditAction;
      limit?: number;
      offset?: number;
    } = {}) {
      const where: Record<string, unknown> = {};
      if (from || to) where.occurredAt = { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) };
      if (documentId) where.targetDocumentId = documentId;
      if (actorId) where.actorId = actorId;
      if (action) where.action = action;
      const rows = await query().findMany({ where, orderBy: { seq: 'asc' }, limit, offset });
      return rows.map(fromRow);
    },
  };
};

export default createAuditService;
