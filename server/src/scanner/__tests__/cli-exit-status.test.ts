// `social-compliance scan`, run in-process (main() with its streams and files given). Its contract is the
// gate's, outside Strapi: exit 1 when a finding blocks (a post with a patient's details is never passed),
// 0 when nothing does, 2 when it could not do its work as asked (a usage error, an unreadable file or
// picture, a broken policy file): never 0 for a scan that did not happen.
import { Readable } from 'node:stream';

import { main } from '../cli';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], files: Record<string, string> = {}, stdin: unknown[] = []): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: Readable.from(stdin),
    stdout: { write: (s) => void (stdout += s) },
    stderr: { write: (s) => void (stderr += s) },
    readFile: async (path) => {
      if (path in files) return files[path];
      throw new Error('no such file');
    },
    readBytes: async () => {
      throw new Error('no such picture');
    },
  });
  return { code, stdout, stderr };
}

const HELP = 'Run social-compliance --help for usage.\n';

describe('social-compliance scan: arguments', () => {
  it('reads every argument after "--" as a file, even one that looks like an option', async () => {
    const result = await run(['scan', '--', '--json'], { '--json': 'Email tgrady1962@gmail.com today' });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`--json:1:7 block email "tgrady1962@gmail.com" a person's e-mail address\n`);
  });

  it('prints its usage for --help after the command too, and scans nothing', async () => {
    const result = await run(['scan', 'post.txt', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: social-compliance scan/);
    expect(result.stdout).toMatch(/Exit status: 0 when nothing blocks, 1 when a finding blocks, 2/);
  });

  it.each([[['-h']], [['scan', 'post.txt', '-h']]])(
    'prints its usage for -h %j, exits 0 and scans nothing',
    async (argv) => {
      const result = await run(argv, { 'post.txt': 'Email tgrady1962@gmail.com today' });
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: social-compliance scan/);
    },
  );

  it('reads the organisation’s MRN format given with --mrn-pattern', async () => {
    const files = { 'post.txt': 'Ref RB-30418862 is ready.' };
    const result = await run(['scan', '--mrn-pattern', '\\bRB-\\d{8}\\b', 'post.txt'], files);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `post.txt:1:5 block mrn "RB-30418862" a medical record number in the organisation's format\n`,
    );
  });

  it('takes option values after "=" or as the next argument', async () => {
    const files = { 'post.txt': 'No comment on the lawsuit.' };
    expect((await run(['scan', '--block-term=lawsuit', 'post.txt'], files)).code).toBe(1);
    expect((await run(['scan', '--block-term', 'lawsuit', 'post.txt'], files)).code).toBe(1);
    expect((await run(['scan', 'post.txt'], files)).code).toBe(0);
  });

  it.each([
    [['scan', '--allow-term='], '--allow-term needs a value'],
    [['scan', '--frobnicate=1'], 'unknown option --frobnicate'],
    [['scan', '-x'], 'unknown option -x'],
  ])('exits 2 on %j, pointing at --help', async (argv, message) => {
    const result = await run(argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `social-compliance: ${message}\n${HELP}` });
  });

  it('reads numbers of the country given with --default-country', async () => {
    const files = { 'post.txt': 'Bake sale tonight, 020 7946 0958.' };
    expect((await run(['scan', '--default-country', 'GB', 'post.txt'], files)).code).toBe(1);
    expect((await run(['scan', 'post.txt'], files)).code).toBe(0);
  });
});

