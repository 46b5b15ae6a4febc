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

  it("does not count the author's, the submitter's or the attester's own approval", () => {
    for (const userId of [1]) {
      const own = { ...record(snapshot), approvals: [{ ...record(snapshot).approvals![0], userId }] };
      expect(checkApproval(snapshot, own, policy(), hash)).toMatchObject({ status: 'fail' });
    }
    const attestedByOther = {
      ...record(snapshot),
      attestation: { ...record(snapshot).attestation!, userId: 5 },
    };
    const approvedByAttester = {
      ...attestedByOther,
      approvals: [{ ...record(snapshot).approvals![0], userId: 5 }],
    };
    expect(checkApproval(snapshot, approvedByAttester, policy(), hash)).toMatchObject({ status: 'fail' });
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
