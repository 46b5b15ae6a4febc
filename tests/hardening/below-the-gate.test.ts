// The gate's blind spots, on each database: a file replaced or deleted in the Media Library after a
// post was approved, and published rows written below the document service.
import fs from 'fs';
import os from 'os';
import path from 'path';
import sharp from 'sharp';

import {
  POST,
  compliantData,
  createDraft,
  makeCompliant,
  publishedRows,
  type Users,
} from '../integration/fixtures';
import type { TestApp } from '../integration/strapi';
import { bootOn, service, type Client } from './app';

const CLIENTS = (process.env.HARDENING_DATABASES ?? 'sqlite,postgres,mysql').split(',') as Client[];

/** A PNG of one colour and size, written to a temporary file, as the upload plugin receives it. */
const picture = async (name: string, colour: string, width: number) => {
  const filepath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sc-media-')), name);
  await sharp({ create: { width, height: 40, channels: 3, background: colour } })
    .png()
    .toFile(filepath);
  return { filepath, originalFilename: name, mimetype: 'image/png', size: fs.statSync(filepath).size };
};

describe.each<Client>(CLIENTS)('below the gate, on %s', (client) => {
  let app: TestApp;
  let users: Users;
  const upload = () => app.strapi.plugin('upload').service('upload');

  beforeAll(async () => {
    ({ app, users } = await bootOn(client));
  });

  afterAll(async () => {
    await app?.stop();
  });

  /** An approved post showing `file`, scheduled to publish tomorrow. */
  const approvedPostWith = async (fileId: number) => {
    const { documentId } = await createDraft(
      app,
      users,
      compliantData({
        media: [fileId],
        attributions: [
          {
            kind: 'image',
            media: fileId,
            licence: 'own-work',
            rightsHolder: 'Riverside Health',
            creditLine: '© Riverside Health',
          },
        ],
      }),
    );
    await makeCompliant(app, users, documentId);
    const target = { uid: POST, documentId, locale: 'en' };
    await service(app, 'schedule').schedule({
      ...target,
      publishAt: new Date(Date.now() + 86_400_000).toISOString(),
      timeZone: 'UTC',
      user: users.reviewer,
    });
    return target;
  };

  const scheduleOf = (documentId: string) =>
    app.strapi.db
      .query('plugin::social-compliance.schedule')
      .findOne({ where: { targetDocumentId: documentId } });

  const eventsOf = (documentId: string, action: string) =>
    app.strapi.db
      .query('plugin::social-compliance.audit-event')
      .findMany({ where: { action, targetDocumentId: documentId } });

  it('"Replace media" after approval: approval void with what changed, schedule held, audited, publish refused', async () => {
    const [file] = await upload().upload({ data: {}, files: await picture('clinic.png', '#3a7', 60) });
    const target = await approvedPostWith(file.id);
    expect((await service(app, 'compliance').evaluate(target)).compliant).toBe(true);

    // Same file id, hash and URL (Strapi keeps them): another picture.
    await upload().replace(file.id, { data: {}, file: await picture('clinic.png', '#a33', 64) });

    const evaluation = await service(app, 'compliance').evaluate(target);
    expect(evaluation.compliant).toBe(false);
    expect(evaluation.checks.map((check: { message: string }) => check.message).join(' ')).toContain(
      'the image clinic.png was replaced after approval',
    );
    const record = await service(app, 'records').find(target);
    expect(record.reviewState).toBe('changes-requested');
    expect(record.changesRequested.comment).toContain('The image clinic.png was replaced after approval');
    const schedule = await scheduleOf(target.documentId);
    expect(schedule.status).toBe('failed');
    expect(schedule.reasons[0].message).toMatch(/^Held, not published: The image clinic.png was replaced/);
    const [event] = await eventsOf(target.documentId, 'media-changed');
    expect(event.details).toMatchObject({
      file: { id: file.id },
      changes: ['the image clinic.png was replaced'],
    });
    await expect(app.strapi.documents(POST).publish(target)).rejects.toThrow(/cannot be published yet/);
    expect(await publishedRows(app, target.documentId)).toBe(0);
  });

  it('a file deleted from the Media Library after approval: the same, "removed"', async () => {
    const [file] = await upload().upload({ data: {}, files: await picture('ward.png', '#37a', 50) });
    const target = await approvedPostWith(file.id);
    await upload().remove(await upload().findOne(file.id));

    const evaluation = await service(app, 'compliance').evaluate(target);
    expect(evaluation.compliant).toBe(false);
    expect(evaluation.checks.map((check: { message: string }) => check.message).join(' ')).toContain(
      'The post changed after it was approved: the image ward.png was removed',
    );
    expect((await service(app, 'records').find(target)).reviewState).toBe('changes-requested');
    expect((await scheduleOf(target.documentId)).status).toBe('failed');
    expect(await eventsOf(target.documentId, 'media-changed')).toHaveLength(1);
  });

  it('a published row written through the query engine is refused, and the report lists raw SQL ones', async () => {
    const { documentId } = await createDraft(app, users);
    const draft = await app.strapi.db.query(POST).findOne({ where: { documentId, publishedAt: null } });
    const { id: _id, ...copy } = draft;
    await expect(
      app.strapi.db.query(POST).create({ data: { ...copy, publishedAt: new Date() } }),
    ).rejects.toThrow(/can only be written by publishing it/);
    await expect(
      app.strapi.db.query(POST).update({ where: { id: draft.id }, data: { publishedAt: new Date() } }),
    ).rejects.toThrow(/can only be written by publishing it/);
    expect(await publishedRows(app, documentId)).toBe(0);

    // Raw SQL is out of the plugin's reach: it cannot be refused, but it is reported.
    const table = app.strapi.db.metadata.get(POST).tableName;
    await app.strapi.db.connection(table).where({ id: draft.id }).update({ published_at: new Date() });
    const { publishedWithoutGate } = await service(app, 'audit').verify();
    expect(publishedWithoutGate).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ documentId, reason: expect.stringContaining('no publish event') }),
      ]),
    );

    // A post the gate published is not reported; once changed below the plugin, it is.
    const gated = await createDraft(app, users);
    await makeCompliant(app, users, gated.documentId);
    await app.strapi.documents(POST).publish({ documentId: gated.documentId, locale: 'en' });
    const listed = async () =>
      ((await service(app, 'audit').verify()).publishedWithoutGate as { documentId: string }[]).filter(
        (row) => row.documentId === gated.documentId,
      );
    expect(await listed()).toEqual([]);
    await app.strapi.db
      .connection(table)
      .where({ document_id: gated.documentId })
      .whereNotNull('published_at')
      .update({ body: 'Changed below the plugin' });
    expect(await listed()).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('changed below') }),
    ]);
  });
});