describe('social-compliance scan: what it prints', () => {
  it('gives each finding’s line and column, counted from 1, on any line', async () => {
    const result = await run(['scan', 'post.txt'], { 'post.txt': 'Hello.\n\nIts IP: 10.1.2.3' });
    expect(result.stdout).toBe('post.txt:3:9 block ip "10.1.2.3" an IP address identifies a device\n');
    const json = JSON.parse(
      (await run(['scan', '--json', 'post.txt'], { 'post.txt': 'Hi.\n  10.1.2.3' })).stdout,
    );
    expect(json).toMatchObject([{ file: 'post.txt', line: 2, column: 3, text: '10.1.2.3' }]);
  });

  it('prints an empty JSON list when nothing is found, and exits 0', async () => {
    expect(await run(['scan', '--json', 'post.txt'], { 'post.txt': 'Flu shots on Saturday.' })).toEqual({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });

  it('reads standard input given in several chunks, as bytes or text', async () => {
    const result = await run(['scan'], {}, [Buffer.from('Email tgrady1962@'), 'gmail.com today']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`<stdin>:1:7 block email "tgrady1962@gmail.com" a person's e-mail address\n`);
  });
});

describe('social-compliance scan: a policy file (--config)', () => {
  const post = { 'post.txt': 'Call 541-382-6619 about the lawsuit, ref RB-30418862.' };

  it('reads its lexicon (with reasons), allow lists, MRN formats and country', async () => {
    const config = JSON.stringify({
      allow: { phones: ['541-382-6619'], domains: [], emails: [], terms: [] },
      lexicon: [{ term: 'lawsuit', severity: 'warn', reason: 'legal matters go through the legal team' }],
      mrnPatterns: ['\\bRB-\\d{8}\\b'],
      defaultCountry: 'US',
    });
    const result = await run(['scan', '--config', 'policy.json', 'post.txt'], {
      ...post,
      'policy.json': config,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'post.txt:1:29 warn lexicon "lawsuit" legal matters go through the legal team',
        `post.txt:1:42 block mrn "RB-30418862" a medical record number in the organisation's format`,
        '',
      ].join('\n'),
    );
  });

  it('lets the command line’s --default-country win over the file’s', async () => {
    const files = {
      'post.txt': 'Bake sale tonight, 020 7946 0958.',
      'policy.json': '{"defaultCountry":"US"}',
    };
    expect(
      (await run(['scan', '--default-country', 'GB', '--config', 'policy.json', 'post.txt'], files)).code,
    ).toBe(1);
    const fromFile = { ...files, 'policy.json': '{"defaultCountry":"GB"}' };
    expect((await run(['scan', '--config', 'policy.json', 'post.txt'], fromFile)).code).toBe(1);
  });

  it.each([
    ['{', 'policy.json is not valid JSON: '],
    ['5', 'policy.json must hold a JSON object'],
    ['null', 'policy.json must hold a JSON object'],
    ['{"allow":{"domains":"riverbend.org"}}', 'policy.json: allow.domains must be a list of strings'],
    ['{"allow":{"emails":[1]}}', 'policy.json: allow.emails must be a list of strings'],
    ['{"allow":{"phones":[true]}}', 'policy.json: allow.phones must be a list of strings'],
    ['{"allow":{"terms":[null]}}', 'policy.json: allow.terms must be a list of strings'],
    ['{"mrnPatterns":"RB"}', 'policy.json: mrnPatterns must be a list of strings'],
    ['{"lexicon":[{"term":"lawsuit","severity":"maybe"}]}', 'policy.json: each lexicon entry needs'],
    ['{"lexicon":[{"severity":"block"}]}', 'policy.json: each lexicon entry needs'],
    ['{"lexicon":[null]}', 'policy.json: each lexicon entry needs'],
  ])('exits 2 on a broken policy file %j, scanning nothing', async (config, message) => {
    const result = await run(['scan', '--config', 'policy.json', 'post.txt'], {
      ...post,
      'policy.json': config,
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(`social-compliance: ${message}`)).toBe(true);
    expect(result.stderr.endsWith(HELP)).toBe(true);
  });

  it('reads the numbers of the United States when the file’s country is not a text', async () => {
    const files = {
      'post.txt': 'Bake sale tonight, 020 7946 0958.',
      'policy.json': '{"defaultCountry":44}',
    };
    expect(await run(['scan', '--config', 'policy.json', 'post.txt'], files)).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('exits 2 on an MRN format of the file that is not a regular expression', async () => {
    const result = await run(['scan', '--config', 'policy.json', 'post.txt'], {
      ...post,
      'policy.json': '{"mrnPatterns":["("]}',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/MRN pattern "\(" is not a valid regular expression/);
  });
});

describe('social-compliance scan: what it cannot read', () => {
  it.each([
    [['scan', '--config', 'missing.json', 'post.txt'], 'cannot read missing.json: no such file'],
    [['scan', 'missing.txt'], 'cannot read missing.txt: no such file'],
    [['scan', 'photo.png'], 'cannot read the picture photo.png: no such picture'],
  ])('exits 2 on %j without pointing at --help', async (argv, message) => {
    const result = await run(argv, { 'post.txt': 'Hello.' });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `social-compliance: ${message}\n` });
  });
});
