// Channels the policy allows, and each network's length limit (X counted as X counts it).
import twitterText from 'twitter-text';

import { composeText } from './composition';
import type { CheckResult, PostSnapshot } from './types';
import type { Policy } from './policy';
import { own } from './own-key';

const RULE = 4;

/** X weighs characters (URLs count 23, many scripts count 2); the other networks count characters. */
export const measure = (channel: string, text: string): number =>
  channel === 'x' ? twitterText.parseTweet(text).weightedLength : [...text].length;

export const checkChannelLimits = (post: PostSnapshot, policy: Policy): CheckResult[] => {
  if (post.channels === undefined) return [];
  const channels = post.channels ?? [];
  if (channels.length === 0) {
    return [
      {
        id: 'channels.none',
        rule: RULE,
        status: 'fail',
        message: 'Choose at least one channel to post on.',
        path: 'channels',
      },
    ];
  }

  const text = composeText(post);
  const results: CheckResult[] = [];
  for (const channel of channels) {
    const limits = own(policy.channels, channel);
    if (!limits) {
      results.push({
        id: 'channels.unknown',
        rule: RULE,
        status: 'fail',
        message: `"${channel}" is not a channel the policy allows (${Object.keys(policy.channels).join(', ')}).`,
        path: 'channels',
      });
      continue;
    }
    const length = measure(channel, text);
    if (length > limits.maxLength) {
      results.push({
        id: 'channels.too-long',
        rule: RULE,
        status: 'fail',
        message: `Too long for ${limits.label}: ${length} of ${limits.maxLength} characters with the credits; shorten it by ${length - limits.maxLength}.`,
        path: 'body',
      });
    }
  }
  return results.length
    ? results
    : [
        {
          id: 'channels',
          rule: RULE,
          status: 'pass',
          message: `Fits ${channels.map((key) => own(policy.channels, key)?.label).join(', ')}.`,
        },
      ];
};
