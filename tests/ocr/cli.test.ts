// `social-compliance scan post.txt photo.jpg`: the CLI reads pictures too.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import sharp from 'sharp';

import { main } from '../../server/src/scanner/cli';

const picture = (lines: string[]) =>
  sharp(
    Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1080">
      <rect width="100%" height="100%" fill="#f4f4ef"/>
      <g transform="rotate(-4 540 540)">${lines
        .map(
          (line, index) =>
            `<text x="120" y="${300 + index * 70}" font-family="DejaVu Sans" font-size="44">${line}</text>`,
        )
        .join('')}</g></svg>`),
  )
    .jpeg({ quality: 70 })
    .toBuffer();

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from(['']),
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
    readFile: (path) => readFile(path, 'utf8'),
  });
  return { code, stdout, stderr };
}

describe('social-compliance scan with pictures', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'social-compliance-cli-'));
    await writeFile(join(folder, 'post.txt'), 'Our ward team, ready for the winter.');
    await writeFile(
      join(folder, 'wristband.jpg'),
      await picture(['Patient: Maria Gonzalez', 'MRN 48213377']),
    );
    await writeFile(
      join(folder, 'poster.jpg'),
      await picture(['Flu shots this Saturday', 'Call 541-555-0100']),
    );
    await writeFile(join(folder, 'broken.jpg'), Buffer.from('this is not a JPEG'));
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('reads a picture and says where in it the patient information is', async () => {
    const { code, stdout } = await run(['scan', join(folder, 'post.txt'), join(folder, 'wristband.jpg')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/wristband\.jpg\[\d+,\d+ \d+x\d+; \d+,\d+ \d+x\d+\] block name "Maria Gonzalez"/);
    expect(stdout).toMatch(/wristband\.jpg\[[^\]]+\] block mrn "48213377"/);
    expect(stdout).not.toContain('post.txt');
  });

  it('passes a clean picture with the organisation’s own number allowed, and gives boxes in JSON', async () => {
    const clean = await run(['scan', '--allow-phone', '541-555-0100', join(folder, 'poster.jpg')]);
    expect(clean).toMatchObject({ code: 0, stdout: '' });
    const json = await run(['scan', '--json', join(folder, 'wristband.jpg')]);
    const [name] = JSON.parse(json.stdout);
    expect(name).toMatchObject({ category: 'name', text: 'Maria Gonzalez', line: 1 });
    expect(name.boxes).toHaveLength(2);
  });

  it('fails with the reason when a picture cannot be read', async () => {
    const { code, stderr } = await run(['scan', join(folder, 'broken.jpg')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /cannot read the picture .*broken\.jpg: the file is not a picture that can be opened/,
    );
  });
});
