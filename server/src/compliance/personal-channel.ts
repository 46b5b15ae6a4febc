// Rule 6: personal identification: on a staff member's own channel, readers may take the post as the
// organisation's voice, so it carries the policy's disclaimer.
import type { CheckResult, PostSnapshot } from './types';
import type { Policy } from './policy';
import { own } from './own-key';

const RULE = 6;

// Read word by word, whatever the spacing, in any case: case folded through capitals, so "Großstadt" and
// "GROSSSTADT" (ß in capitals is SS), "Views" and "VİEWS" or "Vıews" read alike (İ in lower case is i
// with a combining dot).
const folded = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase()
    .replace(/i\u0307/g, 'i');

/** Whether the body carries the disclaimer as readers read it: the gate and the network copy both ask this. */
export const carriesDisclaimer = (body: string, disclaimer: string): boolean =>
  folded(body).includes(folded(disclaimer));

export const checkPersonalChannels = (post: PostSnapshot, policy: Policy): CheckResult[] => {
  const personal = (post.channels ?? []).filter((channel) => own(policy.channels, channel)?.personal);
  if (personal.length === 0) return [];
  const disclaimer = policy.disclaimer.trim();
  if (disclaimer && !carriesDisclaimer(post.body, disclaimer)) {
    return [
      {
        id: 'disclaimer.missing',
        rule: RULE,
        status: 'fail',
        message: `${personal.map((key) => own(policy.channels, key)?.label).join(', ')} is a personal channel: add the disclaimer "${disclaimer}" to the post.`,
        path: 'body',
      },
    ];
  }
  return [
    { id: 'disclaimer', rule: RULE, status: 'pass', message: 'Carries the personal-channel disclaimer.' },
  ];
};
