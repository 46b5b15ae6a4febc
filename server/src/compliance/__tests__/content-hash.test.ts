import { canonicalJson, contentHash, contentManifest, describeChanges, joinChanges } from '../content-hash';
import { evaluate } from '..';
import { NOW, policy, post } from './fixtures';
import type { MediaFile, PostSnapshot } from '../types';

const clinic = (overrides: Partial<MediaFile> = {}): MediaFile => ({
  id: 7,
  name: 'clinic.jpg',
  alternativeText: 'The main atrium',
  caption: null,
  url: '/uploads/clinic_a1b2.jpg',
  mime: 'image/jpeg',
  hash: 'clinic_a1b2',
  updatedAt: '2026-11-28T09:00:00.000Z',
  size: 120.5,
  formats: {
    thumbnail: {
      hash: 'thumbnail_clinic_a1b2',
      url: '/uploads/thumbnail_clinic_a1b2.jpg',
      size: 8.1,
      mime: 'image/jpeg',
    },
  },
  ...overrides,
});

const withImage = (file: MediaFile, overrides: Partial<PostSnapshot> = {}) =>
  post({
    media: [file],
    attributions: [
      {
        kind: 'image',
        licence: 'own-work',
        media: file,
        rightsHolder: 'Riverside Health',
        creditLine: '© Riverside Health',
      },
    ],
    ...overrides,
  });

describe('the content hash covers what a follower sees', () => {
  const base = withImage(clinic());

  it.each<[string, PostSnapshot]>([
    [
      'the file bytes (same id, replaced in the Media Library)',
      withImage(clinic({ hash: 'clinic_ffff', size: 99 })),
    ],
    ['the file url', withImage(clinic({ url: '/uploads/other.jpg' }))],
    ['the file size', withImage(clinic({ size: 121 }))],
    ['the mime type', withImage(clinic({ mime: 'image/png' }))],
    ['the width (same hash, url and size)', withImage(clinic({ width: 800 }))],
    [
      'the row written again in the Media Library',
      withImage(clinic({ updatedAt: '2026-11-29T09:00:00.000Z' })),
    ],
    [
      "a format's bytes",
      withImage(
        clinic({
          formats: { thumbnail: { hash: 'x', url: '/uploads/x.jpg', size: 8.1, mime: 'image/jpeg' } },
        }),
      ),
    ],
    ['the alt text', withImage(clinic({ alternativeText: 'A ward' }))],
    ['the caption', withImage(clinic({ caption: 'Ward 7' }))],
    [
      "the template's approved wording",
      post({ template: { documentId: 't1', name: 'Flu', body: 'Get vaccinated', approved: true, qa: [] } }),
    ],
  ])('%s', (_what, changed) => {
    const reference =
      _what === "the template's approved wording"
        ? post({
            template: { documentId: 't1', name: 'Flu', body: 'Get your flu jab', approved: true, qa: [] },
          })
        : base;
    expect(contentHash(changed)).not.toBe(contentHash(reference));
  });

  it('is the same for the same content, whatever the order of keys or a decimal read as text', () => {
    expect(contentHash(withImage(clinic({ size: '120.5' })))).toBe(contentHash(base));
    expect(contentHash(withImage(clinic({ file: 1 } as never)))).toBe(contentHash(base));
  });

  // Rule 4, a second person "approves exactly this content": the same content written with its keys in
  // another order is the same content. 4294967295 looks like an array index but is one more than the
  // largest, so JavaScript keeps it where it was written: the canonical text sorts it as text, after "1x".
  it('writes the same values in one text, whatever order their keys were written in, 4294967295 sorted as text', () => {
    const orders: Array<[string, Record<string, string>]> = [
      ['too large an index first', { '4294967295': 'not an index', '1x': 'text' }],
      ['text key first', { '1x': 'text', '4294967295': 'not an index' }],
    ];
    for (const [, values] of orders) {
      expect(canonicalJson(values)).toBe('{"1x":"text","4294967295":"not an index"}');
    }
    const [first, second] = orders.map(([, templateValues]) => contentHash(post({ templateValues })));
    expect(first).toBe(second);
  });

  // PostgreSQL and MariaDB give a file's last change as a Date, SQLite as text, not always in one form: the
  // same instant is the same version, or every approval would stop counting on another database.
  it('reads the same instant as the same version, however the database writes it', () => {
    for (const updatedAt of [
      new Date('2026-11-28T09:00:00.000Z'),
      '2026-11-28T09:00:00Z',
      '2026-11-28T10:00:00+01:00',
    ]) {
      expect(contentHash(withImage(clinic({ updatedAt })))).toBe(contentHash(base));
    }
  });

  it('keeps a version that is no date as written, and a missing one as none', () => {
    const unreadable = contentHash(withImage(clinic({ updatedAt: 'last Tuesday' })));
    expect(unreadable).not.toBe(contentHash(base));
    expect(unreadable).not.toBe(contentHash(withImage(clinic({ updatedAt: 'last Wednesday' }))));
    const none = contentHash(withImage(clinic({ updatedAt: undefined })));
    expect(none).not.toBe(contentHash(base));
    expect(contentHash(withImage(clinic({ updatedAt: null })))).toBe(none);
    expect(contentHash(withImage(clinic({ updatedAt: '' })))).toBe(none);
  });

  // Strapi stores `formats: null` for a file it makes no resized versions of (a PDF, a video).
  it('hashes a file without resized versions alike, whether its formats are null, empty or missing', () => {
    const leaflet = (formats: MediaFile['formats']) =>
      contentHash(withImage(clinic({ mime: 'application/pdf', formats })));
    expect(leaflet(null)).toBe(leaflet({}));
    expect(leaflet(undefined)).toBe(leaflet({}));
    expect(leaflet({ thumbnail: null } as never)).toBe(leaflet({}));
    // Nor has it a width or height: null, as Strapi stores them, is no dimension, like a missing one.
    const sized = (width: number | null | undefined) =>
      contentHash(withImage(clinic({ mime: 'application/pdf', formats: null, width, height: width })));
    expect(sized(null)).toBe(sized(undefined));
    expect(sized(null)).not.toBe(sized(0));
  });

  // Rule 4: an approval stops counting only when what a follower sees changes. A format entry that is no
  // object (a damaged row: text or a number where Strapi writes a resized file) is no file anyone sees.
  it('hashes a format entry that is not a file like no format at all', () => {
    const withFormats = (formats: unknown) => contentHash(withImage(clinic({ formats: formats as never })));
    const cases: Array<[string, unknown]> = [
      ['text', { thumbnail: 'thumbnail_clinic_a1b2.jpg' }],
      ['a number', { thumbnail: 8 }],
      ['true', { thumbnail: true }],
    ];
    for (const [, formats] of cases) expect(withFormats(formats)).toBe(withFormats({}));
  });

  it('says which file was replaced after approval, and the approval stops counting', () => {
    const approvedManifest = contentManifest(base);
    const replaced = withImage(clinic({ hash: 'clinic_ffff', url: '/uploads/clinic_ffff.jpg' }));
    expect(describeChanges(approvedManifest, contentManifest(replaced))).toEqual([
      'the image clinic.jpg was replaced',
    ]);

    const hash = contentHash(base);
    const evaluation = evaluate({
      post: replaced,
      policy: policy(),
      now: NOW,
      record: {
        submittedById: 1,
        attestation: {
          userId: 1,
          at: NOW.toISOString(),
          wordingVersion: 1,
          contentHash: hash,
          manifest: approvedManifest,
        },
        approvals: [
          {
            userId: 2,
            at: NOW.toISOString(),
            contentHash: hash,
            manifest: approvedManifest,
            policyVersion: 3,
            policyOwner: 'x',
          },
        ],
        overrides: [],
      },
    });
    expect(evaluation.compliant).toBe(false);
    const messages = evaluation.checks.map((check) => check.message).join(' ');
    expect(messages).toContain('the image clinic.jpg was replaced after approval');
    expect(messages).toContain('changed after it was attested (the image clinic.jpg was replaced)');
  });

  it('names each kind of change', () => {
    const before = contentManifest(base);
    const after = contentManifest(
      withImage(clinic({ alternativeText: 'Ward' }), {
        body: 'Other text',
        media: [clinic({ alternativeText: 'Ward' }), { id: 9, name: 'logo.png', mime: 'image/png' }],
      }),
    );
    expect(joinChanges(describeChanges(before, after))).toBe(
      'the alt text of the image clinic.jpg was changed, the image logo.png was added and the text was edited',
    );
    expect(describeChanges(before, contentManifest(post()))).toEqual(
      expect.arrayContaining(['the image clinic.jpg was removed', 'the attributions were changed']),
    );
    expect(describeChanges(undefined, before)).toEqual([]);
    expect(
      describeChanges(before, contentManifest(withImage(clinic({ updatedAt: '2026-11-30T00:00:00Z' })))),
    ).toEqual(['the image clinic.jpg was changed in the Media Library']);
  });
});

