import { evaluate, liveChecklist } from '..';
import { NOW, policy, post } from './fixtures';

describe('liveChecklist: the evaluation with what the side panel quotes', () => {
  it('is the evaluation itself, so the panel and the gate never disagree', () => {
    const input = {
      post: post({ body: 'Get well soon, Jane Doe in bed 4! MRN 12345678.' }),
      policy: policy(),
      now: NOW,
    };
    const { findings: _f, channels: _c, media: _m, images: _i, ...evaluation } = liveChecklist(input);
    expect(evaluation).toEqual(evaluate(input));
  });

  it('quotes each finding with its category and up to five words on each side', () => {
    const body = 'We wish a speedy recovery to Jane Doe who was admitted on Monday to the cardiac ward.';
    const { findings } = liveChecklist({ post: post({ body }), policy: policy(), now: NOW });
    const name = findings.find((finding) => finding.path === 'body' && finding.category === 'name');
    expect(name).toMatchObject({
      text: 'Jane Doe',
      before: 'wish a speedy recovery to ',
      after: ' who was admitted on Monday',
      overridden: false,
      severity: 'block',
    });
    expect(name?.fingerprint).toMatch(/\S/);
  });

  it('quotes off-limits topics too', () => {
    const { findings } = liveChecklist({
      post: post({ body: 'Our view on the lawsuit against the board.' }),
      policy: policy({
        lexicon: [{ term: 'lawsuit', severity: 'block', reason: 'Legal matters go to counsel.' }],
      }),
      now: NOW,
    });
    expect(findings).toEqual([
      expect.objectContaining({
        category: 'lexicon',
        text: 'lawsuit',
        before: 'Our view on the ',
        after: ' against the board.',
      }),
    ]);
  });

  it("counts each channel as its network does (X weighted), against the channel's limit", () => {
    const body = 'あ'.repeat(150);
    const { channels } = liveChecklist({
      post: post({ body, channels: ['x', 'facebook'] }),
      policy: policy(),
      now: NOW,
    });
    const x = channels.find((channel) => channel.channel === 'x');
    const facebook = channels.find((channel) => channel.channel === 'facebook');
    // Each Japanese character weighs 2 on X: 150 of them are 300 against 280.
    expect(x?.length).toBeGreaterThan(280);
    expect(x?.maxLength).toBe(280);
    expect(facebook?.length).toBeLessThan(facebook?.maxLength ?? 0);
    expect(x?.label).toBeTruthy();
    expect(x?.personal).toBe(false);
  });

  it('lists the media files with no attribution and those with no alt text', () => {
    const media = [
      {
        id: 1,
        name: 'atrium.jpg',
        alternativeText: 'The atrium',
        url: '/uploads/atrium.jpg',
        mime: 'image/jpeg',
      },
      { id: 2, name: 'logo.png', alternativeText: '', url: '/uploads/logo.png', mime: 'image/png' },
    ];
    const { media: listed } = liveChecklist({
      post: post({
        media,
        attributions: [
          {
            kind: 'image',
            licence: 'own-work',
            media: media[0],
            rightsHolder: 'Riverside Health',
            creditLine: '© Riverside Health',
          },
        ],
      }),
      policy: policy(),
      now: NOW,
    });
    expect(listed).toEqual([
      expect.objectContaining({ id: 1, attributed: true, missingAltText: false }),
      expect.objectContaining({ id: 2, name: 'logo.png', attributed: false, missingAltText: true }),
    ]);
  });

  describe('pictures', () => {
    const board = { id: 7, name: 'ward-board.png', url: '/uploads/ward_board.png', mime: 'image/png' };
    const logo = {
      id: 9,
      name: 'logo.png',
      url: '/uploads/logo.png',
      mime: 'image/png',
      alternativeText: ' Our logo ',
    };
    // A picture read, as ocr/readings.ts hands it to the checklist.
    const read = (path: string, name: string, contentHash: string, text: string) => ({
      path,
      name,
      status: 'read' as const,
      contentHash,
      text,
    });
    const withPictures = post({
      body: 'Thank you to the ward team.',
      media: [board],
      attributions: [{ kind: 'logo', licence: 'own-work', media: logo }],
    });

    it('quotes patient information read in a picture as a finding naming the picture and its file', () => {
      const { findings } = liveChecklist({
        post: withPictures,
        policy: policy(),
        now: NOW,
        images: [read('media.0', 'ward-board.png', 'abc', 'Bed 4 | Patient: Maria Gonzalez | Nurse on duty')],
      });
      expect(findings).toEqual([
        expect.objectContaining({
          path: 'media.0',
          category: 'name',
          severity: 'block',
          text: 'Maria Gonzalez',
          before: 'Bed 4 | Patient: ',
          after: ' | Nurse on duty',
          overridden: false,
          image: { fileId: 7, name: 'ward-board.png' },
        }),
      ]);
      expect(findings[0].reason).toMatch(/^the image ward-board\.png shows a patient name/);
    });

    // Rule 9, "staff cannot release confidential information about patients and the hospital or provider
    // without authority": the panel must point at the picture that shows it, in that picture's own words.
    it("quotes patient information in the second picture with that picture's words and file, not the first's", () => {
      const { findings } = liveChecklist({
        post: withPictures,
        policy: policy(),
        now: NOW,
        images: [
          read('media.0', 'ward-board.png', 'abc', 'Thank you to the whole ward team'),
          read(
            'attributions.0.media',
            'logo.png',
            'def',
            'Get well soon, Patient: Maria Gonzalez, from all of us',
          ),
        ],
      });
      expect(findings).toEqual([
        expect.objectContaining({
          path: 'attributions.0.media',
          category: 'name',
          text: 'Maria Gonzalez',
          before: 'Get well soon, Patient: ',
          after: ', from all of us',
          image: { fileId: 9, name: 'logo.png' },
        }),
      ]);
    });

    it('marks a picture finding a reviewer let stand as overridden, by its fingerprint', () => {
      const input = {
        post: withPictures,
        policy: policy(),
        now: NOW,
        images: [read('media.0', 'ward-board.png', 'abc', 'Patient: Maria Gonzalez')],
      };
      const [finding] = liveChecklist(input).findings;
      const [again] = liveChecklist({
        ...input,
        record: {
          overrides: [
            {
              fingerprint: finding.fingerprint,
              userId: 2,
              at: NOW.toISOString(),
              reason: 'She asked us to thank her by name; consent on file.',
              category: 'name',
              text: 'Maria Gonzalez',
            },
          ],
        },
      }).findings;
      expect(again).toMatchObject({ fingerprint: finding.fingerprint, overridden: true });
    });

    it("lists every picture of the post, its attributions' too, with its file, state and reason", () => {
      const { images, findings } = liveChecklist({
        post: withPictures,
        policy: policy(),
        now: NOW,
        images: [
          { path: 'media.0', name: 'ward-board.png', status: 'pending' },
          {
            path: 'attributions.0.media',
            name: 'logo.png',
            status: 'failed',
            contentHash: 'f00',
            reason: 'the picture is larger than 40000000 pixels',
          },
        ],
      });
      expect(images).toEqual([
        {
          fileId: 7,
          path: 'media.0',
          name: 'ward-board.png',
          url: '/uploads/ward_board.png',
          alternativeText: null,
          status: 'pending',
          reason: null,
        },
        {
          fileId: 9,
          path: 'attributions.0.media',
          name: 'logo.png',
          url: '/uploads/logo.png',
          alternativeText: 'Our logo',
          status: 'failed',
          reason: 'the picture is larger than 40000000 pixels',
        },
      ]);
      // A picture not read, or unreadable, is a failed check of its own, not a quoted finding.
      expect(findings).toEqual([]);
    });

    it('lists no pictures when reading pictures is off', () => {
      expect(liveChecklist({ post: withPictures, policy: policy(), now: NOW }).images).toEqual([]);
    });
  });
});

