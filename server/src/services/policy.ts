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

const createPolicyService = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query(UID.policy);

  const latest = async (): Promise<PolicyRow | null> =>
    (await query().findOne({ orderBy: { version: 'desc' } })) as PolicyRow | null;

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
    /** The policy in force; version 1 with the defaults is written on first use. */
    async current(): Promise<Policy> {
      const row = (await latest()) ?? (await insertVersion(DEFAULT_POLICY, 1)) ?? (await latest());
      if (!row) throw new errors.ApplicationError('The social media policy could not be loaded.');
      return toPolicy(row);
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
