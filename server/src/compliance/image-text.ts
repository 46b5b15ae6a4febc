// Rule 9 in pictures: the text read from each image of a post (OCR, stored per file content hash) goes
// through the same scanner as the post's text, and its findings are the post's. An image not read yet, or
// one that could not be read, is a failed check: the gate never waits for a reading.
import { scanPictureText, type ReadWord } from '../ocr/picture-text';
import { fingerprint } from '../scanner';
import type { Finding } from '../scanner/types';
import type { Policy } from './policy';
import type { CheckResult, FindingOverride, MediaFile, PhiFinding, PostImage, PostSnapshot } from './types';

const RULE = 9;

/** What the plugin knows of one image of a post when it is evaluated. */
export interface ImageReading {
  /** The field that holds the image (`media.0`, `attributions.1.media`). */
  path: string;
  /** The file's name, as the editor knows it (ward-team.jpg). */
  name: string;
  status: 'read' | 'failed' | 'pending';
  contentHash?: string | null;
  text?: string;
  /** Where each word of `text` was read and how surely: a name read unsurely does not block. */
  words?: ReadWord[];
  /** Why it could not be read. */
  reason?: string | null;
}

const CATEGORY_WORDS: Record<string, string> = {
  name: 'a patient name',
  date: 'a date tied to a patient',
  mrn: 'a record number',
  'health-plan': 'a health plan number',
  phone: 'a phone number',
  email: 'an e-mail address',
  address: 'an address',
  age: 'an age',
};

/** "Maria G…": enough for the editor to find it, not the whole identifier again. */
const hint = (text: string) => (text.length > 7 ? `${text.slice(0, 7).trimEnd()}…` : text);

/** The file a reading's path names in the post (`media.0`, `attributions.1.media`). */
const fileAt = (post: PostSnapshot, path: string): MediaFile | null | undefined => {
  const [field, index, inner] = path.split('.');
  if (field === 'media' && inner === undefined) return post.media[Number(index)];
  if (field === 'attributions' && inner === 'media') return post.attributions?.[Number(index)]?.media;
  return undefined;
};

/** The post's pictures with what is known of their text: what the side panel and the review screen draw. */
export const postImages = (post: PostSnapshot, readings: ImageReading[]): PostImage[] =>
  readings.flatMap((reading) => {
    const file = fileAt(post, reading.path);
    if (!file) return [];
    return [
      {
        fileId: file.id,
        path: reading.path,
        name: reading.name,
        url: file.url ?? null,
        alternativeText: file.alternativeText?.trim() || null,
        status: reading.status,
        reason: reading.status === 'failed' ? (reading.reason ?? null) : null,
      },
    ];
  });

/** The fingerprint of "this image could not be read", which a reviewer may accept with a reason. */
export const unreadableFingerprint = (reading: ImageReading) =>
  `image-unreadable:${reading.contentHash ?? reading.name}`;

const scanReading = (reading: ImageReading, policy: Policy): Finding[] =>
  scanPictureText(
    reading.text ?? '',
    { allow: policy.allow, lexicon: policy.lexicon, mrnPatterns: policy.mrnPatterns },
    reading.words,
  );

/**
 * The PHI findings of a post's images, shaped as its text's are: the override route finds a finding here
 * by its fingerprint. An image that could not be read is one too (category `image`), to be accepted.
 */
export const imagePhiFindings = (
  readings: ImageReading[],
  policy: Policy,
  overrides: FindingOverride[] = [],
): PhiFinding[] => [
  ...readings
    .filter((reading) => reading.status === 'failed')
    .map((reading) => ({
      path: reading.path,
      fingerprint: unreadableFingerprint(reading),
      category: 'image',
      text: reading.name,
      severity: 'block' as const,
      reason: `the image ${reading.name} could not be read (${reading.reason})`,
      start: 0,
      end: 0,
      override: overrides.find((override) => override.fingerprint === unreadableFingerprint(reading)),
    })),
  ...readings
    .filter((reading) => reading.status === 'read')
    .flatMap((reading) =>
      scanReading(reading, policy)
        .filter((finding) => finding.category !== 'lexicon')
        .map((finding) => {
          const id = fingerprint(finding, reading.text ?? '');
          return {
            path: reading.path,
            fingerprint: id,
            category: finding.category,
            text: finding.text,
            severity: finding.severity,
            reason: `the image ${reading.name} shows ${CATEGORY_WORDS[finding.category] ?? finding.category} (${hint(finding.text)})`,
            start: finding.start,
            end: finding.end,
            override: overrides.find((override) => override.fingerprint === id),
          };
        }),
    ),
];

export const checkImageText = (
  readings: ImageReading[],
  policy: Policy,
  overrides: FindingOverride[] = [],
): CheckResult[] => {
  const results: CheckResult[] = [];
  for (const reading of readings) {
    if (reading.status === 'pending') {
      results.push({
        id: 'images.reading',
        rule: RULE,
        status: 'fail',
        message: `Still reading the image ${reading.name}, a few seconds: try again then.`,
        path: reading.path,
      });
    } else if (reading.status === 'failed') {
      const accepted = overrides.find((override) => override.fingerprint === unreadableFingerprint(reading));
      results.push(
        accepted
          ? {
              id: 'images.accepted',
              rule: RULE,
              status: 'warn',
              message: `The image ${reading.name} could not be read (${reading.reason}); ${accepted.userLabel ?? 'a reviewer'} accepted it: ${accepted.reason}`,
              path: reading.path,
            }
          : {
              id: 'images.unreadable',
              rule: RULE,
              status: 'fail',
              message: `The image ${reading.name} could not be read (${reading.reason}), so nobody has checked it for patient information. Replace it, or ask a reviewer to accept it with a reason.`,
              path: reading.path,
            },
      );
    }
  }
  for (const finding of imagePhiFindings(readings, policy, overrides)) {
    if (finding.category === 'image') continue;
    if (finding.override) {
      results.push({
        id: 'phi.overridden',
        rule: RULE,
        status: 'warn',
        message: `${finding.reason}: allowed by ${finding.override.userLabel ?? 'a reviewer'}: ${finding.override.reason}`,
        path: finding.path,
      });
    } else {
      results.push({
        id: finding.severity === 'block' ? 'phi.identifier' : 'phi.possible',
        rule: RULE,
        status: finding.severity === 'block' ? 'fail' : 'warn',
        message:
          finding.severity === 'block'
            ? `${finding.reason[0].toUpperCase()}${finding.reason.slice(1)}. Replace or crop the picture, or ask a reviewer to override it with a reason.`
            : `Check ${finding.reason}.`,
        path: finding.path,
      });
    }
  }
  return results;
};
