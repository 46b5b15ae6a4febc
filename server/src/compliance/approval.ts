// Rules 4 and 7: a second person, with the review permission, approves exactly this content before it
// goes out; never the author or the attester.
import type { Approval, CheckResult, ComplianceRecordSnapshot, PostSnapshot } from './types';
import type { Policy } from './policy';
import { describeChanges, joinChanges, type ContentManifest } from './content-hash';

const RULE = 4;

/** The approvals that count: for this content hash, each from a different person who did not write or attest it. */
export const countingApprovals = (
  post: PostSnapshot,
  record: ComplianceRecordSnapshot | null | undefined,
  contentHash: string,
): Approval[] => {
  const excluded = new Set(
    [post.authorId, record?.submittedById, record?.attestation?.userId].filter(
      (id): id is number => typeof id === 'number',
    ),
  );
  const seen = new Set<number>();
  return (record?.approvals ?? []).filter((approval) => {
    if (approval.contentHash !== contentHash || excluded.has(approval.userId) || seen.has(approval.userId))
      return false;
    seen.add(approval.userId);
    return true;
  });
};

export const checkApproval = (
  post: PostSnapshot,
  record: ComplianceRecordSnapshot | null | undefined,
  policy: Policy,
  contentHash: string,
  /** The post's manifest, computed only when a stale one has to say what changed. */
  manifestOf?: () => ContentManifest,
): CheckResult => {
  const approvals = countingApprovals(post, record, contentHash);
  const missing = policy.approvalsRequired - approvals.length;
  if (missing > 0) {
    const stale = (record?.approvals ?? []).filter((approval) => approval.contentHash !== contentHash);
    const changes = manifestOf && stale.length ? describeChanges(stale.at(-1)?.manifest, manifestOf()) : [];
    return {
      id: 'approval.missing',
      rule: RULE,
      status: 'fail',
      message:
        (changes.length
          ? `The post changed after it was approved: ${joinChanges(changes)} after approval. `
          : stale.length
            ? 'The post changed after it was approved. '
            : '') +
        `It needs ${missing} more approval${missing > 1 ? 's' : ''} from a reviewer other than its author.`,
    };
  }
  return {
    id: 'approval',
    rule: RULE,
    status: 'pass',
    message: `Approved by ${approvals.map((approval) => approval.userLabel ?? `user ${approval.userId}`).join(', ')}.`,
  };
};
