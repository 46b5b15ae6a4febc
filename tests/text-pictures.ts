// Pictures with words in them, drawn from SVG with sharp: what the suites on reading pictures (the CLI's and
// the plugin's in a real Strapi) give Tesseract. Nothing binary is committed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import sharp from 'sharp';

/** Lines of text on a page turned a little, as a phone photographs a whiteboard: a JPEG. */
export const textPicture = (lines: string[]) =>
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

export interface TextPictures {
  /** Where the file of that name is (or would be) in the folder. */
  path: (name: string) => string;
  /** Deletes the folder and all in it. */
  remove: () => Promise<void>;
}

/** Draws each named picture (file name: its lines) into a folder of its own. */
export const writeTextPictures = async (pictures: Record<string, string[]>): Promise<TextPictures> => {
  const folder = await mkdtemp(join(tmpdir(), 'social-compliance-pictures-'));
  for (const [name, lines] of Object.entries(pictures))
    await writeFile(join(folder, name), await textPicture(lines));
  return {
    path: (name: string) => join(folder, name),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
};
