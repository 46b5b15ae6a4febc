// The labelled corpus: recall on PHI spans and false alarms on clean posts, for the posts the scanner was
// built against and, separately, for each group of held-out posts written after it (see the corpus's about).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { isFound } from '../../../../tests/corpus/labels';
import { scan } from '../index';
import type { Category, ScanAllowList } from '../types';

interface Post {
  id: string;
  text: string;
  phi: { category: Category; text: string }[];
}

interface Corpus {
  allow: ScanAllowList;
  mrnPatterns: string[];
  posts: Post[];
  heldOut: Post[];
  heldOutSecond: Post[];
  heldOutThird: Post[];
}

const corpus = JSON.parse(
  readFileSync(join(__dirname, '../../../../tests/corpus/hospital-posts.json'), 'utf8'),
) as Corpus;

const heldOut = [...corpus.heldOut, ...corpus.heldOutSecond, ...corpus.heldOutThird];

interface Figures {
  group: string;
  posts: number;
  phiSpans: number;
  recall: number;
  cleanPosts: number;
  falseAlarmRate: number;
  missed: string[];
  falseAlarms: string[];
}

/** A labelled span is found when a blocking finding overlaps one of its occurrences. */
function measure(group: string, posts: Post[]): Figures {
  let spans = 0;
  let found = 0;
  let cleanPosts = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  for (const post of posts) {
    const blocks = scan(post.text, { allow: corpus.allow, mrnPatterns: corpus.mrnPatterns }).filter(
      (finding) => finding.severity === 'block',
    );
    if (post.phi.length === 0) {
      cleanPosts += 1;
      if (blocks.length > 0)
        falseAlarms.push(`${post.id}: ${blocks.map((finding) => finding.text).join(', ')}`);
      continue;
    }
    for (const label of post.phi) {
      spans += 1;
      const hit = isFound(post.text, label.text, blocks);
      if (hit) found += 1;
      else missed.push(`${post.id} ${label.category} "${label.text}"`);
    }
  }
  return {
    group,
    posts: posts.length,
    phiSpans: spans,
    recall: spans === 0 ? 1 : found / spans,
    cleanPosts,
    falseAlarmRate: cleanPosts === 0 ? 0 : falseAlarms.length / cleanPosts,
    missed,
    falseAlarms,
  };
}

describe('the labelled corpus of hospital posts', () => {
  it('labels only text that is in its post', () => {
    for (const post of [...corpus.posts, ...heldOut]) {
      for (const label of post.phi) expect(post.text).toContain(label.text);
    }
    expect(corpus.posts.length).toBeGreaterThanOrEqual(160);
    expect(heldOut.length).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['development', () => corpus.posts],
    ['held-out', () => corpus.heldOut],
    ['held-out second', () => corpus.heldOutSecond],
    ['held-out third', () => corpus.heldOutThird],
  ])('%s posts: recall at least 0.95, false alarms at most 0.05', (group, posts) => {
    const figures = measure(group, posts());
    console.log(JSON.stringify({ corpus: 'hospital-posts', ...figures }));
    expect(figures.posts).toBeGreaterThan(0);
    expect(figures.recall).toBeGreaterThanOrEqual(0.95);
    expect(figures.falseAlarmRate).toBeLessThanOrEqual(0.05);
  });
});
