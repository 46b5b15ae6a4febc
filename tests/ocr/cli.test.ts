// `social-compliance scan post.txt photo.jpg`: the CLI reads pictures too.
import { readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

import { main } from '../../server/src/scanner/cli';
import { writeTextPictures, type TextPictures } from '../text-pictures';

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
  let folder: TextPictures;

  beforeAll(async () => {
    folder = await writeTextPictures({
      'wristband.jpg': ['Patient: Maria Gonzalez', 'MRN 48213377'],
      'poster.jpg': ['Flu shots this Saturday', 'Call 541-555-0100'],
    });
    await writeFile(folder.path('post.txt'), 'Our ward team, ready for the winter.');
    await writeFile(folder.path('broken.jpg'), Buffer.from('this is not a JPEG'));
  });

  afterAll(() => folder?.remove());

  it('reads a picture and says where in it the patient information is', async () => {
    const { code, stdout } = await run(['scan', folder.path('post.txt'), folder.path('wristband.jpg')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/wristband\.jpg\[\d+,\d+ \d+x\d+; \d+,\d+ \d+x\d+\] block name "Maria Gonzalez"/);
    expect(stdout).toMatch(/wristband\.jpg\[[^\]]+\] block mrn "48213377"/);
    expect(stdout).not.toContain('post.txt');
  });

  it('passes a clean picture with the organisation’s own number allowed, and gives boxes in JSON', async () => {
    const clean = await run(['scan', '--allow-phone', '541-555-0100', folder.path('poster.jpg')]);
    expect(clean).toMatchObject({ code: 0, stdout: '' });
    const json = await run(['scan', '--json', folder.path('wristband.jpg')]);
    const [name] = JSON.parse(json.stdout);
    expect(name).toMatchObject({ category: 'name', text: 'Maria Gonzalez', line: 1 });
    expect(name.boxes).toHaveLength(2);
  });

  it('fails with the reason when a picture cannot be read', async () => {
    const { code, stderr } = await run(['scan', folder.path('broken.jpg')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /cannot read the picture .*broken\.jpg: the file is not a picture that can be opened/,
    );
  });
});
