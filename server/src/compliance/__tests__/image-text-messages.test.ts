import { checkImageText, imagePhiFindings, unreadableFingerprint } from '../image-text';
import { policy } from './fixtures';
import { override, read, unreadable } from './image-readings';

// Rule 9, "staff cannot release confidential information about patients and the hospital or provider
// without authority", in pictures: what the editor is told about the text read from each image. The
// messages are written out here, so that a change of wording, of the hint or of a category's words fails.
describe('what an image shows (rule 9)', () => {
  // The picture's text, what the scanner finds in it, and how the editor is told; the hint is the first
  // seven characters of the identifier, trimmed, with an ellipsis only when something was cut.
  const TABLE: [text: string, id: string, status: string, message: string][] = [
    [
      'Patient aged 93',
      'phi.identifier',
      'fail',
      'The image ward-team.jpg shows an age (aged 93). Replace or crop the picture, or ask a reviewer to override it with a reason.',
    ],
    [
      'MRN 4839201',
      'phi.identifier',
      'fail',
      'The image ward-team.jpg shows a record number (4839201). Replace or crop the picture, or ask a reviewer to override it with a reason.',
    ],
    [
      'Member ID XJH448291034',
      'phi.identifier',
      'fail',
      'The image ward-team.jpg shows a health plan number (XJH4482…). Replace or crop the picture, or ask a reviewer to override it with a reason.',
    ],
    [
      'maria.g@gmail.com',
      'phi.identifier',
      'fail',
      'The image ward-team.jpg shows an e-mail address (maria.g…). Replace or crop the picture, or ask a reviewer to override it with a reason.',
    ],
    [
      'Call me on my cell 555 010 9999',
      'phi.identifier',
      'fail',
      'The image ward-team.jpg shows a phone number (555 010…). Replace or crop the picture, or ask a reviewer to override it with a reason.',
    ],
    [
      'Admitted 03/14/2026',
      'phi.identifier',
      'fail',
      'The image ward-team.jpg shows a date tied to a patient (03/14/2…). Replace or crop the picture, or ask a reviewer to override it with a reason.',
    ],
    [
      'Patient: Maria Gonzalez',
      'phi.identifier',
      'fail',
      'The image ward-team.jpg shows a patient name (Maria G…). Replace or crop the picture, or ask a reviewer to override it with a reason.',
    ],
    [
      'Call 555 010 9999',
      'phi.possible',
      'warn',
      'Check the image ward-team.jpg shows a phone number (555 010…).',
    ],
    ['Zip 02134', 'phi.possible', 'warn', 'Check the image ward-team.jpg shows zip (02134).'],
  ];

  it.each(TABLE)('"%s": %s, %s', (text, id, status, message) => {
    expect(checkImageText([read(text)], policy())).toEqual([
      { id, rule: 9, status, message, path: 'media.0' },
    ]);
  });

  it('names an address by its first words, cut at a word', () => {
    // The picture's name (an honorific with a surname blocks in a picture) is a check of its own.
    const failed = checkImageText([read('Mr Jones lives at 14 Elm Street, Springfield')], policy()).filter(
      (check) => check.status === 'fail',
    );
    expect(failed.map((check) => check.message)).toContain(
      'The image ward-team.jpg shows an address (14 Elm…). Replace or crop the picture, or ask a reviewer to override it with a reason.',
    );
  });

  it("says who allowed a finding and why, or 'a reviewer' when the override has no name", () => {
    const reading = read('Patient aged 93');
    const [finding] = imagePhiFindings([reading], policy());
    expect(
      checkImageText([reading], policy(), [override(finding.fingerprint, { userLabel: 'Rita Reviewer' })]),
    ).toEqual([
      {
        id: 'phi.overridden',
        rule: 9,
        status: 'warn',
        message:
          'the image ward-team.jpg shows an age (aged 93): allowed by Rita Reviewer: Consent on file, ref. PC-2026-114',
        path: 'media.0',
      },
    ]);
    expect(checkImageText([reading], policy(), [override(finding.fingerprint)])[0].message).toBe(
      'the image ward-team.jpg shows an age (aged 93): allowed by a reviewer: Consent on file, ref. PC-2026-114',
    );
  });
});

describe('an image that could not be read (rule 9)', () => {
  const broken = unreadable();

  it('fails, saying nobody has checked it and what to do', () => {
    expect(checkImageText([broken], policy())).toEqual([
      {
        id: 'images.unreadable',
        rule: 9,
        status: 'fail',
        message:
          'The image scan.jpg could not be read (the picture is damaged), so nobody has checked it for patient information. Replace it, or ask a reviewer to accept it with a reason.',
        path: 'media.1',
      },
    ]);
  });

  it('is a finding a reviewer accepts by the fingerprint of its content, or of its name when it has none', () => {
    expect(unreadableFingerprint(broken)).toBe('image-unreadable:f00');
    expect(unreadableFingerprint({ ...broken, contentHash: null })).toBe('image-unreadable:scan.jpg');
    expect(imagePhiFindings([broken], policy())).toEqual([
      {
        path: 'media.1',
        fingerprint: 'image-unreadable:f00',
        category: 'image',
        text: 'scan.jpg',
        severity: 'block',
        reason: 'the image scan.jpg could not be read (the picture is damaged)',
        start: 0,
        end: 0,
        override: undefined,
      },
    ]);
  });

  it('warns once accepted, naming who accepted it and why', () => {
    const accepted = override('image-unreadable:f00', { userLabel: 'Rita Reviewer' });
    expect(checkImageText([broken], policy(), [accepted])).toEqual([
      {
        id: 'images.accepted',
        rule: 9,
        status: 'warn',
        message:
          'The image scan.jpg could not be read (the picture is damaged); Rita Reviewer accepted it: Consent on file, ref. PC-2026-114',
        path: 'media.1',
      },
    ]);
    expect(checkImageText([broken], policy(), [override('image-unreadable:f00')])[0].message).toBe(
      'The image scan.jpg could not be read (the picture is damaged); a reviewer accepted it: Consent on file, ref. PC-2026-114',
    );
    expect(imagePhiFindings([broken], policy(), [accepted])[0].override).toBe(accepted);
    // An acceptance of another picture does not cover this one.
    expect(checkImageText([broken], policy(), [override('image-unreadable:other')])[0].id).toBe(
      'images.unreadable',
    );
  });

  it('a picture still being read is a failure of its own, and not scanned', () => {
    expect(
      checkImageText(
        [{ path: 'media.2', name: 'board.png', status: 'pending', text: 'MRN 4839201' }],
        policy(),
      ),
    ).toEqual([
      {
        id: 'images.reading',
        rule: 9,
        status: 'fail',
        message: 'Still reading the image board.png, a few seconds: try again then.',
        path: 'media.2',
      },
    ]);
  });

  it("reads a picture's text with the policy's off-limits terms left to the topics check", () => {
    const strict = policy({ lexicon: [{ term: 'strike', severity: 'block' }] });
    expect(imagePhiFindings([read('Strike today')], strict)).toEqual([]);
    expect(imagePhiFindings([read('')], policy())).toEqual([]);
    expect(imagePhiFindings([{ path: 'media.0', name: 'x.jpg', status: 'read' }], policy())).toEqual([]);
  });
});
