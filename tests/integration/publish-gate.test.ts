import {
  POST,
  addLocale,
  compliantData,
  createDraft,
  draftRow,
  makeCompliant,
  publishedRows,
  waitForAudit,
} from './fixtures';
import { appSuite } from './suite';

/** A post that breaks rule 8 (no attribution) and rule 9 (patient information). */
const nonCompliantData = (overrides: Record<string, unknown> = {}) =>
  compliantData({
    body: 'Please pray for Jane Doe, 93, admitted to Ward 7 on 3 March.',
    attributions: [],
    ...overrides,
  });

const expectRefusal = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => null,
    (rejection: unknown) => rejection,
  )) as { name: string; message: string; details: { errors: { path: string[]; message: string }[] } } | null;
  expect(error).not.toBeNull();
  expect(error!.name).toBe('ValidationError');
  expect(error!.message).toMatch(/cannot be published yet/);
  return error!.details.errors;
};

describe('the publish gate', () => {
  const suite = appSuite({ sessions: ['editor'] });
  const { as } = suite;

  describe('refuses a non-compliant post on every path, with the reasons, and publishes nothing', () => {
    it('document service publish', async () => {
      const { documentId } = await createDraft(suite.app, suite.users, nonCompliantData());
      const before = await draftRow(suite.app, documentId);
      const errors = await expectRefusal(
        suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' }),
      );

      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            path: ['attributions'],
            message: expect.stringContaining('attribution'),
          }),
          expect.objectContaining({ path: ['body'], message: expect.stringContaining('Jane Doe') }),
          expect.objectContaining({ path: [], message: expect.stringContaining('Attest') }),
          expect.objectContaining({ path: [], message: expect.stringContaining('approval') }),
        ]),
      );
      expect(await publishedRows(suite.app, documentId)).toBe(0);
      expect(await draftRow(suite.app, documentId)).toEqual(before);

      const [event] = await waitForAudit(suite.app, 'publish-refused', documentId);
      expect(event.details.reasons.map((reason: { id: string }) => reason.id)).toEqual(
        expect.arrayContaining([
          'attribution.own-work',
          'phi.identifier',
          'attestation.missing',
          'approval.missing',
        ]),
      );
    });

    it("document service publish of every locale ('*')", async () => {
      const { documentId } = await createDraft(suite.app, suite.users, nonCompliantData());
      await expectRefusal(suite.app.strapi.documents(POST).publish({ documentId, locale: '*' }));
      expect(await publishedRows(suite.app, documentId)).toBe(0);
    });

    it("create with status 'published' (how REST and GraphQL publish): nothing is created", async () => {
      const title = `Created and published ${Date.now()}`;
      await expectRefusal(
        suite.app.strapi
          .documents(POST)
          .create({ data: nonCompliantData({ title }) as never, status: 'published', locale: 'en' } as never),
      );
      expect(await suite.app.strapi.db.query(POST).count({ where: { title } })).toBe(0);
    });

    it("update with status 'published': the draft stays exactly as it was", async () => {
      const { documentId } = await createDraft(suite.app, suite.users, nonCompliantData());
      const before = await draftRow(suite.app, documentId);
      await expectRefusal(
        suite.app.strapi.documents(POST).update({
          documentId,
          locale: 'en',
          data: { title: 'Edited and published' } as never,
          status: 'published',
        } as never),
      );
      expect(await publishedRows(suite.app, documentId)).toBe(0);
      expect(await draftRow(suite.app, documentId)).toEqual(before);
    });

    it("the Content Manager's publish, over HTTP with an editor's admin token", async () => {
      const { documentId } = await createDraft(suite.app, suite.users, nonCompliantData());
      const response = await as('editor')
        .post(`/content-manager/collection-types/${POST}/${documentId}/actions/publish?locale=en`)
        .send({});
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.details.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: ['attributions'] })]),
      );
      expect(await publishedRows(suite.app, documentId)).toBe(0);
    });

    it("the Content Manager's bulk publish: the non-compliant post of a batch is refused with its reasons", async () => {
      const compliant = await createDraft(suite.app, suite.users);
      await makeCompliant(suite.app, suite.users, compliant.documentId);
      const refused = await createDraft(suite.app, suite.users, nonCompliantData());
      const response = await as('editor')
        .post(`/content-manager/collection-types/${POST}/actions/bulkPublish?locale=en`)
        .send({ documentIds: [compliant.documentId, refused.documentId] });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: ['attributions'] })]),
      );
      // Strapi publishes a batch in parallel in one transaction; whether the compliant post of it went out
      // depends on the database, but the non-compliant one never does.
      expect(await publishedRows(suite.app, refused.documentId)).toBe(0);
    });
  });

  describe('publishes a compliant post on every path', () => {
    it('document service publish, and publish of every locale', async () => {
      const first = await createDraft(suite.app, suite.users);
      await makeCompliant(suite.app, suite.users, first.documentId);
      await suite.app.strapi.documents(POST).publish({ documentId: first.documentId, locale: 'en' });
      expect(await publishedRows(suite.app, first.documentId)).toBe(1);
      expect(await waitForAudit(suite.app, 'publish', first.documentId)).toHaveLength(1);

      const second = await createDraft(suite.app, suite.users);
      await makeCompliant(suite.app, suite.users, second.documentId);
      await suite.app.strapi.documents(POST).publish({ documentId: second.documentId, locale: '*' });
      expect(await publishedRows(suite.app, second.documentId)).toBe(1);
    });

    it("update with status 'published' when the content stays what was approved", async () => {
      const { documentId } = await createDraft(suite.app, suite.users);
      await makeCompliant(suite.app, suite.users, documentId);
      await suite.app.strapi.documents(POST).update({
        documentId,
        locale: 'en',
        data: { title: compliantData().title } as never,
        status: 'published',
      } as never);
      expect(await publishedRows(suite.app, documentId)).toBe(1);
    });

    it("the Content Manager's publish and bulk publish over HTTP", async () => {
      const single = await createDraft(suite.app, suite.users);
      await makeCompliant(suite.app, suite.users, single.documentId);
      const response = await as('editor')
        .post(`/content-manager/collection-types/${POST}/${single.documentId}/actions/publish?locale=en`)
        .send({});
      expect(response.status).toBe(200);
      expect(await publishedRows(suite.app, single.documentId)).toBe(1);

      const batch = [await createDraft(suite.app, suite.users), await createDraft(suite.app, suite.users)];
      for (const { documentId } of batch) await makeCompliant(suite.app, suite.users, documentId);
      const bulk = await as('editor')
        .post(`/content-manager/collection-types/${POST}/actions/bulkPublish?locale=en`)
        .send({ documentIds: batch.map((document) => document.documentId) });
      expect(bulk.status).toBe(200);
      for (const { documentId } of batch) expect(await publishedRows(suite.app, documentId)).toBe(1);
    });
  });

  it('a post edited after approval is refused until it is reviewed again', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await makeCompliant(suite.app, suite.users, documentId);
    await suite.app.strapi.documents(POST).update({
      documentId,
      locale: 'en',
      data: { body: `${compliantData().body} Bring a friend!` } as never,
    });
    const errors = await expectRefusal(
      suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' }),
    );
    expect(errors.map((error) => error.message).join(' ')).toMatch(/changed after it was attested/);
    expect(await publishedRows(suite.app, documentId)).toBe(0);
  });

  it('i18n: a compliant en and a non-compliant es of one post: en publishes, es does not', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await addLocale(suite.app, documentId, 'es', {
      ...compliantData({ title: 'Vacunación', body: 'Vacunas gratis el sábado.' }),
      attributions: [],
    });
    await makeCompliant(suite.app, suite.users, documentId, 'en');

    await expectRefusal(suite.app.strapi.documents(POST).publish({ documentId, locale: 'es' }));
    await expectRefusal(suite.app.strapi.documents(POST).publish({ documentId, locale: '*' }));
    expect(await publishedRows(suite.app, documentId)).toBe(0);

    await suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' });
    expect(await publishedRows(suite.app, documentId, 'en')).toBe(1);
    expect(await publishedRows(suite.app, documentId, 'es')).toBe(0);
  });

  // Rule 4, "be clear about what topics are acceptable and what are off limits": a term the policy owner
  // blocks stops an attested, approved post at the gate; the same term set to warn lets it through.
  it('refuses a post that mentions a term the policy blocks, and publishes it once the term only warns', async () => {
    const { documentId } = await createDraft(
      suite.app,
      suite.users,
      compliantData({ body: 'Our statement on the ongoing lawsuit is on our website.' }),
    );
    await makeCompliant(suite.app, suite.users, documentId);
    const policy = suite.app.strapi.plugin('social-compliance').service('policy');
    const setLexicon = async (lexicon: { term: string; severity: 'block' | 'warn'; reason?: string }[]) => {
      const { version, ...settings } = await policy.current();
      await policy.update({ ...settings, lexicon }, { expectedVersion: version, note: 'off-limits test' });
    };

    await setLexicon([
      { term: 'lawsuit', severity: 'block', reason: 'Legal matters go through the legal team.' },
    ]);
    try {
      const errors = await expectRefusal(
        suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' }),
      );
      expect(errors).toEqual([
        expect.objectContaining({
          path: ['body'],
          message:
            '"lawsuit" is an off-limits topic: Legal matters go through the legal team. Remove it before publishing.',
        }),
      ]);
      expect(await publishedRows(suite.app, documentId)).toBe(0);
      const [event] = await waitForAudit(suite.app, 'publish-refused', documentId);
      expect(event.details.reasons.map((reason: { id: string }) => reason.id)).toEqual(['topics.off-limits']);

      await setLexicon([{ term: 'lawsuit', severity: 'warn' }]);
      await suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' });
      expect(await publishedRows(suite.app, documentId)).toBe(1);
    } finally {
      await setLexicon([]);
    }
  });

  it('fails closed: when a check cannot run, publishing is refused', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await makeCompliant(suite.app, suite.users, documentId);
    const table = suite.app.strapi.db.metadata.get('plugin::social-compliance.compliance-record').tableName;
    await suite.app.strapi.db.connection.schema.renameTable(table, `${table}_off`);
    // The cause goes to the server log for the administrator: asserted here, and kept out of the test output.
    const logged = jest.spyOn(suite.app.strapi.log, 'error').mockImplementation(() => suite.app.strapi.log);
    try {
      const error = await suite.app.strapi
        .documents(POST)
        .publish({ documentId, locale: 'en' })
        .catch((rejection: Error) => rejection);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/compliance checks could not run/);
      expect(await publishedRows(suite.app, documentId)).toBe(0);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/compliance checks could not run: /));
    } finally {
      logged.mockRestore();
      await suite.app.strapi.db.connection.schema.renameTable(`${table}_off`, table);
    }
  });

  it('leaves ungoverned content types alone', async () => {
    const template = await suite.app.strapi.documents('plugin::social-compliance.message-template').create({
      data: { name: 'Ungoverned', body: 'Any text' } as never,
      locale: 'en',
    });
    await suite.app.strapi
      .documents('plugin::social-compliance.message-template')
      .publish({ documentId: template.documentId, locale: 'en' });
    expect(
      await suite.app.strapi.db
        .query('plugin::social-compliance.message-template')
        .count({ where: { documentId: template.documentId, publishedAt: { $notNull: true } } }),
    ).toBe(1);
  });
});
