// Issue 13 on a real Strapi: the text in a post's pictures is read off the request path and its patient
// information blocks the publish like the post's own text; a replaced picture is read again.
import {
  POST,
  compliantDataShowing,
  createDraft,
  makeCompliant,
  publishedRows,
  waitForAudit,
} from './fixtures';
import { writeTextPictures, type TextPictures } from '../text-pictures';
import { readingOf, replacePicture, uploadPicture } from './pictures';
import { appSuite } from './suite';

const READING = 'plugin::social-compliance.image-reading';

const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { message: string; details?: { errors?: { path: string[]; message: string }[] } }) => error,
  );

describe('patient information in pictures', () => {
  const suite = appSuite({ env: { SOCIAL_COMPLIANCE_OCR: 'true' }, sessions: ['editor'] });
  let pictures: TextPictures;

  beforeAll(async () => {
    pictures = await writeTextPictures({
      'ward-team.jpg': ['Bed 4  Maria Gonzalez', 'Huddle 07:30'],
      'clean.jpg': ['Flu shots Saturday', 'Huddle 07:30'],
    });
  });

  afterAll(() => pictures?.remove());

  /** The editor's post showing the picture, attested and approved: only the picture can stop it now. */
  const approvedPostShowing = async (fileId: number) => {
    const { documentId } = await createDraft(suite.app, suite.users, compliantDataShowing(fileId));
    await makeCompliant(suite.app, suite.users, documentId);
    return documentId;
  };

  it('refuses a post whose picture shows a patient name, naming the picture; a clean replacement passes; an override publishes, audited', async () => {
    const file = await uploadPicture(suite.app, 'ward-team.jpg', pictures.path('ward-team.jpg'));
    // Read because it was uploaded, before any post uses it.
    expect(await readingOf(suite.app, file.id)).toMatchObject({ status: 'read' });
    const documentId = await approvedPostShowing(file.id);

    const refused = await refusalOf(suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' }));
    expect(refused?.details?.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ['media', '0'],
          message: expect.stringMatching(/^The image ward-team\.jpg shows a patient name \(Maria G…\)/),
        }),
      ]),
    );
    expect(await publishedRows(suite.app, documentId)).toBe(0);

    // Replaced by a clean picture: the same file id, a new version, read again; the finding goes.
    await replacePicture(suite.app, file.id, pictures.path('clean.jpg'));
    const clean = await readingOf(suite.app, file.id);
    expect(clean).toMatchObject({ status: 'read' });
    expect(clean.text).not.toMatch(/Gonzalez/);
    const evaluation = await suite.app.strapi
      .plugin('social-compliance')
      .service('compliance')
      .evaluate({ uid: POST, documentId, locale: 'en' });
    expect(evaluation.checks.filter((check: { path?: string }) => check.path === 'media.0')).toEqual([]);

    // Back to the leaky picture (its bytes were read once: copied, not read again), then overridden.
    await replacePicture(suite.app, file.id, pictures.path('ward-team.jpg'));
    expect(await readingOf(suite.app, file.id)).toMatchObject({ status: 'read' });
    const readingsOfTheBytes = await suite.app.strapi.db
      .query(READING)
      .findMany({ where: { fileId: file.id } });
    expect(new Set(readingsOfTheBytes.map((row: { contentHash: string }) => row.contentHash)).size).toBe(2);

    // The picture changed under the attestation and the approval (the content hash holds its bytes).
    await makeCompliant(suite.app, suite.users, documentId);
    const compliance = suite.app.strapi.plugin('social-compliance').service('compliance');
    const { findings } = await compliance.inspect({ uid: POST, documentId, locale: 'en' });
    const finding = findings.find((candidate: { path: string }) => candidate.path === 'media.0');
    expect(finding).toMatchObject({ category: 'name', text: 'Maria Gonzalez' });
    await suite.app.strapi.plugin('social-compliance').service('review').overrideFinding({
      uid: POST,
      documentId,
      locale: 'en',
      user: suite.users.reviewer,
      fingerprint: finding.fingerprint,
      reason: 'Patient consent on file, ref. PC-2026-114',
    });
    await suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' });
    expect(await publishedRows(suite.app, documentId)).toBe(1);
    const [override] = await waitForAudit(suite.app, 'override', documentId);
    expect(override.details).toMatchObject({
      path: 'media.0',
      text: 'Maria Gonzalez',
      reason: 'Patient consent on file, ref. PC-2026-114',
    });
  });

  it('refuses at once while a picture is not read yet, and starts reading it: the gate never waits', async () => {
    const file = await uploadPicture(suite.app, 'board.jpg', pictures.path('clean.jpg'));
    await readingOf(suite.app, file.id);
    const documentId = await approvedPostShowing(file.id);
    // As if it had just been attached: no reading of it yet (the upload's own readings done first).
    await suite.app.strapi.plugin('social-compliance').service('imageReadings').settled();
    await suite.app.strapi.db.query(READING).deleteMany({ where: { fileId: file.id } });
    const started = Date.now();
    const refused = await refusalOf(suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(refused?.message).toMatch(/Still reading the image board\.jpg, a few seconds/);
    expect(await readingOf(suite.app, file.id)).toMatchObject({ status: 'read' });
    await suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' });
    expect(await publishedRows(suite.app, documentId)).toBe(1);
  });

  it('gives the admin the words read in a picture and the boxes of its patient information', async () => {
    const file = await uploadPicture(suite.app, 'wristband.jpg', pictures.path('ward-team.jpg'));
    await readingOf(suite.app, file.id);
    const response = await suite.as('editor').get(`/social-compliance/images/${file.id}/reading`);
    expect(response.status).toBe(200);
    const { data } = response.body;
    expect(data).toMatchObject({ fileId: file.id, name: 'wristband.jpg', status: 'read', width: 1080 });
    expect(data.words.map((word: { text: string }) => word.text)).toEqual(
      expect.arrayContaining(['Maria', 'Gonzalez']),
    );
    const [name] = data.findings;
    expect(name).toMatchObject({ category: 'name', text: 'Maria Gonzalez', severity: 'block' });
    expect(name.boxes).toHaveLength(2);

    const bad = await suite.as('editor').get('/social-compliance/images/abc/reading');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/give the id of an uploaded file/);
    const missing = await suite.as('editor').get('/social-compliance/images/987654/reading');
    expect(missing.status).toBe(404);
  });

  it('gives the side panel and the review screen the post’s pictures, and quotes a picture’s findings naming it', async () => {
    const file = await uploadPicture(suite.app, 'ward-board.jpg', pictures.path('ward-team.jpg'));
    await readingOf(suite.app, file.id);
    const data = compliantDataShowing(file.id);
    const { documentId } = await createDraft(suite.app, suite.users, data);

    const checklist = await suite
      .as('editor')
      .post('/social-compliance/evaluate')
      .send({ uid: POST, documentId, locale: 'en', data: { ...data, title: 'A picture of the ward' } });
    expect(checklist.status).toBe(200);
    const picture = {
      fileId: file.id,
      path: 'media.0',
      name: 'ward-board.jpg',
      url: expect.stringMatching(/^\/uploads\/.+\.jpg$/),
      alternativeText: null,
      status: 'read',
      reason: null,
    };
    expect(checklist.body.data.images).toEqual([picture]);
    expect(checklist.body.data.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'media.0',
          category: 'name',
          text: 'Maria Gonzalez',
          before: expect.stringContaining('Bed 4'),
          image: { fileId: file.id, name: 'ward-board.jpg' },
        }),
      ]),
    );

    const read = await suite.as('editor').get(`/social-compliance/documents/${POST}/${documentId}?locale=en`);
    expect(read.status).toBe(200);
    expect(read.body.data.images).toEqual([picture]);
  });
});
