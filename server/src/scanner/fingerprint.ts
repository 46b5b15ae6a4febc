// A finding's identity for reviewer overrides: what was matched and the words around it, never offsets.
import { createHash } from 'node:crypto';

import type { Finding } from './types';

const CONTEXT_WORDS = 3;

function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

// The window stops at a sentence's end, so editing the next sentence leaves the id alone.
function sameSentence(window: string, side: 'before' | 'after'): string {
  const ends = /[.!?\n]+(?=\s)|\n/g;
  if (side === 'after') {
    const end = ends.exec(window);
    return end ? window.slice(0, end.index) : window;
  }
  let start = 0;
  for (const end of window.matchAll(ends)) start = end.index + end[0].length;
  return window.slice(start);
}

/**
 * The same id for the same matched text in the same few surrounding words, wherever it moved; a new id
 * as soon as the matched text or its neighbours change, so an override stops counting.
 */
export function fingerprint(finding: Finding, text: string): string {
  const matched = words(text.slice(finding.start, finding.end)).join(' ');
  const before = words(
    sameSentence(text.slice(Math.max(0, finding.start - 120), finding.start), 'before'),
  ).slice(-CONTEXT_WORDS);
  const after = words(sameSentence(text.slice(finding.end, finding.end + 120), 'after')).slice(
    0,
    CONTEXT_WORDS,
  );
  return createHash('sha256')
    .update(JSON.stringify([finding.category, matched, before, after]))
    .digest('hex');
}
