import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { UID } from '../constants';
import { DEFAULT_POLICY, type Policy, type PolicySettings } from '../compliance/policy';

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

    async byVersion(version: number): Promise<Policy | null> {
      const row = (await query().findOne({ where: { version } })) as PolicyRow | null;
      return row ? toPolicy(row) : null;
    },

    /**
     * Writes a new version; `expectedVersion` guards against overwriting a change made meanwhile.
     */
    async update(
      settings: PolicySettings,
      { expectedVersion, userId, note }: { expectedVersion: number; userId?: number; note?: string },
    ) {
      const current = await this.current();
      const conflict = () =>
        new errors.ApplicationError(
          `The policy was changed by someone else (now version ${current.version}); reload it and make your change again.`,
        );
      if (current.version !== expectedVersion) throw conflict();
      const row = await insertVersion(settings, expectedVersion + 1, userId, note);
      if (!row) throw conflict();
      return toPolicy(row);
    },
  };
};

export default createPolicyService;
