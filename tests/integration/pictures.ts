// Pictures with words in them (drawn by ../text-pictures) uploaded and replaced through Strapi's upload
// service as the Media Library does, and the plugin's reading of each: what the suites on the text in
// pictures stand on.
import { stat } from 'node:fs/promises';

import type { TestApp } from './strapi';

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
