import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { main } from '../cli';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], stdin = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from([stdin]),
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
    readFile: (path) => readFile(path, 'utf8'),
  });
  return { code, stdout, stderr };
}

describe('social-compliance scan', () => {
  let folder: string;
  let clean: string;
  let leaky: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'social-compliance-'));
    clean = join(folder, 'clean.txt');
    leaky = join(folder, 'leaky.txt');
    await writeFile(
      clean,
      'Join us Saturday, May 17 for our health fair!\nCall (541) 555-0100 or 1-800-784-8669.\n',
    );
    await writeFile(leaky, 'Great news today.\nPlease pray for Maria Lopez, 93, admitted on March 3.\n');
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('exits 0 when nothing blocks, printing warnings', async () => {
    const result = await run(['scan', clean, '--allow-phone', '(541) 555-0100']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${clean}:2:24 warn phone "1-800-784-8669" a toll-free phone number that is not the organisation's\n`,
    );
  });

  it('exits 1 on a block and prints each finding with its line and column', async () => {
    const result = await run(['scan', clean, leaky]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(
      `${leaky}:2:17 block name "Maria Lopez" a patient's or relative's name: a patient is not named without written consent`,
    );
    expect(lines.some((line) => line.startsWith(`${leaky}:2:30 block age "93"`))).toBe(true);
    expect(lines.some((line) => line.startsWith(`${leaky}:2:46 block date "March 3"`))).toBe(true);
  });

  it('reads standard input when given no file or "-", and prints JSON with --json', async () => {
    for (const argv of [
      ['scan', '--json'],
      ['scan', '--json', '-'],
    ]) {
      const result = await run(argv, 'Email tgrady1962@gmail.com today');
      expect(result.code).toBe(1);
      const [finding] = JSON.parse(result.stdout);
      expect(finding).toMatchObject({
        file: '<stdin>',
        line: 1,
        column: 7,
        category: 'email',
        severity: 'block',
      });
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('applies allow and lexicon options', async () => {
    const text = 'Write to tgrady1962@gmail.com about the lawsuit.';
    expect((await run(['scan', '--allow-email=tgrady1962@gmail.com'], text)).code).toBe(0);
    expect(
      (await run(['scan', '--allow-term', 'tgrady1962@gmail.com', '--block-term', 'lawsuit'], text)).code,
    ).toBe(1);
    const warned = await run(['scan', '--allow-domain', 'gmail.com', '--warn-term', 'lawsuit'], text);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/warn lexicon "lawsuit"/);
  });

  it('reads a policy-shaped --config file', async () => {
    const config = join(folder, 'policy.json');
    await writeFile(
      config,
      JSON.stringify({ allow: { phones: ['541-382-6619'] }, mrnPatterns: ['\\bRB-\\d{8}\\b'] }),
    );
    const result = await run(['scan', '--config', config], 'Call 541-382-6619 about RB-30418862');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/block mrn "RB-30418862"/);
    expect(result.stdout).not.toMatch(/phone/);
  });

  it.each([
    [[], /command is missing/],
    [['lint', 'x.txt'], /unknown command "lint"/],
    [['scan', '--frobnicate'], /unknown option --frobnicate/],
    [['scan', '--allow-term'], /--allow-term needs a value/],
    [['scan', '--mrn-pattern', '('], /not a valid regular expression/],
  ])('exits 2 on the usage error %j', async (argv, message) => {
    const result = await run(argv as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 2 when a file cannot be read', async () => {
    const result = await run(['scan', join(folder, 'missing.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot read .*missing\.txt/);
  });

  it('prints its usage with --help and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: social-compliance scan/);
  });
});
