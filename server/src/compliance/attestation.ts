// Rule 9: patient confidentiality: the author attests that no patient information is in this exact
// content, under the wording of the policy in force.
import type { CheckId } from '../../../shared/constants';
import type { CheckResult, ComplianceRecordSnapshot } from './types';
import type { Policy } from './policy';
import { describeChanges, joinChanges, type ContentManifest } from './content-hash';

const RULE = 9;

export const checkAttestation = (
  record: ComplianceRecordSnapshot | null | undefined,
  policy: Policy,
  contentHash: string,
  /** The post's manifest, computed only when a stale one has to say what changed. */
  manifestOf?: () => ContentManifest,
): CheckResult => {
  const attestation = record?.attestation;
  const fail = (id: CheckId, message: string): CheckResult => ({ id, rule: RULE, status: 'fail', message });

  if (!attestation) {
    return fail(
      'attestation.missing',
      'Attest that the post contains no patient information before it can be published.',
    );
  }
  if (attestation.wordingVersion !== policy.attestation.version) {
    return fail(
      'attestation.wording',
      `The confidentiality statement changed (now version ${policy.attestation.version}); attest again under the new wording.`,
    );
  }
  if (attestation.contentHash !== contentHash) {
    const changes = manifestOf ? describeChanges(attestation.manifest, manifestOf()) : [];
    return fail(
      'attestation.stale',
      changes.length
        ? `The post changed after it was attested (${joinChanges(changes)}); attest again for the current content.`
        : 'The post changed after it was attested; attest again for the current content.',
    );
  }
  return {
    id: 'attestation',
    rule: RULE,
    status: 'pass',
    message: `Attested by ${attestation.userLabel ?? `user ${attestation.userId}`} on ${attestation.at.slice(0, 10)}.`,
  };
};
