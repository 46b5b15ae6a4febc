// The text the scanner reads for a post: title, body, media alt text and captions, attribution
// descriptions and the Q&A. Scanned once per evaluation and shared by the PHI and off-limits checks.
import { scan } from '../scanner';
import type { FieldScan, PostSnapshot } from './types';
import type { Policy } from './policy';

export const textFields = (post: PostSnapshot): { path: string; text: string }[] => {
  const fields = [
    { path: 'title', text: post.title },
    { path: 'body', text: post.body },
    ...(post.otherText ?? []),
    ...post.media.flatMap((file, index) => [
      { path: `media.${index}.alternativeText`, text: file.alternativeText ?? '' },
      { path: `media.${index}.caption`, text: file.caption ?? '' },
    ]),
    ...(post.attributions ?? []).map((attribution, index) => ({
      path: `attributions.${index}.description`,
      text: attribution.description ?? '',
    })),
    ...(post.qa ?? []).flatMap((pair, index) => [
      { path: `qa.${index}.question`, text: pair.question ?? '' },
      { path: `qa.${index}.answer`, text: pair.answer ?? '' },
    ]),
  ];
  return fields.filter((field) => field.text.trim() !== '');
};

export const scanFields = (post: PostSnapshot, policy: Policy): FieldScan[] =>
  textFields(post).map(({ path, text }) => ({
    path,
    text,
    findings: scan(text, { allow: policy.allow, lexicon: policy.lexicon, mrnPatterns: policy.mrnPatterns }),
  }));
