import { checkAttestation } from '../attestation';
import { contentHash } from '../content-hash';
import { policy, post, record } from './fixtures';

describe('attestation (rule 9)', () => {
  const snapshot = post();
  const hash = contentHash(snapshot);

  it('passes an attestation of the current content under the current wording', () => {
    expect(checkAttestation(record(snapshot), policy(), hash)).toMatchObject({ status: 'pass', rule: 9 });
  });

  it('fails without an attestation', () => {
    expect(checkAttestation({}, policy(), hash)).toMatchObject({ status: 'fail', id: 'attestation.missing' });
    expect(checkAttestation(null, policy(), hash)).toMatchObject({ status: 'fail' });
  });

  it('fails a stale attestation: the content changed after it', () => {
    const edited = contentHash(post({ body: `${snapshot.body}!` }));
    expect(checkAttestation(record(snapshot), policy(), edited)).toMatchObject({
      status: 'fail',
      id: 'attestation.stale',
    });
  });

  it('fails an attestation of an older wording version', () => {
    const newer = policy({ attestation: { version: 2, wording: 'New statement' } });
    expect(checkAttestation(record(snapshot, 1), newer, hash)).toMatchObject({
      status: 'fail',
      id: 'attestation.wording',
    });
  });
});

describe('content hash', () => {
  it('changes with any compliance-relevant field and not with key order', () => {
    const base = post();
    const hash = contentHash(base);
    expect(contentHash({ ...base })).toBe(hash);
    expect(contentHash(post({ title: 'Other' }))).not.toBe(hash);
    expect(contentHash(post({ channels: ['x'] }))).not.toBe(hash);
    expect(contentHash(post({ media: [{ id: 3 }] }))).not.toBe(hash);
    expect(contentHash(post({ attributions: [{ licence: 'own-work', creditLine: 'x' }] }))).not.toBe(hash);
    expect(contentHash(post({ templateValues: { date: 'Monday' } }))).not.toBe(hash);
    expect(contentHash(post({ channels: ['facebook', 'x'] }))).toBe(hash);
  });
});
