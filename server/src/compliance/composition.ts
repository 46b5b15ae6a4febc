// What a network carries for a post: its body, then the credits of its attributions. The channel
// limits, the review preview and the content API feed all read this one composition.
import { renderCredit } from './attribution';
import type { PostSnapshot } from './types';

export const credits = (post: PostSnapshot): string[] => [
  ...new Set((post.attributions ?? []).map(renderCredit).filter((credit) => credit !== '')),
];

export const composeText = (post: PostSnapshot): string => {
  const lines = credits(post);
  return lines.length ? `${post.body.trim()}\n\n${lines.join(' · ')}` : post.body.trim();
};
