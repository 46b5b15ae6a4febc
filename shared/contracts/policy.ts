// The social media policy (rule 2): versioned, edited by its owner.
import type { Policy, PolicySettings } from '../../server/src/compliance/policy';

export type { Policy };

/** What the policy owner edits: the attestation's version follows from its wording. */
export type PolicyInput = Omit<PolicySettings, 'attestation'> & { attestation: { wording: string } };

export interface PolicyVersion {
  version: number;
  owner: string;
  changedById: number | null;
  note: string | null;
  at: string | null;
}

/** GET /social-compliance/policy: the policy in force. */
export interface GetPolicy {
  response: { data: Policy };
}

/** GET /social-compliance/policy/versions */
export interface GetPolicyVersions {
  response: { data: PolicyVersion[] };
}

/** GET /social-compliance/policy/versions/:version: that version as it was. */
export interface GetPolicyVersion {
  params: { version: string };
  response: { data: Policy };
}

/** PUT /social-compliance/policy: a new version; `expectedVersion` guards a change made meanwhile. */
export interface UpdatePolicy {
  body: { expectedVersion: number; note?: string; policy: PolicyInput };
  response: { data: Policy };
}
