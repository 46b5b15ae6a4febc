import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createContentRows } from '../../server/src/services/content-rows';
import { POST, TEMPLATE, compliantData, createDraft, makeCompliant } from './fixtures';
import { appSuite } from './suite';

type Row = Record<string, unknown>;

/** `expected` cut down to the shape of `actual`: the keys it has, in nested objects and lists too. */
const shapedLike = (expected: unknown, actual: unknown): unknown => {
  if (Array.isArray(actual) && Array.isArray(expected))
    return expected.map((item, index) => shapedLike(item, actual[index]));
  if (actual && typeof actual === 'object' && expected && typeof expected === 'object') {
    return Object.fromEntries(
      Object.keys(actual).map((key) => [key, shapedLike((expected as Row)[key], (actual as Row)[key])]),
    );
  }
  return expected;
};

/**
 * The gate judges a post through the snapshot's one-query read (`content-rows.ts`). It must give what
 * Strapi's own populate gives, value for value, or a hash would differ from the one the panel computes
 * from form data (`fromData`, through Strapi's query engine).
 */
describe("the snapshot's one-query read of a post", () => {
  const suite = appSuite();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'content-rows-'));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const upload = async (name: string, text: string) => {
    const filepath = join(dir, name);
    await writeFile(filepath, text);
    const [file] = await suite.app.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { alternativeText: `Alt of ${name}`, caption: `Caption of ${name}` } },
        files: { filepath, originalFilename: name, mimetype: 'text/plain', size: text.length },
      });
    return file as { id: number };
  };

  const strapiRead = (documentId: string, published: boolean) =>
    suite.app.strapi.db.query(POST).findMany({
      where: { documentId, locale: 'en', publishedAt: published ? { $notNull: true } : null },
      populate: {
        createdBy: true,
        media: true,
        attributions: { populate: { media: true } },
        qa: true,
        template: true,
      },
    });

  it('reads fields, media in order, attributions with their media, Q&A, the template and the author as Strapi does', async () => {
    const first = await upload('first.txt', 'first file');
    const second = await upload('second.txt', 'second file, longer');
    const template = await suite.app.strapi.documents(TEMPLATE).create({
      data: { name: 'Flu clinic', body: compliantData().body } as never,
      locale: 'en',
    });
    const { documentId } = await createDraft(
      suite.app,
      suite.users,
      compliantData({
        media: [second.id, first.id],
        template: template.documentId,
        attributions: [
          ...compliantData().attributions,
          {
            kind: 'image',
            media: first.id,
            licence: 'own-work',
            rightsHolder: 'Riverside Health',
            creditLine: '© Riverside Health',
          },
          {
            kind: 'image',
            media: second.id,
            licence: 'own-work',
            rightsHolder: 'Riverside Health',
            creditLine: '© Riverside Health',
          },
          {
            kind: 'quote',
            licence: 'permission',
            rightsHolder: 'Dr Lee',
            licenceReference: 'P-1',
            creditLine: 'Dr Lee',
          },
        ],
        qa: [
          { question: 'When?', answer: 'Mondays.' },
          { question: 'Where?', answer: 'The atrium.' },
        ],
      }),
    );
    const rows = createContentRows(suite.app.strapi);

    const {
      documents: [draft],
    } = await rows.read(POST, { documentIds: [documentId], locales: ['en'], published: false });
    const [expected] = await strapiRead(documentId, false);
    expect((draft.media as Row[]).map((file) => file.id)).toEqual([second.id, first.id]);
    expect(
      (draft.attributions as Row[]).map((attribution) => (attribution.media as Row | null)?.id ?? null),
    ).toEqual([null, first.id, second.id, null]);
    expect(draft.template).toEqual({ documentId: template.documentId, locale: 'en' });
    expect(draft.createdBy).toEqual({ id: suite.users.editor.id });
    expect(draft).toEqual(shapedLike(expected, draft));

    // The published version, read back once Strapi has written it (the gate's read).
    await suite.app.strapi.documents(TEMPLATE).publish({ documentId: template.documentId, locale: 'en' });
    await makeCompliant(suite.app, suite.users, documentId);
    await suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' });
    const {
      documents: [published],
    } = await rows.read(POST, {
      documentIds: [documentId],
      locales: ['en'],
      published: true,
    });
    const [expectedPublished] = await strapiRead(documentId, true);
    expect(published.id).not.toBe(draft.id);
    expect(published).toEqual(shapedLike(expectedPublished, published));
  });

  it('reads several documents at once, each with its own parts, and nothing for a document with no such version', async () => {
    const file = await upload('third.txt', 'third file');
    const one = await createDraft(suite.app, suite.users, compliantData({ media: [file.id] }));
    const two = await createDraft(
      suite.app,
      suite.users,
      compliantData({ qa: [{ question: 'Who?', answer: 'Everyone.' }] }),
    );
    const { documents: rows } = await createContentRows(suite.app.strapi).read(POST, {
      documentIds: [one.documentId, two.documentId, 'no-such-document'],
      published: false,
    });
    const byDocument = new Map(rows.map((row) => [row.documentId, row]));
    expect([...byDocument.keys()].sort()).toEqual([one.documentId, two.documentId].sort());
    expect((byDocument.get(one.documentId)!.media as Row[]).map((media) => media.id)).toEqual([file.id]);
    expect(byDocument.get(one.documentId)!.qa).toEqual([]);
    expect(byDocument.get(two.documentId)!.media).toEqual([]);
    expect((byDocument.get(two.documentId)!.qa as Row[]).map((pair) => pair.question)).toEqual(['Who?']);
    expect(
      await createContentRows(suite.app.strapi).read(POST, {
        documentIds: [one.documentId],
        published: true,
      }),
    ).toEqual({ documents: [], alongside: null });
  });

  // The gate reads the record, the policy's version and the chain's head in the content read's round trip:
  // the same values as their own query, and a row even where there is no content to read.
  it("reads the gate's record, policy version and chain head beside the content, content or not", async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await makeCompliant(suite.app, suite.users, documentId);
    const records = suite.app.strapi.plugin('social-compliance').service('records');
    const target = { uid: POST, documentId, locale: 'en' };
    const own = await records.findForGate(target, { chainHead: true });
    expect(own.record.approvals).toHaveLength(1);
    expect(own.policy).toEqual({ id: expect.any(Number), version: expect.any(Number) });
    expect(own.chainHead).toEqual({ seq: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    const rows = createContentRows(suite.app.strapi);
    for (const published of [false, true]) {
      const { alongside, fromRow } = records.gateRead(target, { chainHead: true });
      const read = await rows.read(POST, {
        documentIds: [documentId],
        locales: ['en'],
        published,
        alongside,
      });
      // The draft exists; no published version does.
      expect(read.documents).toHaveLength(published ? 0 : 1);
      expect(fromRow(read.alongside)).toEqual(own);
    }
    // A post nobody acted on: no record, the same policy and head.
    const { alongside, fromRow } = records.gateRead({ ...target, documentId: 'no-such-document' });
    const read = await rows.read(POST, { documentIds: ['no-such-document'], published: false, alongside });
    expect(fromRow(read.alongside)).toEqual({ record: null, policy: own.policy });

    // Before any policy exists the row is still there, and so is the content it comes with (rolled back).
    const ROLLBACK = new Error('rolled back');
    await expect(
      suite.app.strapi.db.transaction(async ({ trx }) => {
        const policies = suite.app.strapi.db.metadata.get('plugin::social-compliance.policy').tableName;
        await trx(policies).del();
        const noPolicy = records.gateRead(target);
        const withNoPolicy = await rows.read(POST, {
          documentIds: [documentId],
          locales: ['en'],
          published: false,
          alongside: noPolicy.alongside,
        });
        expect(withNoPolicy.documents).toHaveLength(1);
        expect(noPolicy.fromRow(withNoPolicy.alongside)).toEqual({ record: own.record, policy: null });
        throw ROLLBACK;
      }),
    ).rejects.toBe(ROLLBACK);
  });
});
