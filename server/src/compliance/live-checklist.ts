// The editor's live checklist: the one evaluation, plus what the side panel quotes of it (each finding
// with the words around it, each channel's count against its limit, the media still lacking an
// attribution). The panel shows this and decides nothing itself.
import { networkCopies } from './network-copy';
import { fingerprint } from '../scanner';
import { evaluate } from './index';
import { imagePhiFindings, postImages } from './image-text';
import { scanFields } from './scanned-fields';
import type { EvaluationInput, FieldScan, LiveChecklist, PostImage, QuotedFinding } from './types';

/** How many words of context a quoted finding carries on each side. */
const CONTEXT_WORDS = 5;

const wordsBefore = (text: string, start: number) => {
  const words = text.slice(0, start).split(/(?<=\s)/);
  return words.slice(-CONTEXT_WORDS).join('').trimStart();
};

const wordsAfter = (text: string, end: number) => {
  const words = text.slice(end).split(/(?=\s)/);
  return words.slice(0, CONTEXT_WORDS).join('').trimEnd();
};

export const quoteFindings = (scans: FieldScan[], input: EvaluationInput): QuotedFinding[] =>
  scans.flatMap(({ path, text, findings }) =>
    findings.map((finding) => {
      const id = fingerprint(finding, text);
      return {
        path,
        fingerprint: id,
        category: finding.category,
        severity: finding.severity,
        reason: finding.reason,
        text: finding.text,
        before: wordsBefore(text, finding.start),
        after: wordsAfter(text, finding.end),
        overridden: (input.record?.overrides ?? []).some((override) => override.fingerprint === id),
      };
    }),
  );

/** The patient information read in the post's pictures, quoted in the picture's text and naming it. */
export const quoteImageFindings = (input: EvaluationInput, images: PostImage[]): QuotedFinding[] => {
  const readings = input.images ?? [];
  return imagePhiFindings(readings, input.policy, input.record?.overrides ?? [])
    .filter((finding) => finding.category !== 'image')
    .map((finding) => {
      const text = readings.find((reading) => reading.path === finding.path)?.text ?? '';
      const image = images.find((candidate) => candidate.path === finding.path);
      return {
        path: finding.path,
        fingerprint: finding.fingerprint,
        category: finding.category,
        severity: finding.severity,
        reason: finding.reason,
        text: finding.text,
        before: wordsBefore(text, finding.start),
        after: wordsAfter(text, finding.end),
        overridden: finding.override !== undefined,
        ...(image ? { image: { fileId: image.fileId, name: image.name } } : {}),
      };
    });
};

export const liveChecklist = (input: EvaluationInput): LiveChecklist => {
  const { post, policy } = input;
  const scans = scanFields(post, policy);
  const evaluation = evaluate(input, scans);
  const covered = new Set((post.attributions ?? []).map((attribution) => attribution.media?.id));
  const images = postImages(post, input.images ?? []);
  return {
    ...evaluation,
    findings: [...quoteFindings(scans, input), ...quoteImageFindings(input, images)],
    images,
    channels: networkCopies(post, policy).map(({ channel, label, length, maxLength }) => ({
      channel,
      label,
      personal: policy.channels[channel]?.personal === true,
      length,
      maxLength,
    })),
    media: post.media.map((file) => ({
      id: file.id,
      name: file.name ?? null,
      url: file.url ?? null,
      mime: file.mime ?? null,
      attributed: post.attributions === undefined || covered.has(file.id),
      missingAltText: !file.alternativeText?.trim(),
    })),
  };
};
