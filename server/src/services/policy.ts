import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UID } from '../constants';
import { getService, type AdminUser } from '../utils';
import { DEFAULT_POLICY, type Policy, type PolicySettings } from '../compliance/policy';
import type { PolicyInput, PolicyVersion } from '../../../shared/contracts/policy';

type PolicyRow = Policy & {
  id: number;
  createdAt?: string;
  changedById?: number | null;
  changeNote?: string | null;
};

const toPolicy = (row: PolicyRow): Policy => ({
  version: row.version,
  owner: row.owner,
  attestation: row.attestation,
  lexicon: row.lexicon ?? [],
  categories: row.categories ?? {},
  channels: row.channels,
  approvalsRequired: row.approvalsRequired,
  disclaimer: row.disclaimer ?? '',
  allow: { ...DEFAULT_POLICY.allow, ...row.allow },
  mrnPatterns: row.mrnPatterns ?? [],
  copyrightLine: row.copyrightLine ?? '',
});

/** Which row holds the policy in force: the one cheap read a publish makes of the policy. */
export interface PolicyHead {
  id: number;
  version: number;
}

// Every caller shares the copy: a change to it would change the policy for all, so none is allowed.
const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
};

const createPolicyService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.policy);
  // A version is a row written once and never changed, so this process reads each one once.
  const versions = new Map<string, Policy>();
  const keyOf = ({ id, version }: PolicyHead) => `${id}:${version}`;

  /**
   * Keeps a version read outside a transaction at once; one read inside a transaction only when that
   * commits, since it may be the transaction's own write (a rolled-back one must never be served).
   */
  const remember = async (key: string, policy: Policy) => {
    if (!strapi.db.inTransaction()) {
      versions.set(key, policy);
      return;
    }
    // Strapi keeps a rolled-back transaction's commit callbacks for the next one: the first end counts.
    let ended = false;
    await strapi.db.transaction(async ({ onCommit, onRollback }) => {
      onCommit(() => {
        if (!ended) versions.set(key, policy);
        ended = true;
      });
      onRollback(() => {
        ended = true;
      });
    });
  };

  const latest = async (): Promise<PolicyRow | null> =>
    (await query().findOne({ orderBy: { version: 'desc' } })) as PolicyRow | null;

  const head = async (): Promise<PolicyHead | null> =>
    (await query().findOne({ select: ['id', 'version'], orderBy: { version: 'desc' } })) as PolicyHead | null;

  const insertVersion = async (
    settings: PolicySettings,
    version: number,
    changedById?: number,
    note?: string,
  ) => {
    try {
      return (await query().create({
        data: { ...settings, version, changedById: changedById ?? null, changeNote: note ?? null },
      })) as PolicyRow;
    } catch (error) {
      // The unique index on version: another instance or editor wrote this version first.
      if (await query().findOne({ where: { version } })) return null;
      throw error;
    }
  };

  return {
    /**
     * The policy in force: one read of its version each time (every instance sees a change at once),
     * its content from this process's copy. Version 1 with the defaults is written on first use.
     */
    async current(): Promise<Policy> {
      const found = await head();
      if (found) return this.atHead(found);
      const row = (await insertVersion(DEFAULT_POLICY, 1)) ?? (await latest());
      if (!row) throw new errors.ApplicationError('The social media policy could not be loaded.');
      return toPolicy(row);
    },

    /** The policy of the row `head` names (read along with something else, as the gate does). */
    async atHead(policyHead: PolicyHead): Promise<Policy> {
      const cached = versions.get(keyOf(policyHead));
      if (cached) return cached;
      const row = (await query().findOne({ where: { id: policyHead.id } })) as PolicyRow | null;
      if (!row || row.version !== policyHead.version) {
        throw new errors.ApplicationError('The social media policy could not be loaded.');
      }
      const policy = deepFreeze(toPolicy(row));
      await remember(keyOf(policyHead), policy);
      return policy;
    },

    /**
     * Writes a new version (rule 2), audited. `expectedVersion` guards against overwriting a change made
     * meanwhile; a new attestation wording gets a new wording version, so earlier attestations stop counting.
     */
    async update(
      settings: PolicyInput,
      { expectedVersion, user, note }: { expectedVersion: number; user?: AdminUser | null; note?: string },
    ) {
      const current = await this.current();
      const conflict = () =>
        new errors.ApplicationError(
          `The policy was changed by someone else (it is now version ${current.version}); reload it and make your change again.`,
        );
      if (current.version !== expectedVersion) throw conflict();

      const categories = (strapi.contentType(UID.socialPost).attributes.category as { enum: string[] }).enum;
      const unknown = Object.keys(settings.categories ?? {}).filter((key) => !categories.includes(key));
      if (unknown.length) {
        throw new errors.ValidationError(
          `Unknown post categories: ${unknown.join(', ')}. Known: ${categories.join(', ')}.`,
        );
      }

      const wording = settings.attestation.wording.trim();
      const attestation =
        wording === current.attestation.wording
          ? current.attestation
          : { version: current.attestation.version + 1, wording };
      const row = await insertVersion({ ...settings, attestation }, expectedVersion + 1, user?.id, note);
      if (!row) throw conflict();
      const updated = toPolicy(row);
      await getService('audit', { strapi }).append({
        action: 'policy-changed',
        user,
        details: {
          fromVersion: current.version,
          toVersion: updated.version,
          owner: updated.owner,
          attestationVersion: updated.attestation.version,
          changed: (Object.keys(updated) as (keyof Policy)[]).filter(
            (key) => key !== 'version' && JSON.stringify(updated[key]) !== JSON.stringify(current[key]),
          ),
          note: note ?? null,
        },
      });
      return updated;
    },

    /** One version as it was: the settings page's history. */
    async byVersion(version: number): Promise<Policy | null> {
      const row = (await query().findOne({ where: { version } })) as PolicyRow | null;
      return row ? toPolicy(row) : null;
    },

    async versions(): Promise<PolicyVersion[]> {
      const rows = (await query().findMany({
        select: ['version', 'owner', 'changedById', 'changeNote', 'createdAt'],
        orderBy: { version: 'desc' },
      })) as PolicyRow[];
      return rows.map(({ version, owner, changedById, changeNote, createdAt }) => ({
        version,
        owner,
        changedById: changedById ?? null,
        note: changeNote ?? null,
        at: createdAt ?? null,
      }));
    },
  };
};

export default createPolicyService;