// Mutants that lived in the mutation run of 2026-11-30 15:39 UTC (issue 15) and that no test can tell apart:
// - content-hash.ts:18 `indices < keys.length` → `true`: at indices === keys.length, keys[indices] is
//   undefined and ARRAY_INDEX.test(undefined) tests the text "undefined", false: the loop stops at the same
//   index.
// - content-hash.ts:18 `indices < keys.length` → `<=`: the same: one step past the end reads undefined, which
//   is no array index.
// - content-hash.ts:19 `indices === 0` → `false`: with no index key, line 20 gives `keys.slice(0,
//   0).concat(keys.slice(0).sort())` (or the empty keys), the same sorted list.
// - content-hash.ts:20 `indices === keys.length` → `false`: with every key an index, `keys.slice(0,
//   n).concat([].sort())` is the same list.
// - content-hash.ts:38 `case 'boolean':` emptied: it falls through to `case 'bigint'`, and
//   JSON.stringify(true/false) is 'true'/'false', the same text.
// - content-hash.ts:60 `default:` emptied: the switch ends and the function returns undefined anyway.
// - content-hash.ts:92 `typeof file.formats === 'object'` → `true`: a truthy non-object from a JSON column is
//   text, a number or true; Object.entries gives character entries (which line 93 drops) or none
//   (SURVIVORS.md's explanation still holds).
// - content-hash.ts:164 `post.media[index]?.name` → `.name`: the index comes from mapping the same array
//   (hashed.media = post.media.map), so post.media[index] is the entry mediaForm already read (SURVIVORS.md).
// - content-hash.ts:204 `post.attributions ?? []` → `['Stryker was here']`: a string has no `media`, and
//   add(undefined) returns at once.
// - content-hash.ts:248 `typeof before !== 'object'` → `false`: a stored manifest that is no object is text,
//   a number or true: none has `parts`, refused by the same line (SURVIVORS.md).
