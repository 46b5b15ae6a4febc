// What each network carries for a published post: the composed text (body, credit lines and trademark
// notices), the personal-channel disclaimer where the policy asks for one. The content API feed reads it.
import { measure } from './channel-limits';
import { composeText, credits } from './composition';
import type { Policy } from './policy';
import type { NetworkCopy, PostSnapshot } from './types';
import { own } from './own-key';
import { carriesDisclaimer } from './personal-channel';

export const networkCopies = (post: PostSnapshot, policy: Policy): NetworkCopy[] =>
  (post.channels ?? []).map((channel) => {
    const limits = own(policy.channels, channel);
    const disclaimer = limits?.personal && policy.disclaimer.trim() ? policy.disclaimer.trim() : null;
    const composed = composeText(post);
    // The gate asks for the disclaimer in the body; a post published before the policy asked for it gets it here.
    const text =
      disclaimer && !carriesDisclaimer(post.body, disclaimer) ? `${composed}\n\n${disclaimer}` : composed;
    return {
      channel,
      label: limits?.label ?? channel,
      text,
      credits: credits(post),
      disclaimer,
      length: measure(channel, text),
      maxLength: limits?.maxLength ?? null,
    };
  });