// Mutants that lived in the mutation run of 2026-11-30 15:39 UTC (issue 15) and that no test can tell apart:
// - live-checklist.ts:37 `input.record?.overrides ?? []` → `['Stryker was here']`: a string's `fingerprint`
//   is undefined, never equal to a finding's fingerprint (always a string).
// - live-checklist.ts:44 `input.images ?? []` → `['Stryker was here']`: a string has no `status`, so
//   imagePhiFindings takes it neither as failed nor as read: no finding.
// - live-checklist.ts:45 `input.record?.overrides ?? []` → `['Stryker was here']`: as :37, the string matches
//   no fingerprint, so no finding gets an override.
// - live-checklist.ts:48 `?.text` → `.text`: every finding kept here comes from a reading of `readings` with
//   that path (imagePhiFindings copies reading.path), so find always returns a reading.
// - live-checklist.ts:48 `?? ''` → `'Stryker was here!'` (no coverage): the reading found is the one the
//   finding was read from (ocr/readings.ts forPost gives one reading per path); a reading without text has no
//   finding (scanReading scans `text ?? ''`).
// - live-checklist.ts:69 `post.attributions ?? []` → `['Stryker was here']`: only reached when attributions
//   is undefined, and then line 87's `post.attributions === undefined` marks every file attributed whatever
//   `covered` holds.
