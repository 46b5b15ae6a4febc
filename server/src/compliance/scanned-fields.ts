// The text the scanner reads for a post: title, body, media alt text and captions, attribution
// descriptions and the Q&A. Scanned once per evaluation and shared by the PHI and off-limits checks.
import { scan, type Finding } from '../scanner';
import { canonicalJson } from './content-hash';
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

type ScanSettings = Pick<Policy, 'allow' | 'lexicon' | 'mrnPatterns'>;

const settingsOf = ({ allow, lexicon, mrnPatterns }: ScanSettings) => ({ allow, lexicon, mrnPatterns });

/** The scan settings as text, remembered for a frozen policy (the policy service freezes what it caches). */
const settingsKeys = new WeakMap<Policy, string>();
const settingsKey = (policy: Policy) => {
  const known = settingsKeys.get(policy);
  if (known !== undefined) return known;
  const key = canonicalJson(settingsOf(policy));
  if (Object.isFrozen(policy)) settingsKeys.set(policy, key);
  return key;
};

/**
 * The findings of recent scans, keyed by the scan settings and the text themselves: scan() is pure, its
 * findings depend on nothing else, so a hit is exactly what scanning again would give, and a new policy
 * (other settings) or an edited text is a different key. It cannot let a stale policy or post pass. The
 * findings are frozen, as they are shared. A post is scanned at evaluate, attest, submit, approve and
 * publish; its unchanged text is scanned once. Bounded: the least recently used entry goes first.
 */
const SCAN_CACHE_SIZE = 500;
const scans = new Map<string, readonly Finding[]>();

const scanCached = (text: string, policy: Policy): readonly Finding[] => {
  const key = `${settingsKey(policy)}\u0000${text}`;
  const cached = scans.get(key);
  if (cached) {
    scans.delete(key);
    scans.set(key, cached);
    return cached;
  }
  const findings = Object.freeze(scan(text, settingsOf(policy)).map((finding) => Object.freeze(finding)));
  scans.set(key, findings);
  if (scans.size > SCAN_CACHE_SIZE) scans.delete(scans.keys().next().value!);
  return findings;
};

export const scanFields = (post: PostSnapshot, policy: Policy): FieldScan[] =>
  textFields(post).map(({ path, text }) => ({ path, text, findings: scanCached(text, policy) as Finding[] }));
