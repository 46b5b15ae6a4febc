import { evaluate } from '..';
import { checkImageText, imagePhiFindings, unreadableFingerprint } from '../image-text';
import { checkPatientConsent } from '../patient-consent';
import { NOW, policy, post } from './fixtures';
import { override, read, unreadable } from './image-readings';

describe('checkImageText', () => {
  it('makes a patient name in a picture a failed check that names the picture', () => {
    const [result] = checkImageText([read('Bed 4 Maria Gonzalez | Huddle 07:30')], policy());
    expect(result).toMatchObject({ id: 'phi.identifier', status: 'fail', path: 'media.0' });
    expect(result.message).toMatch(/^The image ward-team\.jpg shows a patient name \(Maria G…\)/);
  });

  it('reads the picture’s text with the policy’s allow list: the organisation’s own number passes', () => {
    expect(checkImageText([read('Flu clinic Saturday | Call +1 555 010 4400')], policy())).toEqual([]);
  });

  it('refuses an image not read yet, without waiting for it', () => {
    const [result] = checkImageText([{ path: 'media.1', name: 'board.png', status: 'pending' }], policy());
    expect(result).toMatchObject({ id: 'images.reading', status: 'fail' });
    expect(result.message).toMatch(/still reading the image board\.png, a few seconds/i);
  });

  it('fails an unreadable image with its reason until a reviewer accepts it with a reason', () => {
    const broken = unreadable();
    expect(checkImageText([broken], policy())[0]).toMatchObject({ id: 'images.unreadable', status: 'fail' });
    const accepted = checkImageText([broken], policy(), [
      override(unreadableFingerprint(broken), {
        userLabel: 'Rita Reviewer',
        reason: 'Checked by eye: a landscape',
        category: 'image',
        text: 'scan.jpg',
      }),
    ]);
    expect(accepted[0]).toMatchObject({ id: 'images.accepted', status: 'warn' });
  });

  it('lets a reviewer override one finding of a picture by its fingerprint', () => {
    const reading = read('Patient: Maria Gonzalez');
    const [finding] = imagePhiFindings([reading], policy());
    const results = checkImageText([reading], policy(), [override(finding.fingerprint)]);
    expect(results).toEqual([expect.objectContaining({ id: 'phi.overridden', status: 'warn' })]);
  });
});

describe('evaluate with images', () => {
  it('is not compliant while a picture shows a patient name', () => {
    const evaluation = evaluate({
      post: post(),
      policy: policy(),
      now: NOW,
      images: [read('Bed 4 Maria Gonzalez')],
    });
    expect(evaluation.checks.filter((check) => check.status === 'fail').map((check) => check.id)).toContain(
      'phi.identifier',
    );
  });
});

describe('patient consent on a patient story’s images', () => {
  const photo = { id: 7, name: 'maria-at-home.jpg', mime: 'image/jpeg' };
  const attribution = (consentReference?: string) => ({
    kind: 'image',
    media: photo,
    licence: 'own-work',
    rightsHolder: 'Riverside Health',
    creditLine: '© Riverside Health',
    consentReference,
  });

  it('needs a consent reference on the attribution of each image', () => {
    const story = post({ category: 'patient-story', media: [photo], attributions: [attribution()] });
    expect(checkPatientConsent(story)).toEqual([
      expect.objectContaining({ id: 'images.consent', status: 'fail', path: 'media.0' }),
    ]);
    expect(checkPatientConsent({ ...story, attributions: [attribution('PC-2026-114')] })).toEqual([]);
  });

  it('asks nothing of other categories', () => {
    expect(checkPatientConsent(post({ media: [photo], attributions: [attribution()] }))).toEqual([]);
  });
});
