import { createHash } from 'crypto';

import { canonicalJson, contentHash, contentSnapshot } from '../content-hash';
import type { Attribution, PostSnapshot } from '../types';
import { post } from './fixtures';

// Rules 4 and 9, "the moderator takes a moment privately before they respond publicly" and "staff cannot
// release confidential information ... without authority": an attestation and an approval hold this
// hash, so what was attested and approved is exactly what is published. It must change with every
// field the policy judges, and with nothing else.
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('content hash: each field the policy judges', () => {
  it('is the SHA-256 of the canonical form, written out here: keys sorted, empty values null, channels sorted', () => {
    // Stored attestations and approvals hold hashes of this form: changing it unapproves every post.
    const canonical =
      '{"attributions":[{"creditLine":"© Riverside Health","description":null,"expiresAt":null,' +
      '"justification":null,"kind":"text","licence":"own-work","licenceReference":null,"media":null,' +
      '"rightsHolder":"Riverside Health","sourceUrl":null,"trademarks":null}],' +
      '"body":"Free flu vaccinations at the main atrium this Saturday from 9am. No appointment needed.",' +
      '"category":"event","channels":["facebook","x"],"media":[],"otherText":[],"qa":[],"template":null,' +
      '"templateValues":{},"title":"Flu clinic on Saturday"}';
    expect(contentHash(post())).toBe(sha256(canonical));
  });

  const attribution: Attribution = {
    kind: 'image',
    media: { id: 7, name: 'ward.jpg' },
    description: 'Ward photo',
    rightsHolder: 'Stock Ltd',
    licence: 'licensed',
    sourceUrl: 'https://stock.example/1',
    licenceReference: 'INV-1',
    creditLine: 'Photo: Stock Ltd',
    trademarks: 'TM',
    justification: 'None',
    expiresAt: '2027-01-01',
  };
  const base = post({
    media: [{ id: 7, name: 'ward.jpg', alternativeText: 'A ward', caption: 'Our ward' }],
    attributions: [attribution],
    template: { documentId: 't1', name: 'Flu', body: '[[Hi]]', approved: true, qa: [] },
    templateValues: { date: 'Saturday' },
    qa: [{ question: 'Is it safe?', answer: 'Yes.' }],
    otherText: [{ path: 'summary', text: 'A summary' }],
  });
  const changedAttribution = (field: keyof Attribution, value: unknown) =>
    post({ ...base, attributions: [{ ...attribution, [field]: value }] });

  it.each<[string, PostSnapshot]>([
    ['the title', post({ ...base, title: 'Other' })],
    ['the body', post({ ...base, body: 'Other' })],
    ['other text fields', post({ ...base, otherText: [{ path: 'summary', text: 'Changed' }] })],
    ['the category', post({ ...base, category: 'crisis' })],
    ['the channels', post({ ...base, channels: ['x'] })],
    ['a media file', post({ ...base, media: [{ id: 8, alternativeText: 'A ward', caption: 'Our ward' }] })],
    [
      'a media alternative text',
      post({ ...base, media: [{ id: 7, alternativeText: 'B', caption: 'Our ward' }] }),
    ],
    ['a media caption', post({ ...base, media: [{ id: 7, alternativeText: 'A ward', caption: 'B' }] })],
    ['an attribution kind', changedAttribution('kind', 'logo')],
    ['an attribution media', changedAttribution('media', { id: 8 })],
    ['an attribution description', changedAttribution('description', 'Other')],
    ['an attribution rights holder', changedAttribution('rightsHolder', 'Other')],
    ['an attribution licence', changedAttribution('licence', 'permission')],
    ['an attribution source URL', changedAttribution('sourceUrl', 'https://stock.example/2')],
    ['an attribution licence reference', changedAttribution('licenceReference', 'INV-2')],
    ['an attribution credit line', changedAttribution('creditLine', 'Other')],
    ['an attribution trademark notice', changedAttribution('trademarks', 'Other')],
    ['an attribution justification', changedAttribution('justification', 'Other')],
    ['an attribution expiry', changedAttribution('expiresAt', '2028-01-01')],
    ['the template', post({ ...base, template: { ...base.template!, documentId: 't2' } })],
    ['a template value', post({ ...base, templateValues: { date: 'Sunday' } })],
    ['a Q&A question', post({ ...base, qa: [{ question: 'Is it free?', answer: 'Yes.' }] })],
    ['a Q&A answer', post({ ...base, qa: [{ question: 'Is it safe?', answer: 'No.' }] })],
  ])('changes when %s changes', (_what, changed) => {
    expect(contentHash(changed)).not.toBe(contentHash(base));
  });

  it.each<[string, PostSnapshot]>([
    ['the order of the channels', post({ ...base, channels: ['facebook', 'x'] })],
    ['the author', post({ ...base, authorId: 99 })],
    ['the name of a media file', post({ ...base, media: [{ ...base.media[0], name: 'renamed.jpg' }] })],
    ['the name of the template', post({ ...base, template: { ...base.template!, name: 'Renamed' } })],
  ])('does not change with %s', (_what, same) => {
    expect(contentHash(same)).toBe(contentHash(base));
  });

  it('treats an empty and a missing value alike', () => {
    const empty = post({ ...base, media: [{ id: 7, alternativeText: '', caption: '' }] });
    const missing = post({ ...base, media: [{ id: 7 }] });
    expect(contentHash(empty)).toBe(contentHash(missing));
    const blankQa = post({ ...base, qa: [{ question: '', answer: '' }] });
    expect(contentHash(blankQa)).toBe(contentHash(post({ ...base, qa: [{}] })));
    expect(contentHash(post({ ...base, category: '' }))).toBe(contentHash(post({ ...base, category: null })));
    expect(contentHash(post({ ...base, templateValues: { date: 'Saturday', location: 'the atrium' } }))).toBe(
      contentHash(post({ ...base, templateValues: { location: 'the atrium', date: 'Saturday' } })),
    );
    expect(contentHash(post({ ...base, attributions: undefined }))).toBe(
      contentHash(post({ ...base, attributions: [] })),
    );
    // A governed type without these fields hashes as one with them empty.
    const without = post({
      ...base,
      channels: undefined,
      otherText: undefined,
      templateValues: null,
      qa: undefined,
    });
    expect(contentHash(without)).toBe(
      contentHash(post({ ...base, channels: [], otherText: [], templateValues: {}, qa: [] })),
    );
  });

  it('writes JSON with every object key sorted, at every depth, and arrays in their order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
    expect(canonicalJson({ B: 1, a: 2, _: 3 })).toBe('{"B":1,"_":3,"a":2}');
    expect(canonicalJson([{ y: 1, x: 2 }])).toBe('[{"x":2,"y":1}]');
  });

  // The approval's audit event keeps what was approved, to show it: the hashed content itself, each file
  // with its name (which the hash leaves out), so a reviewer reading the audit knows which file it was.
  it('gives the audit the hashed content with the name of each file', () => {
    const approved = post({
      channels: ['x', 'facebook'],
      attributions: [],
      media: [
        { id: 7, name: 'clinic.jpg', mime: 'image/jpeg', hash: 'clinic_a1b2', alternativeText: 'The atrium' },
        { id: 9 },
      ],
    });
    expect(contentSnapshot(approved)).toEqual({
      title: 'Flu clinic on Saturday',
      body: 'Free flu vaccinations at the main atrium this Saturday from 9am. No appointment needed.',
      otherText: [],
      category: 'event',
      channels: ['facebook', 'x'],
      media: [
        {
          id: 7,
          name: 'clinic.jpg',
          content: {
            hash: 'clinic_a1b2',
            url: null,
            size: null,
            mime: 'image/jpeg',
            width: null,
            height: null,
            formats: {},
          },
          version: null,
          alternativeText: 'The atrium',
          caption: null,
        },
        {
          id: 9,
          name: null,
          content: { hash: null, url: null, size: null, mime: null, width: null, height: null, formats: {} },
          version: null,
          alternativeText: null,
          caption: null,
        },
      ],
      attributions: [],
      template: null,
      templateValues: {},
      qa: [],
    });
  });
});
