import { checkApproval } from '../approval';
import { contentHash } from '../content-hash';
import { evaluate } from '..';
import { NOW, policy, post, record } from './fixtures';

describe('approval (rules 4 and 7)', () => {
  const snapshot = post();
  const hash = contentHash(snapshot);

  it('passes with an approval of the current content by another person', () => {
    expect(checkApproval(snapshot, record(snapshot), policy(), hash)).toMatchObject({ status: 'pass' });
    expect(evaluate({ post: snapshot, policy: policy(), record: record(snapshot), now: NOW }).compliant).toBe(
      true,
    );
  });

  // Rules 4 and 7, "ensure the moderator takes a moment privately before they respond publicly": a second
  // person approves. Author, submitter and attester are three different people here, so each exclusion
  // is tested on its own: approval by any one of them does not count, by a fourth person it does.
  const AUTHOR = 11;
  const SUBMITTER = 12;
  const ATTESTER = 13;
  const REVIEWER = 14;
  const threePeople = post({ authorId: AUTHOR });
  const threeHash = contentHash(threePeople);
  const approvedBy = (userId: number) => ({
    ...record(threePeople),
    submittedById: SUBMITTER,
    attestation: { ...record(threePeople).attestation!, userId: ATTESTER },
    approvals: [{ ...record(threePeople).approvals![0], userId }],
  });

  it.each([
    ['the author', AUTHOR],
    ['the submitter', SUBMITTER],
    ['the attester', ATTESTER],
  ])('does not count an approval by %s, who is neither of the other two', (_who, userId) => {
    expect(checkApproval(threePeople, approvedBy(userId), policy(), threeHash)).toMatchObject({
      status: 'fail',
      id: 'approval.missing',
    });
  });

  it('counts an approval by a fourth person, who did not write, submit or attest the post', () => {
    expect(checkApproval(threePeople, approvedBy(REVIEWER), policy(), threeHash)).toMatchObject({
      status: 'pass',
      id: 'approval',
    });
  });

  it('does not count an approval of older content', () => {
    const edited = post({ body: 'Changed after approval.' });
    const result = checkApproval(edited, record(snapshot), policy(), contentHash(edited));
    expect(result).toMatchObject({ status: 'fail', id: 'approval.missing' });
    expect(result.message).toContain('changed after it was approved');
  });

  it('needs as many distinct approvers as the policy asks', () => {
    const two = policy({ approvalsRequired: 2 });
    const approval = record(snapshot).approvals![0];
    expect(checkApproval(snapshot, { approvals: [approval, approval] }, two, hash)).toMatchObject({
      status: 'fail',
    });
    expect(
      checkApproval(snapshot, { approvals: [approval, { ...approval, userId: 3 }] }, two, hash),
    ).toMatchObject({ status: 'pass' });
  });
});

// Mutants that lived in the mutation run of 2026-11-30 15:39 UTC (issue 15) and that no test can tell apart:
// - approval.ts:16 `.filter(typeof id === 'number')` removed: only null/undefined are added to the excluded
//   set, and an approval's userId is always a number (services/review.ts signs it with user.id), never equal
//   to them.
// - approval.ts:17 `typeof id === 'number'` → `true`: the same as removing the filter.
// - approval.ts:21 `record?.approvals ?? []` → `['Stryker was here']`: a string's contentHash is undefined,
//   never the post's hash (a string), so it is filtered out.
// - approval.ts:41 `stale.at(-1)?.manifest` → `.manifest`: reached only when stale.length > 0, so at(-1) is
//   an approval (a null entry would already throw in countingApprovals).
