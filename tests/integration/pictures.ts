// Pictures with words in them, uploaded and replaced through Strapi's upload service as the Media Library
// does, and the plugin's reading of each: what the suites on the text in pictures stand on.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import sharp from 'sharp';

import type { TestApp } from './strapi';

/** Lines of text on a page turned a little, as a phone photographs a whiteboard: a JPEG. */
const textPicture = (lines: string[]) =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080">
      <rect width="100%" height="100%" fill="#f4f4ef"/>
      <g transform="rotate(3 540 540)">${lines
        .map(
          (line, index) =>
            `<text x="120" y="${320 + index * 80}" font-family="DejaVu Sans" font-size="48">${line}</text>`,
        )
        .join('')}</g></svg>`),
  )
    .jpeg({ quality: 75 })
    .toBuffer();

/** Draws each named picture into a folder of its own; `remove` deletes the folder. */
export const writePictures = async (pictures: Record<string, string[]>) => {
  const folder = await mkdtemp(join(tmpdir(), 'social-compliance-images-'));
  for (const [name, lines] of Object.entries(pictures))
    await writeFile(join(folder, name), await textPicture(lines));
  return {
    path: (name: string) => join(folder, name),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
};

const upload = (app: TestApp) => app.strapi.plugin('upload').service('upload');

const asUpload = async (filepath: string, name: string) => ({
  filepath,
  originalFilename: name,
  mimetype: 'image/jpeg',
  size: (await stat(filepath)).size,
});

/** Uploads the picture at `filepath` under `name`: the plugin starts reading it at once. */
export const uploadPicture = async (app: TestApp, name: string, filepath: string) => {
  const [file] = await upload(app).upload({
    data: { fileInfo: { name } },
    files: await asUpload(filepath, name),
  });
  return file as { id: number; name: string };
};

/** Replaces the file's bytes by the picture at `filepath`, keeping its id and name. */
export const replacePicture = async (app: TestApp, fileId: number, filepath: string) => {
  const { name } = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId } });
  await upload(app).replace(fileId, { data: { fileInfo: { name } }, file: await asUpload(filepath, name) });
};

/** The plugin's reading of the file, once there is one (null if none came within the time). */
export const readingOf = async (app: TestApp, fileId: number, timeoutMs = 60_000) => {
  const readings = app.strapi.plugin('social-compliance').service('imageReadings');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const row = await readings.ofFile(fileId);
    if (row || Date.now() > deadline) return row;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};
