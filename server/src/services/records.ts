import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UID } from '../constants';
import { MARKER, qualifiedTable, runWritten, type WrittenStatement } from './prepared-statements';
import type { Approval, ComplianceRecordSnapshot, FindingOverride } from '../compliance';
import type { PolicyHead } from './policy';
import type { ChainHead } from './audit';
import type { Alongside } from './content-rows';
import type { ComplianceRecord, ResolvedTarget } from '../../../shared/contracts/compliance';

type Changes = Partial<
  Omit<ComplianceRecord, 'id' | 'targetUid' | 'targetDocumentId' | 'targetLocale' | 'revision'>
>;

/** What the gate reads of the record and the policy (and the chain's head when asked for). */
export interface GateRead {
  record: ComplianceRecordSnapshot | null;
  policy: PolicyHead | null;
  /** The audit chain's last event (asked for after `audit.lockChain()`); undefined when not asked. */
  chainHead?: ChainHead | null;
}

const ATTEMPTS = 8;
// Stand for the target's values in SQL written once.
const TARGET_UID = `${MARKER}uid`;
const TARGET_DOCUMENT = `${MARKER}document`;
const TARGET_LOCALE = `${MARKER}locale`;

const fromRow = (row: Record<string, unknown>): ComplianceRecord => ({
  ...(row as unknown as ComplianceRecord),
  approvals: (row.approvals as Approval[]) ?? [],
  overrides: (row.overrides as FindingOverride[]) ?? [],
});

export const toSnapshot = (record: ComplianceRecord | null): ComplianceRecordSnapshot | null =>
  record && {
    attestation: record.attestation,
    approvals: record.approvals,
    overrides: record.overrides,
    submittedById: record.submission?.userId ?? null,
  };

/** The record a target has before anyone acted on it; written only with the first change. */
const fresh = (target: ResolvedTarget): ComplianceRecord => ({
  id: 0,
  targetUid: target.uid,
  targetDocumentId: target.documentId,
  targetLocale: target.locale,
  reviewState: 'draft',
  title: null,
  category: null,
  channels: null,
  authorId: null,
  attestation: null,
  submission: null,
  submittedAt: null,
  approvals: [],
  changesRequested: null,
  overrides: [],
  revision: 0,
});

/**
 * The compliance record of each governed document and locale. Every change is a compare-and-set on
 * its revision, so two reviewers acting at the same moment cannot overwrite each other's act.
 */
const createRecordsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.complianceRecord);
  const whereTarget = (target: ResolvedTarget) => ({
    targetUid: target.uid,
    targetDocumentId: target.documentId,
    targetLocale: target.locale,
  });

  const tableOf = (uid: string) => qualifiedTable(strapi, strapi.db.metadata.get(uid).tableName);
  const columnOf = (uid: string, attribute: string) =>
    (strapi.db.metadata.get(uid).attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const parseJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : (value ?? null));

  /**
   * The gate's read of the record and the policy's version (and the chain's head): one row whatever
   * exists, with markers for the target.
   */
  const gateQuery = (chainHead: boolean) => {
    const knex = strapi.db.connection;
    const record = (attribute: string) => `record.${columnOf(UID.complianceRecord, attribute)}`;
    const always = (join: { on: (raw: ReturnType<typeof knex.raw>) => unknown }) => {
      join.on(knex.raw('1 = 1'));
    };
    const policyHead = knex
      .select({ policyId: 'id', policyVersion: columnOf(UID.policy, 'version') })
      .from(tableOf(UID.policy))
      .orderBy(columnOf(UID.policy, 'version'), 'desc')
      .limit(1)
      .as('head');
    const query = knex
      .select('head.policyId', 'head.policyVersion', {
        recordId: 'record.id',
        attestation: record('attestation'),
        approvals: record('approvals'),
        overrides: record('overrides'),
        submission: record('submission'),
      })
      .from(knex.select(knex.raw('1 as one')).as('base'))
      .leftJoin(policyHead, always)
      .leftJoin(`${tableOf(UID.complianceRecord)} as record`, (join) => {
        join
          .on(record('targetUid'), '=', knex.raw('?', [TARGET_UID]))
          .andOn(record('targetDocumentId'), '=', knex.raw('?', [TARGET_DOCUMENT]))
          .andOn(record('targetLocale'), '=', knex.raw('?', [TARGET_LOCALE]));
      });
    if (chainHead) {
      const seq = columnOf(UID.auditEvent, 'seq');
      const chain = knex
        .select({ chainSeq: seq, chainHash: columnOf(UID.auditEvent, 'hash') })
        .from(tableOf(UID.auditEvent))
        .orderBy(seq, 'desc')
        .limit(1)
        .as('chain');
      query.columns('chain.chainSeq', 'chain.chainHash').leftJoin(chain, always);
    }
    return query;
  };
  const GATE_COLUMNS = [
    'policyId',
    'policyVersion',
    'recordId',
    'attestation',
    'approvals',
    'overrides',
    'submission',
  ];
  // Its SQL, written once per variant (with or without the chain's head); each read binds its target.
  const gateStatements = new Map<boolean, WrittenStatement>();
  const targetValues = (target: ResolvedTarget) =>
    new Map<unknown, unknown>([
      [TARGET_UID, target.uid],
      [TARGET_DOCUMENT, target.documentId],
      [TARGET_LOCALE, target.locale],
    ]);

  /** The gate's row as the rules take it. */
  const fromGateRow = (row: Record<string, unknown> | null | undefined, chainHead: boolean): GateRead => {
    const chain = chainHead
      ? {
          chainHead:
            row?.chainSeq == null ? null : { seq: Number(row.chainSeq), hash: String(row.chainHash) },
        }
      : {};
    const policy =
      row?.policyId == null ? null : { id: Number(row.policyId), version: Number(row.policyVersion) };
    if (row?.recordId == null) return { record: null, policy, ...chain };
    const submission = parseJson(row.submission) as ComplianceRecord['submission'];
    return {
      ...chain,
      policy,
      record: {
        attestation: parseJson(row.attestation),
        approvals: parseJson(row.approvals) ?? [],
        overrides: parseJson(row.overrides) ?? [],
        submittedById: submission?.userId ?? null,
      },
    };
  };

  return {
    /**
     * What a publish reads of the record and the policy, in one query: the record's attestation,
     * approvals, overrides and submitter, and which version of the policy is in force (its content is
     * the policy service's, cached by version). `policy` is null only before any policy exists. With
     * `chainHead` (after `audit.lockChain()`), the audit chain's last event too.
     */
    async findForGate(target: ResolvedTarget, { chainHead = false }: { chainHead?: boolean } = {}) {
      let statement = gateStatements.get(chainHead);
      if (!statement) {
        statement = gateQuery(chainHead).toSQL();
        gateStatements.set(chainHead, statement);
      }
      const [row] = await runWritten(strapi, statement, targetValues(target));
      return fromGateRow(row, chainHead);
    },

    /**
     * The same read, to be made in the content read's round trip (`snapshot.loadWith`): the query, and
     * how to take its row.
     */
    gateRead(target: ResolvedTarget, { chainHead = false }: { chainHead?: boolean } = {}) {
      const alongside: Alongside = {
        key: `record${chainHead ? '+chain' : ''}`,
        query: () => gateQuery(chainHead) as unknown as ReturnType<Alongside['query']>,
        columns: chainHead ? [...GATE_COLUMNS, 'chainSeq', 'chainHash'] : GATE_COLUMNS,
        values: targetValues(target),
      };
      return { alongside, fromRow: (row: Record<string, unknown> | null) => fromGateRow(row, chainHead) };
    },

    async find(target: ResolvedTarget): Promise<ComplianceRecord | null> {
      const row = await query().findOne({ where: whereTarget(target) });
      return row ? fromRow(row) : null;
    },

    async findOrCreate(target: ResolvedTarget): Promise<ComplianceRecord> {
      const existing = await this.find(target);
      if (existing) return existing;
      try {
        await query().create({
          data: { ...whereTarget(target), reviewState: 'draft', approvals: [], overrides: [], revision: 0 },
        });
      } catch (error) {
        // The unique index: another request created it first; that one is ours too.
        if (!(await this.find(target))) throw error;
      }
      return (await this.find(target))!;
    },

    /**
     * Applies `change` to the current record and writes it only if nobody wrote in between; on a
     * collision it re-reads and applies `change` again, so its checks always see the latest state.
     */
    async update(
      target: ResolvedTarget,
      change: (record: ComplianceRecord) => Changes | Promise<Changes>,
    ): Promise<ComplianceRecord> {
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const existing = await this.find(target);
        // A refused act (`change` throws) on a post without a record leaves no record behind.
        const record = existing ?? fresh(target);
        const changes = await change(record);
        if (!existing) {
          try {
            await query().create({
              data: {
                ...whereTarget(target),
                reviewState: 'draft',
                approvals: [],
                overrides: [],
                ...changes,
                revision: 1,
              },
            });
            return (await this.find(target))!;
          } catch (error) {
            // The unique index: another request created it first; apply `change` to that one.
            if (await this.find(target)) continue;
            throw error;
          }
        }
        const { count } = await query().updateMany({
          where: { id: record.id, revision: record.revision },
          data: { ...changes, revision: record.revision + 1 },
        });
        if (count === 1) return (await this.find(target))!;
      }
      throw new errors.ApplicationError(
        'The post is being changed by someone else right now; try again in a moment.',
      );
    },
  };
};

export default createRecordsService;
