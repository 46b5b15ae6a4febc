import { liveChecklist } from '..';
import type { FindingOverride } from '../types';
import { NOW, policy, post, record } from './fixtures';

// What the side panel quotes of the one evaluation, written out: the editor sees a finding in its words,
// each network's count against its limit and whether the channel is someone's own (rule 6, "if an employee
// chooses to identify themselves on a personal website or blog, many readers may assume they are speaking
// on behalf of that organisation"), and the media still lacking an attribution (rule 8) or alt text.
describe('the live checklist, as the side panel shows it', () => {
  it('quotes a finding at the very start of a field with nothing before it, and marks one a reviewer overrode', () => {
    const input = { post: post({ body: 'Jane Doe was admitted on Monday.' }), policy: policy(), now: NOW };
    const [first] = liveChecklist(input).findings;
    expect(first).toMatchObject({
      path: 'body',
      text: 'Jane Doe',
      before: '',
      after: ' was admitted on Monday.',
    });
    expect(first.overridden).toBe(false);

    const overrides: FindingOverride[] = [
      {
        fingerprint: first.fingerprint,
        userId: 2,
        at: NOW.toISOString(),
        reason: 'Consent on file',
        category: first.category,
        text: first.text,
      },
    ];
    const overridden = liveChecklist({ ...input, record: { ...record(input.post), overrides } });
    expect(overridden.findings[0].overridden).toBe(true);
    expect(
      liveChecklist({
        ...input,
        record: { ...record(input.post), overrides: [{ ...overrides[0], fingerprint: 'another' }] },
      }).findings[0].overridden,
    ).toBe(false);
  });

  it('counts each channel under its label and limit, and says which is a personal channel', () => {
    const personal = policy({
      channels: {
        x: { label: 'X', maxLength: 280 },
        'dr-lee': { label: "Dr Lee's blog", maxLength: 5000, personal: true },
      },
    });
    const body = 'Views are my own and not those of my employer. Flu clinic Saturday.';
    const { channels } = liveChecklist({
      post: post({ body, channels: ['x', 'dr-lee'], attributions: [] }),
      policy: personal,
      now: NOW,
    });
    expect(channels).toEqual([
      { channel: 'x', label: 'X', personal: false, length: body.length, maxLength: 280 },
      { channel: 'dr-lee', label: "Dr Lee's blog", personal: true, length: body.length, maxLength: 5000 },
    ]);
  });

  // Rule 6: only a channel the policy marks personal is someone's own; a channel it does not list (a post
  // made before the policy dropped it) is still counted, under its own name and with no limit.
  it('counts a channel the policy does not list (yet or any more) as not personal, under its own name', () => {
    const { channels } = liveChecklist({
      post: post({ body: 'Flu clinic Saturday.', channels: ['x', 'myspace'], attributions: [] }),
      policy: policy({ channels: { x: { label: 'X', maxLength: 280 } } }),
      now: NOW,
    });
    expect(channels).toEqual([
      { channel: 'x', label: 'X', personal: false, length: 20, maxLength: 280 },
      { channel: 'myspace', label: 'myspace', personal: false, length: 20, maxLength: null },
    ]);
  });

  it('lists each media file with what the panel shows of it, null where the file does not say', () => {
    const { media } = liveChecklist({
      post: post({
        media: [
          {
            id: 1,
            name: 'atrium.jpg',
            url: '/uploads/atrium.jpg',
            mime: 'image/jpeg',
            alternativeText: '  ',
          },
          { id: 2 },
        ],
        attributions: [],
      }),
      policy: policy(),
      now: NOW,
    });
    expect(media).toEqual([
      {
        id: 1,
        name: 'atrium.jpg',
        url: '/uploads/atrium.jpg',
        mime: 'image/jpeg',
        attributed: false,
        missingAltText: true,
      },
      { id: 2, name: null, url: null, mime: null, attributed: false, missingAltText: true },
    ]);
  });

  it('counts every file attributed for a content type that has no attributions', () => {
    const { media } = liveChecklist({
      post: post({ media: [{ id: 1, alternativeText: 'The atrium' }], attributions: undefined }),
      policy: policy(),
      now: NOW,
    });
    expect(media).toEqual([expect.objectContaining({ id: 1, attributed: true, missingAltText: false })]);
  });
});
