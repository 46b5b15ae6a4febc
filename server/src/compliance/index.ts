// One definition of "compliant": the publish gate, the side panel, the review queue and the scheduler
// all call evaluate(). Pure: plain data in, check results out.
import { checkApproval } from './approval';
import { checkAttestation } from './attestation';
import { checkAttribution } from './attribution';
import { checkChannelLimits } from './channel-limits';
import { contentHash } from './content-hash';
import { checkMessageTemplate } from './message-template';
import { checkPersonalChannels } from './personal-channel';
import { checkImageText } from './image-text';
import { checkPhi, phiFindings } from './phi';
import { checkRestrictedTopics } from './restricted-topics';
import { scanFields } from './scanned-fields';
import type { Evaluation, EvaluationInput } from './types';

export const evaluate = ({ post, policy, record, now, images = [] }: EvaluationInput): Evaluation => {
  const hash = contentHash(post);
  const scans = scanFields(post, policy);
  const checks = [
    ...checkAttribution(post, policy, now),
    checkAttestation(record, policy, hash),
    ...checkMessageTemplate(post, policy, now),
    ...checkRestrictedTopics(scans),
    ...checkPersonalChannels(post, policy),
    ...checkChannelLimits(post, policy),
    ...checkPhi(phiFindings(scans, record?.overrides ?? [])),
    ...checkImageText(images, policy, record?.overrides ?? []),
    checkApproval(post, record, policy, hash),
  ];
  return { compliant: checks.every((check) => check.status !== 'fail'), contentHash: hash, checks };
};

export { contentHash } from './content-hash';
export { phiFindings } from './phi';
export { imagePhiFindings, unreadableFingerprint, type ImageReading } from './image-text';
export { scanFields } from './scanned-fields';
export { countingApprovals } from './approval';
export { composeText, credits } from './composition';
export { renderTemplate, parseTemplate } from './message-template';
export { measure } from './channel-limits';
export * from './types';
export * from './policy';
