import { checkAttribution } from '../attribution';
import { checkChannelLimits } from '../channel-limits';
import { checkPersonalChannels } from '../personal-channel';
import { renderTemplate } from '../message-template';
import { own } from '../own-key';
import { NOW, policy, post } from './fixtures';

// A channel, a licence or a template variable comes from what an editor typed: a name that happens to be
// one of Object's own (constructor, __proto__, toString) is not one the policy set, so it is refused like
// any unknown name. Rule 4, "be clear about what topics are acceptable and what are off limits" (the
// channels the policy allows), and rule 8, "respect copyright laws" (the licences it knows).
const OBJECT_OWN = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('a name typed by an editor is read only from what the policy itself holds', () => {
  it('own() gives the value the map holds, and nothing for a missing map, a name that is not text, or an inherited name', () => {
    const map = { x: 1, 'dr-lee': 2 };
    expect(own(map, 'x')).toBe(1);
    expect(own(map, 'dr-lee')).toBe(2);
    expect(own(map, 'linkedin')).toBeUndefined();
    expect(own(map, 1)).toBeUndefined();
    expect(own({ 1: 'one' }, 1)).toBeUndefined();
    expect(own(null, 'x')).toBeUndefined();
    expect(own(undefined, 'x')).toBeUndefined();
    for (const name of OBJECT_OWN) expect(own(map, name)).toBeUndefined();
  });

  it.each(OBJECT_OWN)('refuses a channel named %s as one the policy does not allow', (name) => {
    expect(checkChannelLimits(post({ channels: [name] }), policy())).toEqual([
      expect.objectContaining({ id: 'channels.unknown', status: 'fail', path: 'channels' }),
    ]);
    expect(checkPersonalChannels(post({ channels: [name] }), policy())).toEqual([]);
  });

  it.each(OBJECT_OWN)('refuses a licence named %s as no licence', (name) => {
    const checks = checkAttribution(
      post({ attributions: [{ licence: name, rightsHolder: 'Riverside Health', creditLine: '©' }] }),
      policy(),
      NOW,
    );
    expect(checks).toEqual([expect.objectContaining({ id: 'attribution.licence', status: 'fail' })]);
  });

  it('leaves a template variable named like one of them unfilled', () => {
    expect(renderTemplate('Hello {{constructor}} and {{toString}}', {})).toBe(
      'Hello {{constructor}} and {{toString}}',
    );
  });
});
