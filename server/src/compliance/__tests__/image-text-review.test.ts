import { evaluate, phiFindings, scanFields } from '..';
import {
  checkImageText,
  imagePhiFindings,
  postImages,
  unreadableFingerprint,
  type ImageReading,
} from '../image-text';
import { NOW, policy, post, record } from './fixtures';
import { override, read, unreadable } from './image-readings';

// Rule 9, "staff cannot release confidential information about patients and the hospital or provider
// without authority", in pictures: the reviewer sees each reading next to the picture it was read from,
// and a reviewer's authority (an override) covers the one finding it was given for, nothing else.

const photo = (id: number) => ({ id, name: `photo-${id}.jpg`, url: `/uploads/photo-${id}.jpg` });

const reading = (path: string, overrides: Partial<ImageReading> = {}): ImageReading => ({
  path,
  name: 'picture.jpg',
  status: 'read',
  contentHash: 'abc',
  text: '',
  ...overrides,
});

describe('the picture each reading is drawn against (rule 9, review screen)', () => {
  // The post holds files 1 and 2 in its media, file 7 on its first attribution, nothing on its second.
  const withPictures = post({
    media: [photo(1), photo(2)],
    attributions: [
      { kind: 'image', licence: 'own-work', creditLine: '© Riverside Health', media: photo(7) },
      { kind: 'text', licence: 'own-work', creditLine: '© Riverside Health' },
    ],
  });

  it('is the file the reading’s path names, and no picture at all for a path that names none', () => {
    const TABLE: [path: string, fileId: number | null][] = [
      ['media.0', 1],
      ['media.1', 2],
      ['attributions.0.media', 7],
      ['attributions.0', null], // an attribution is not a picture
      ['media.0.media', null], // media files hold no media
      ['media.1.url', null],
      ['attributions.1.media', null], // the attribution has no picture
      ['attributions.5.media', null], // a reading left from an attribution since removed
      ['media.9', null],
      ['caption.0', null],
    ];
    const drawn = postImages(
      withPictures,
      TABLE.map(([path]) => reading(path)),
    );
    expect(drawn.map((image) => [image.path, image.fileId])).toEqual(
      TABLE.filter(([, fileId]) => fileId !== null),
    );
  });

  it('draws no picture of an attribution for a content type without attributions', () => {
    const { attributions: _none, ...rest } = withPictures;
    expect(postImages(rest, [reading('attributions.0.media'), reading('media.0')])).toEqual([
      expect.objectContaining({ path: 'media.0', fileId: 1 }),
    ]);
  });

  it('says why a picture could not be read only for a picture that could not be read', () => {
    const TABLE: [status: ImageReading['status'], reason: string | undefined, shown: string | null][] = [
      ['failed', 'the picture is damaged', 'the picture is damaged'],
      ['failed', undefined, null],
      ['read', 'timed out last night', null], // read since: the old reason no longer holds
      ['pending', 'timed out last night', null],
    ];
    for (const [status, reason, shown] of TABLE) {
      const [image] = postImages(withPictures, [reading('media.0', { status, reason })]);
      expect([status, reason, image.reason]).toEqual([status, reason, shown]);
    }
  });
});

describe('a reviewer’s authority covers one finding of a picture (rule 9)', () => {
  it('allows the name it was given for; another patient’s name in another picture still fails', () => {
    const maria = read('Patient: Maria Gonzalez');
    const john = { ...read('Patient: John Smith', 'board.jpg'), path: 'media.1' };
    const [mariaFinding] = imagePhiFindings([maria], policy());
    const results = checkImageText([maria, john], policy(), [override(mariaFinding.fingerprint)]);
    expect(results.map((result) => [result.id, result.status, result.path])).toEqual([
      ['phi.overridden', 'warn', 'media.0'],
      ['phi.identifier', 'fail', 'media.1'],
    ]);
  });

  it('counts an unreadable picture as accepted only by the acceptance given for that picture', () => {
    const scan = unreadable();
    const other = unreadable({ path: 'media.2', name: 'board.png', contentHash: 'b4d' });
    const findings = imagePhiFindings([scan, other], policy(), [
      override(unreadableFingerprint(scan), { reason: 'Checked by eye: a landscape', category: 'image' }),
    ]);
    expect(findings.map((finding) => [finding.text, finding.override?.reason ?? null])).toEqual([
      ['scan.jpg', 'Checked by eye: a landscape'],
      ['board.png', null],
    ]);
  });

  it('evaluate() applies the record’s overrides to the post’s text and to its pictures alike', () => {
    const snapshot = post({ body: 'Patient: Maria Gonzalez thanks the ward.' });
    const images = [{ ...read('Patient: John Smith'), path: 'media.0' }];
    const [textFinding] = phiFindings(scanFields(snapshot, policy()));
    const [pictureFinding] = imagePhiFindings(images, policy());
    const overridden = {
      ...record(snapshot),
      overrides: [
        override(textFinding.fingerprint),
        override(pictureFinding.fingerprint, { text: 'John Smith' }),
      ],
    };
    const phi = (rec: typeof overridden) =>
      evaluate({ post: snapshot, policy: policy(), record: rec, now: NOW, images })
        .checks.filter((check) => check.id.startsWith('phi.'))
        .map((check) => [check.id, check.status, check.path]);
    expect(phi({ ...overridden, overrides: [] })).toEqual([
      ['phi.identifier', 'fail', 'body'],
      ['phi.identifier', 'fail', 'media.0'],
    ]);
    expect(phi(overridden)).toEqual([
      ['phi.overridden', 'warn', 'body'],
      ['phi.overridden', 'warn', 'media.0'],
    ]);
  });
});

describe('a picture read with no text (rule 9)', () => {
  // Nothing read, nothing found: the scanner never sees text the picture does not hold, whatever record
  // number format the policy gives (here also one made of letters only, which any word would match).
  it('shows no patient information, so it blocks nothing', () => {
    const TABLE: [format: string, mrnPatterns: string[]][] = [
      ['no record number format', []],
      ['a record number of digits', ['RH-\\d{6}']],
      ['a record number of letters', ['[A-Z][a-z]+']],
    ];
    for (const [format, mrnPatterns] of TABLE) {
      const blank: ImageReading = { path: 'media.0', name: 'sunset.jpg', status: 'read', contentHash: 'abc' };
      expect([format, checkImageText([blank], policy({ mrnPatterns }))]).toEqual([format, []]);
    }
  });
});

// Survivors judged equivalent (issue 15, Stryker run of 15:39 UTC), in SURVIVORS.md's style:
// - image-text.ts:83 and :123, `overrides = []` → `["Stryker was here"]`: a string's `.fingerprint` is undefined
//   and every fingerprint compared to it (`image-unreadable:…`, a sha256 hex) is a string: nothing is found.
// - image-text.ts:104 `reading.text ?? ''` → `"Stryker was here!"` (no coverage): the fallback is reached only
//   for a finding of a reading without text, and scanning '' finds nothing (empty matches are skipped).
// - index.ts:19 `images = []` → `["Stryker was here"]`: a string has no status, so it is neither pending,
//   failed nor read: no check, no finding.
// - index.ts:33 and :34 `record?.overrides ?? []` → `?? ["Stryker was here"]`: as image-text.ts:83.
// - composition.ts:7 `post.attributions ?? []` → `?? ["Stryker was here"]`: a string has no creditLine nor
//   trademarks, so its credit is '' and is filtered out: no credits either way.
