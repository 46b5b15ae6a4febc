import { checkApproval } from '../approval';
import { checkAttestation } from '../attestation';
import { checkChannelLimits } from '../channel-limits';
import { contentHash } from '../content-hash';
import { checkPersonalChannels } from '../personal-channel';
import { NOW, policy, post, record } from './fixtures';
import { evaluate } from '..';

// DESIGN, errors: "a sentence a person can act on". Each check's sentence, written out: what is wrong,
// where, and what to do; and the boundaries each rule draws.
describe('what each check tells the editor', () => {
  const snapshot = post();
  const hash = contentHash(snapshot);

  describe('attestation (rule 9)', () => {
    it('says who attested and when, or what to do', () => {
      const attested = record(snapshot);
      expect(checkAttestation(attested, policy(), hash)).toEqual({
        id: 'attestation',
        rule: 9,
        status: 'pass',
        message: 'Attested by user 1 on 2026-11-28.',
      });
      const labelled = { ...attested, attestation: { ...attested.attestation!, userLabel: 'Eddie Editor' } };
      expect(checkAttestation(labelled, policy(), hash).message).toBe(
        'Attested by Eddie Editor on 2026-11-28.',
      );
      expect(checkAttestation(null, policy(), hash)).toEqual({
        id: 'attestation.missing',
        rule: 9,
        status: 'fail',
        message: 'Attest that the post contains no patient information before it can be published.',
      });
      expect(
        checkAttestation(attested, policy({ attestation: { version: 2, wording: 'New' } }), hash),
      ).toEqual({
        id: 'attestation.wording',
        rule: 9,
        status: 'fail',
        message: 'The confidentiality statement changed (now version 2); attest again under the new wording.',
      });
      expect(checkAttestation(attested, policy(), 'other')).toEqual({
        id: 'attestation.stale',
        rule: 9,
        status: 'fail',
        message: 'The post changed after it was attested; attest again for the current content.',
      });
    });
  });

  describe('approval (rules 4 and 7)', () => {
    it('says who approved, or how many approvals are missing, and that the post changed since', () => {
      const approved = record(snapshot);
      expect(checkApproval(snapshot, approved, policy(), hash)).toEqual({
        id: 'approval',
        rule: 4,
        status: 'pass',
        message: 'Approved by user 2.',
      });
      const two = {
        ...approved,
        approvals: [
          { ...approved.approvals![0], userLabel: 'Rita Reviewer' },
          { ...approved.approvals![0], userId: 3, userLabel: 'Sam Second' },
        ],
      };
      expect(checkApproval(snapshot, two, policy({ approvalsRequired: 2 }), hash).message).toBe(
        'Approved by Rita Reviewer, Sam Second.',
      );
      expect(checkApproval(snapshot, { approvals: [] }, policy(), hash)).toEqual({
        id: 'approval.missing',
        rule: 4,
        status: 'fail',
        message: 'It needs 1 more approval from a reviewer other than its author.',
      });
      expect(checkApproval(snapshot, null, policy({ approvalsRequired: 2 }), hash).message).toBe(
        'It needs 2 more approvals from a reviewer other than its author.',
      );
      expect(checkApproval(snapshot, approved, policy({ approvalsRequired: 2 }), hash).message).toBe(
        'It needs 1 more approval from a reviewer other than its author.',
      );
      expect(checkApproval(snapshot, approved, policy(), 'other').message).toBe(
        'The post changed after it was approved. It needs 1 more approval from a reviewer other than its author.',
      );
    });

    it('needs no approval when the policy asks for none, and more than enough still passes', () => {
      expect(checkApproval(snapshot, null, policy({ approvalsRequired: 0 }), hash).status).toBe('pass');
      const three = {
        approvals: [2, 3, 4].map((userId) => ({ ...record(snapshot).approvals![0], userId })),
      };
      expect(checkApproval(snapshot, three, policy({ approvalsRequired: 2 }), hash).status).toBe('pass');
    });
  });

  describe('channels (rule 4)', () => {
    it('says by how much a post is too long, counting the credits, and passes one exactly at the limit', () => {
      const credit = '\n\n© Riverside Health';
      const atLimit = post({ body: 'a'.repeat(280 - credit.length), channels: ['x'] });
      expect(checkChannelLimits(atLimit, policy())).toEqual([
        { id: 'channels', rule: 4, status: 'pass', message: 'Fits X.' },
      ]);
      expect(checkChannelLimits(post({ ...atLimit, body: `${atLimit.body}bb` }), policy())).toEqual([
        {
          id: 'channels.too-long',
          rule: 4,
          status: 'fail',
          message: 'Too long for X: 282 of 280 characters with the credits; shorten it by 2.',
          path: 'body',
        },
      ]);
      expect(checkChannelLimits(post({ channels: ['x', 'facebook'] }), policy())[0].message).toBe(
        'Fits X, Facebook.',
      );
    });

    it('names the channels the policy allows, and asks for one when none is chosen', () => {
      expect(checkChannelLimits(post({ channels: ['myspace', 'x'] }), policy())).toEqual([
        {
          id: 'channels.unknown',
          rule: 4,
          status: 'fail',
          message:
            '"myspace" is not a channel the policy allows (x, linkedin, facebook, instagram, threads).',
          path: 'channels',
        },
      ]);
      const none = {
        id: 'channels.none',
        rule: 4,
        status: 'fail',
        message: 'Choose at least one channel to post on.',
        path: 'channels',
      };
      expect(checkChannelLimits(post({ channels: [] }), policy())).toEqual([none]);
      expect(checkChannelLimits(post({ channels: null }), policy())).toEqual([none]);
      expect(checkChannelLimits(post({ channels: undefined }), policy())).toEqual([]);
    });
  });

  describe('personal channels (rule 6)', () => {
    const staff = policy({
      channels: {
        ...policy().channels,
        'staff-x': { label: 'Staff X', maxLength: 280, personal: true },
        'staff-linkedin': { label: 'Staff LinkedIn', maxLength: 3000, personal: true },
      },
      disclaimer: '  Views are my own.  ',
    });

    it('names the personal channels and the disclaimer to add', () => {
      expect(checkPersonalChannels(post({ channels: ['staff-x', 'x', 'staff-linkedin'] }), staff)).toEqual([
        {
          id: 'disclaimer.missing',
          rule: 6,
          status: 'fail',
          message:
            'Staff X, Staff LinkedIn is a personal channel: add the disclaimer "Views are my own." to the post.',
          path: 'body',
        },
      ]);
    });

    it('accepts the disclaimer in any case and spacing, and asks nothing when the policy has none', () => {
      const pass = [
        { id: 'disclaimer', rule: 6, status: 'pass', message: 'Carries the personal-channel disclaimer.' },
      ];
      expect(
        checkPersonalChannels(post({ channels: ['staff-x'], body: 'Proud. VIEWS ARE\nMY OWN.' }), staff),
      ).toEqual(pass);
      expect(checkPersonalChannels(post({ channels: ['staff-x'] }), { ...staff, disclaimer: '  ' })).toEqual(
        pass,
      );
      expect(checkPersonalChannels(post({ channels: null }), staff)).toEqual([]);
    });
  });

  it('evaluate: compliant when every check passes or warns, and not when one fails', () => {
    const lexicon = policy({ lexicon: [{ term: 'flu', severity: 'warn' }] });
    const warned = evaluate({ post: snapshot, policy: lexicon, record: record(snapshot), now: NOW });
    expect(warned.checks.some((check) => check.status === 'warn')).toBe(true);
    expect(warned.compliant).toBe(true);
    expect(warned.contentHash).toBe(hash);
    expect(warned.checks.map((check) => check.id)).toEqual([
      'attribution',
      'attestation',
      'template',
      'topics.off-limits', // "Flu" in the title
      'topics.off-limits', // "flu" in the body
      'channels',
      'phi',
      'approval',
    ]);
  });
});
