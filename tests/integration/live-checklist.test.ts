// The side panel's one source: POST /social-compliance/evaluate over unsaved form data.
import { POST, TEMPLATE, compliantData, createDraft } from './fixtures';
import { appSuite } from './suite';

describe('the live checklist: what the side panel quotes', () => {
  const suite = appSuite({ sessions: ['editor', 'outsider'] });

  const evaluate = (body: Record<string, unknown>) =>
    suite.as('editor').post('/social-compliance/evaluate').send(body);

  it('stores the channels and the template values through custom fields (JSON underneath)', () => {
    expect(suite.app.strapi.get('custom-fields').get('plugin::social-compliance.channels')).toMatchObject({
      type: 'json',
    });
    expect(suite.app.strapi.contentType(POST).attributes.channels).toMatchObject({
      type: 'json',
      customField: 'plugin::social-compliance.channels',
    });
    expect(suite.app.strapi.contentType(POST).attributes.templateValues).toMatchObject({
      type: 'json',
      customField: 'plugin::social-compliance.template-values',
    });
  });

  it('names the governed content types to an editor, and to no one without the read permission', async () => {
    const response = await suite.as('editor').get('/social-compliance/governed-content-types');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual(expect.arrayContaining([POST, 'api::press-release.press-release']));

    const refused = await suite.as('outsider').get('/social-compliance/governed-content-types');
    expect(refused.status).toBe(403);
  });

  it('quotes the findings of unsaved text with their words around, and counts each channel', async () => {
    const response = await evaluate({
      uid: POST,
      locale: 'en',
      data: compliantData({
        body: 'Best wishes to our patient Jane Doe, MRN 4471203, who went home today after surgery.',
        channels: ['x', 'facebook'],
      }),
    });
    expect(response.status).toBe(200);
    const { compliant, findings, channels, media } = response.body.data;
    expect(compliant).toBe(false);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'body',
          category: 'name',
          text: 'Jane Doe',
          before: 'Best wishes to our patient ',
          severity: 'block',
        }),
        expect.objectContaining({ path: 'body', category: 'mrn', text: expect.stringContaining('4471203') }),
      ]),
    );
    expect(channels).toEqual([
      expect.objectContaining({ channel: 'x', maxLength: 280, length: expect.any(Number) }),
      expect.objectContaining({ channel: 'facebook', length: expect.any(Number) }),
    ]);
    expect(media).toEqual([]);
  });

  it('keeps the saved template when the form did not touch the relation', async () => {
    const template = await suite.app.strapi.documents(TEMPLATE).create({
      data: { name: 'Clinic hours', body: 'Our {{clinic}} is open from {{hours}}.' } as never,
      locale: 'en',
    });
    const draft = await createDraft(suite.app, suite.users, compliantData({ template: template.documentId }));
    const response = await evaluate({
      uid: POST,
      documentId: draft.documentId,
      locale: 'en',
      data: compliantData({ body: 'Something else entirely.' }),
    });
    expect(response.status).toBe(200);
    // The template is still there (and not approved: it has no published version).
    expect(response.body.data.checks).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'template.unapproved', status: 'fail' })]),
    );
  });

  const countRows = async () => ({
    posts: await suite.app.strapi.db.query(POST).count(),
    records: await suite.app.strapi.db.query('plugin::social-compliance.compliance-record').count(),
    events: await suite.app.strapi.db.query('plugin::social-compliance.audit-event').count(),
  });

  it('evaluates unsaved form data and writes nothing', async () => {
    const before = await countRows();
    const response = await evaluate({
      uid: POST,
      locale: 'en',
      data: compliantData({ body: 'Get well soon, Jane Doe in bed 4!' }),
    });
    expect(response.status).toBe(200);
    const { compliant, checks, contentHash } = response.body.data;
    expect(compliant).toBe(false);
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'phi.identifier', status: 'fail', path: 'body' }),
        expect.objectContaining({ id: 'attribution', status: 'pass' }),
        expect.objectContaining({ id: 'attestation.missing', status: 'fail' }),
      ]),
    );
    expect(await countRows()).toEqual(before);
  });

  it('answers bad input with a 400 and a sentence', async () => {
    const unknownType = await evaluate({ uid: 'api::nothing.nothing', data: {} });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.error.message).toMatch(/not a content type under the social media policy/);

    const missingUid = await evaluate({});
    expect(missingUid.status).toBe(400);
    expect(missingUid.body.error.message).toMatch(/uid is missing/);

    const missingFile = await evaluate({ uid: POST, data: compliantData({ media: [987654] }) });
    expect(missingFile.status).toBe(400);
    expect(missingFile.body.error.message).toMatch(/media file .* does not exist/);
  });
});
