import { evaluate, liveChecklist } from '..';
import { NOW, policy, post } from './fixtures';

describe('liveChecklist: the evaluation with what the side panel quotes', () => {
  it('is the evaluation itself, so the panel and the gate never disagree', () => {
    const input = {
      post: post({ body: 'Get well soon, Jane Doe in bed 4! MRN 12345678.' }),
      policy: policy(),
      now: NOW,
    };
    const { findings: _f, channels: _c, media: _m, ...evaluation } = liveChecklist(input);
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
});
