import { checkChannelLimits, measure } from '../channel-limits';
import { checkPersonalChannels } from '../personal-channel';
import { NOW, policy, post } from './fixtures';
import { evaluate } from '..';

describe('channel limits', () => {
  it('counts X as X does: a URL weighs 23 characters', () => {
    expect(measure('x', 'See https://www.riverside-health.org/a/very/long/path/that/goes/on/and/on')).toBe(
      4 + 23,
    );
    expect(measure('linkedin', 'héllo')).toBe(5);
  });

  it('fails a body too long for X with the credits, and passes it on LinkedIn', () => {
    const long = post({ body: 'a'.repeat(270), channels: ['x'] });
    expect(checkChannelLimits(long, policy())).toEqual([
      expect.objectContaining({ status: 'fail', id: 'channels.too-long' }),
    ]);
    expect(checkChannelLimits({ ...long, channels: ['linkedin'] }, policy())).toEqual([
      expect.objectContaining({ status: 'pass' }),
    ]);
  });

  it('fails no channel and a channel the policy does not allow', () => {
    expect(checkChannelLimits(post({ channels: [] }), policy())[0]).toMatchObject({
      id: 'channels.none',
      status: 'fail',
    });
    expect(checkChannelLimits(post({ channels: ['myspace'] }), policy())[0]).toMatchObject({
      id: 'channels.unknown',
    });
  });
});

describe('personal channels (rule 6)', () => {
  const withPersonal = policy({
    channels: {
      ...policy().channels,
      'staff-linkedin': { label: 'Staff LinkedIn', maxLength: 3000, personal: true },
    },
    disclaimer: 'Views are my own.',
  });

  it('fails a post on a personal channel without the disclaimer', () => {
    expect(checkPersonalChannels(post({ channels: ['staff-linkedin'] }), withPersonal)).toEqual([
      expect.objectContaining({ status: 'fail', rule: 6, id: 'disclaimer.missing' }),
    ]);
  });

  it('passes it with the disclaimer, and does not apply to corporate channels', () => {
    expect(
      checkPersonalChannels(
        post({ channels: ['staff-linkedin'], body: 'Proud of my team. Views are my own.' }),
        withPersonal,
      )[0].status,
    ).toBe('pass');
    expect(checkPersonalChannels(post(), withPersonal)).toEqual([]);
  });

  // Rule 6, "if an employee chooses to identify themselves on a personal website or blog, many readers may
  // assume they are speaking on behalf of that organisation": the disclaimer is there when readers can read
  // its words. Where a line breaks or how many spaces part the words does not change what they read; words
  // run together are not the disclaimer.
  it.each([
    ['Proud of my team.\n\nViews are\nmy own.', 'pass'],
    ['Proud of my team. Views  are   my own.', 'pass'],
    ['Proud of my team. Views are\t \tmy own.', 'pass'],
    ['Proud of my team. Views are\r\n\r\nmy own.', 'pass'],
    ['Proud of my team. Views are myown.', 'fail'],
    ['Proud of my team. Viewsare my own.', 'fail'],
    ['Proud of my team. Viewsaremyown.', 'fail'],
    ['Proud of my team. #ViewsAreMyOwn', 'fail'],
  ])('the disclaimer is read word by word, whatever the spacing: %j is a %s', (body, status) => {
    expect(checkPersonalChannels(post({ channels: ['staff-linkedin'], body }), withPersonal)).toEqual([
      expect.objectContaining({ rule: 6, status }),
    ]);
  });
});

describe('evaluate', () => {
  it('composes every rule and is compliant only when none fails', () => {
    const result = evaluate({ post: post(), policy: policy(), record: null, now: NOW });
    expect(result.compliant).toBe(false);
    expect(new Set(result.checks.map((check) => check.rule))).toEqual(new Set([4, 5, 8, 9]));
    expect(result.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
