// People in pictures (rule 9): a patient story shows patients, so each of its images records the patients'
// written consent, a reference on the image's attribution ("patient consent on file, reference …").
import type { CheckResult, PostSnapshot } from './types';

const RULE = 9;
export const PATIENT_STORY = 'patient-story';

const isImage = (mime?: string | null) => /^image\//.test(mime ?? '');

export const checkPatientConsent = (post: PostSnapshot): CheckResult[] => {
  if (post.category !== PATIENT_STORY || post.attributions === undefined) return [];
  const consented = new Set(
    post.attributions
      .filter((attribution) => attribution.consentReference?.trim())
      .map((attribution) => attribution.media?.id),
  );
  return post.media.flatMap((file, index) =>
    isImage(file.mime) && !consented.has(file.id)
      ? [
          {
            id: 'images.consent' as const,
            rule: RULE,
            status: 'fail' as const,
            message: `A patient story's image ${file.name ?? `#${index + 1}`} needs the patients' consent: give its attribution the consent reference on file with the privacy office.`,
            path: `media.${index}`,
          },
        ]
      : [],
  );
};
