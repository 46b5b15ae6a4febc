import { contentManifest, describeChanges, joinChanges } from '../content-hash';
import type { MediaFile, PostSnapshot } from '../types';
import { post } from './fixtures';

// Rules 4 and 9: an attestation and an approval hold exactly the content they were given for ("the
// moderator takes a moment privately before they respond publicly"); when the post changes after them the
// editor is told what changed, in these words, written out here.
const file = (id: number, overrides: Partial<MediaFile> = {}): MediaFile => ({
  id,
  name: `file-${id}`,
  mime: 'image/jpeg',
  hash: `hash-${id}`,
  url: `/uploads/file-${id}`,
  alternativeText: 'Alt',
  caption: 'Caption',
  updatedAt: '2026-11-28T09:00:00.000Z',
  ...overrides,
});

const TEMPLATE = {
  documentId: 't1',
  name: 'Flu season',
  approved: true,
  body: '[[Get your flu shot.]]',
  qa: [],
};

const base = post({
  otherText: [{ path: 'summary', text: 'Summary' }],
  template: TEMPLATE,
  media: [file(1)],
});
const changed = (overrides: Partial<PostSnapshot>) =>
  describeChanges(contentManifest(base), contentManifest({ ...base, ...overrides }));

describe('what changed since an attestation or approval (rules 4 and 9)', () => {
  it.each<[string, Partial<PostSnapshot>, string]>([
    ['the title', { title: 'Other title' }, 'the title was edited'],
    ['the body', { body: 'Other body' }, 'the text was edited'],
    ['another text field', { otherText: [{ path: 'summary', text: 'Other' }] }, 'a text field was edited'],
    ['the category', { category: 'patient-story' }, 'the category was changed'],
    ['the channels', { channels: ['linkedin'] }, 'the channels were changed'],
    ['the attributions', { attributions: [] }, 'the attributions were changed'],
    [
      'the template',
      { template: { ...TEMPLATE, body: '[[Get a flu shot.]]' } },
      'the template or its approved wording was changed',
    ],
    ['the template values', { templateValues: { date: 'Monday' } }, "the template's values were changed"],
    ['the Q&A', { qa: [{ question: 'Does it hurt?', answer: 'Briefly.' }] }, 'the Q&A was changed'],
  ])('names a change of %s', (_part, overrides, phrase) => {
    expect(changed(overrides)).toEqual([phrase]);
  });

  it('names each change of a file by its kind and name, or its id', () => {
    const files = [
      file(1),
      file(2, { mime: 'video/mp4', name: 'tour.mp4' }),
      file(3, { mime: 'audio/mpeg', name: 'jingle.mp3' }),
      file(4, { mime: 'application/pdf', name: 'leaflet.pdf' }),
      file(5, { name: null }),
      file(6, { mime: null, name: 'unknown' }),
    ];
    const before = { ...base, media: files };
    const after = {
      ...base,
      media: [
        file(1, { caption: 'Another caption' }),
        file(2, { mime: 'video/mp4', name: 'tour.mp4', hash: 'other' }),
        file(3, { mime: 'audio/mpeg', name: 'jingle.mp3', alternativeText: 'Other alt' }),
        file(4, { mime: 'application/pdf', name: 'leaflet.pdf', hash: 'other', caption: 'Other' }),
        file(6, { mime: null, name: 'unknown', updatedAt: '2026-11-29T09:00:00.000Z' }),
        file(8, { mime: 'image/png', name: 'logo.png' }),
      ],
    };
    expect(describeChanges(contentManifest(before), contentManifest(after))).toEqual([
      'the caption of the image file-1 was changed',
      'the video tour.mp4 was replaced',
      'the alt text of the audio file jingle.mp3 was changed',
      'the file leaflet.pdf was replaced',
      'the caption of the file leaflet.pdf was changed',
      'the image #5 was removed',
      'the file unknown was changed in the Media Library',
      'the image logo.png was added',
    ]);
  });

  it('compares a file that only an attribution names, and names the attribution by its file', () => {
    const logo = file(9, { name: 'partner-logo.png', mime: 'image/png' });
    const credit = {
      kind: 'logo',
      licence: 'permission',
      rightsHolder: 'Acme',
      licenceReference: 'Email 2026-11-02',
      creditLine: 'Logo: Acme',
    };
    const credited = { ...base, attributions: [{ ...credit, media: logo }] };
    // The file's own change, once: the attribution names the file by id, which did not change.
    expect(
      describeChanges(
        contentManifest(credited),
        contentManifest({ ...credited, attributions: [{ ...credit, media: { ...logo, hash: 'other' } }] }),
      ),
    ).toEqual(['the image partner-logo.png was replaced']);
    // The attribution now credits the other file of the post: no file changed, the attribution did.
    const shown = { ...credited, media: [file(1), logo] };
    expect(
      describeChanges(
        contentManifest(shown),
        contentManifest({ ...shown, attributions: [{ ...credit, media: file(1) }] }),
      ),
    ).toEqual(['the attributions were changed']);
  });

  it('says a replaced file was replaced, once, though its row in the Media Library changed with it', () => {
    const replaced = file(1, { hash: 'other', updatedAt: '2026-11-29T09:00:00.000Z' });
    expect(changed({ media: [replaced] })).toEqual(['the image file-1 was replaced']);
    const recaptioned = file(1, { caption: 'Other', updatedAt: '2026-11-29T09:00:00.000Z' });
    expect(changed({ media: [recaptioned] })).toEqual(['the caption of the image file-1 was changed']);
  });

  it('says the media were reordered only when nothing else changed', () => {
    const two = { ...base, media: [file(1), file(2)] };
    expect(
      describeChanges(contentManifest(two), contentManifest({ ...two, media: [file(2), file(1)] })),
    ).toEqual(['the media were reordered']);
    expect(
      describeChanges(
        contentManifest(two),
        contentManifest({ ...two, title: 'New', media: [file(2), file(1)] }),
      ),
    ).toEqual(['the title was edited']);
    expect(describeChanges(contentManifest(two), contentManifest(two))).toEqual([]);
  });

  it('says nothing for a manifest it cannot read (an approval from before manifests were kept)', () => {
    const after = contentManifest(base);
    expect(describeChanges(null, after)).toEqual([]);
    expect(describeChanges('manifest' as never, after)).toEqual([]);
    expect(describeChanges({ files: [] } as never, after)).toEqual([]);
    expect(describeChanges({ parts: {}, files: 'none' } as never, after)).toEqual([]);
  });

  it('joins the changes as a sentence: one alone, the last after "and"', () => {
    expect(joinChanges([])).toBe('');
    expect(joinChanges(['the title was edited'])).toBe('the title was edited');
    expect(joinChanges(['the title was edited', 'the text was edited'])).toBe(
      'the title was edited and the text was edited',
    );
    expect(joinChanges(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
