// One definition of "compliant": the publish gate, the side panel, the review queue and the scheduler
// all call evaluate(). Pure: plain data in, check results out.
import { checkApproval } from './approval';
import { checkAttestation } from './attestation';
import { checkAttribution } from './attribution';
import { checkChannelLimits } from './channel-limits';
import { contentHash, contentManifest, type ContentManifest } from './content-hash';
import { checkMessageTemplate } from './message-template';
import { checkPersonalChannels } from './personal-channel';
import { checkImageText } from './image-text';
import { checkPatientConsent } from './patient-consent';
import { checkPhi, phiFindings } from './phi';
import { checkRestrictedTopics } from './restricted-topics';
import { scanFields } from './scanned-fields';
import type { Evaluation, EvaluationInput, FieldScan } from './types';

/** `scans` lets a caller that quotes the findings too scan the post once. */
export const evaluate = (
  { post, policy, record, now, images = [] }: EvaluationInput,
  scans: FieldScan[] = scanFields(post, policy),
): Evaluation => {
  const hash = contentHash(post);
  // Only a stale attestation or approval says what changed; a compliant post never needs the manifest.
  let manifest: ContentManifest | undefined;
  const manifestOf = () => (manifest ??= contentManifest(post));
  const checks = [
    ...checkAttribution(post, policy, now),
    checkAttestation(record, policy, hash, manifestOf),
    ...checkMessageTemplate(post, policy, now),
    ...checkRestrictedTopics(scans),
    ...checkPersonalChannels(post, policy),
    ...checkChannelLimits(post, policy),
    ...checkPhi(phiFindings(scans, record?.overrides ?? [])),
    ...checkImageText(images, policy, record?.overrides ?? []),
    ...checkPatientConsent(post),
    checkApproval(post, record, policy, hash, manifestOf),
  ];
  return { compliant: checks.every((check) => check.status !== 'fail'), contentHash: hash, checks };
};

export { contentHash, contentManifest, contentSnapshot, describeChanges, joinChanges } from './content-hash';
export type { ContentManifest } from './content-hash';
export { phiFindings } from './phi';
export { imagePhiFindings, postImages, unreadableFingerprint, type ImageReading } from './image-text';
export { scanFields } from './scanned-fields';
export { liveChecklist } from './live-checklist';
export { countingApprovals } from './approval';
export { composeText, credits } from './composition';
export { renderTemplate, parseTemplate } from './message-template';
export { measure } from './channel-limits';
export * from './types';
export * from './policy';
