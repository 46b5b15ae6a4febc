import { checkPatientConsent } from '../patient-consent';
import { post } from './fixtures';
import type { Attribution } from '../types';

// Rule 9, "staff cannot release confidential information about patients ... without authority": a patient
// story shows patients, so each of its images carries the reference of the patients' written consent on
// its attribution. Videos and documents are not pictures of the patients here; other categories ask nothing.
const image = (id: number, name?: string, mime = 'image/jpeg') => ({ id, ...(name ? { name } : {}), mime });
const credited = (media: { id: number }, consentReference?: string) => ({
  kind: 'image',
  media,
  licence: 'own-work',
  rightsHolder: 'Riverside Health',
  creditLine: '© Riverside Health',
  ...(consentReference === undefined ? {} : { consentReference }),
});

describe("a patient story's images (rule 9)", () => {
  it('fails each image without a consent reference, named by its file or its position', () => {
    const named = image(7, 'maria-at-home.jpg');
    const unnamed = image(8);
    const story = post({
      category: 'patient-story',
      media: [named, unnamed],
      attributions: [credited(named), credited(unnamed, '   ')],
    });
    expect(checkPatientConsent(story)).toEqual([
      {
        id: 'images.consent',
        rule: 9,
        status: 'fail',
        message:
          "A patient story's image maria-at-home.jpg needs the patients' consent: give its attribution the consent reference on file with the privacy office.",
        path: 'media.0',
      },
      {
        id: 'images.consent',
        rule: 9,
        status: 'fail',
        message:
          "A patient story's image #2 needs the patients' consent: give its attribution the consent reference on file with the privacy office.",
        path: 'media.1',
      },
    ]);
  });

  it("passes an image whose own attribution holds the reference, not another image's", () => {
    const first = image(7, 'a.jpg');
    const second = image(8, 'b.jpg');
    const story = post({
      category: 'patient-story',
      media: [first, second],
      attributions: [credited(first, 'PC-2026-114'), credited(second)],
    });
    expect(checkPatientConsent(story).map((check) => check.path)).toEqual(['media.1']);
    expect(
      checkPatientConsent({ ...story, attributions: [credited(first, 'PC-1'), credited(second, 'PC-2')] }),
    ).toEqual([]);
  });

  it('asks nothing of a video or a file without a type, nor of a story that has no attributions yet', () => {
    const story = post({
      category: 'patient-story',
      media: [image(7, 'tour.mp4', 'video/mp4'), { id: 8, name: 'leaflet' }],
      attributions: [],
    });
    expect(checkPatientConsent(story)).toEqual([]);
    expect(
      checkPatientConsent(post({ category: 'patient-story', media: [image(9)], attributions: undefined })),
    ).toEqual([]);
  });

  // A patient story also quotes patients: the quote's attribution has no media, and may hold the consent
  // reference for the words. It covers no image, and the images are checked as ever.
  it("counts a consent reference on an attribution without media (a patient's quoted words) for no image", () => {
    const photo = image(7, 'maria-at-home.jpg');
    const quote = {
      kind: 'text',
      licence: 'permission',
      description: "Maria's words",
      consentReference: 'PC-9',
    };
    const check = (attributions: Attribution[]) =>
      checkPatientConsent(post({ category: 'patient-story', media: [photo], attributions }));
    expect(check([quote, credited(photo, 'PC-2026-114')])).toEqual([]);
    expect(check([{ ...quote, media: null }, credited(photo, 'PC-2026-114')])).toEqual([]);
    expect(check([quote, credited(photo)]).map((result) => [result.id, result.path])).toEqual([
      ['images.consent', 'media.0'],
    ]);
  });

  it('asks nothing of the images of other categories', () => {
    const photo = image(7, 'maria-at-home.jpg');
    expect(
      checkPatientConsent(post({ category: 'event', media: [photo], attributions: [credited(photo)] })),
    ).toEqual([]);
  });
});
