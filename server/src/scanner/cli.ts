// `social-compliance scan FILE...`: the scanner for drafts outside Strapi, exiting non-zero on a block.
import { readFile } from 'node:fs/promises';

import { createPictureReader, isPicture } from '../ocr/pictures-on-the-command-line';
import { scanImageText } from '../ocr/image-findings';
import type { Box } from '../ocr/types';
import { lastStartAtOrBefore } from './context';
import { fingerprint, scan } from './index';
import type { Finding, LexiconTerm, ScanOptions, Severity } from './types';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
  readFile(path: string): Promise<string>;
  /** A picture's bytes; by default read from the disk. */
  readBytes?(path: string): Promise<Buffer>;
}

const USAGE = `Usage: social-compliance scan [options] [FILE...]

Scans each FILE (standard input when there is none, or for "-") for patient information (the 18 HIPAA
Safe Harbor identifiers) and the policy's off-limits terms, and prints one line per finding:
  FILE:LINE:COLUMN SEVERITY CATEGORY "TEXT" REASON
A picture (.jpg, .png, .webp, .gif, .tif, .avif, .heic) is read first (OCR, English) and its findings say
where they are in it, in pixels from the top left:
  FILE[X,Y WIDTHxHEIGHT] SEVERITY CATEGORY "TEXT" REASON

Options:
  --json                   print the findings as JSON
  --allow-domain DOMAIN    the organisation's own web or e-mail domain (repeatable)
  --allow-email ADDRESS    the organisation's own e-mail address (repeatable)
  --allow-phone NUMBER     the organisation's own phone number (repeatable)
  --allow-term TEXT        the organisation's name, address or other text that is never a finding (repeatable)
  --block-term TERM        an off-limits term that blocks a post (repeatable)
  --warn-term TERM         an off-limits term that warns (repeatable)
  --mrn-pattern REGEX      the organisation's medical record number format (repeatable)
  --default-country CODE   the country of phone numbers written without a country code (default US)
  --config FILE            a JSON file holding { allow, lexicon, mrnPatterns, defaultCountry }
  -h, --help               print this help

Exit status: 0 when nothing blocks, 1 when a finding blocks, 2 on a usage error or an unreadable file.
`;

class UsageError extends Error {
  constructor(
    message: string,
    /** Whether pointing at --help would help: not for a file that cannot be read. */
    readonly pointToHelp = true,
  ) {
    super(message);
  }
}

interface Invocation {
  files: string[];
  json: boolean;
  help: boolean;
  configFile?: string;
  options: Required<Pick<ScanOptions, 'lexicon' | 'mrnPatterns'>> & {
    allow: { domains: string[]; emails: string[]; phones: string[]; terms: string[] };
    defaultCountry?: string;
  };
}

const VALUE_OPTIONS = new Set([
  '--allow-domain',
  '--allow-email',
  '--allow-phone',
  '--allow-term',
  '--block-term',
  '--warn-term',
  '--mrn-pattern',
  '--default-country',
  '--config',
]);

function parseArguments(argv: string[]): Invocation {
  const invocation: Invocation = {
    files: [],
    json: false,
    help: false,
    options: { allow: { domains: [], emails: [], phones: [], terms: [] }, lexicon: [], mrnPatterns: [] },
  };
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { ...invocation, help: true };
  if (command === undefined) throw new UsageError('a command is missing: social-compliance scan FILE...');
  if (command !== 'scan') throw new UsageError(`unknown command "${command}": the command is scan`);

  let onlyFiles = false;
  for (let index = 0; index < rest.length; index += 1) {
    const argument = rest[index];
    if (onlyFiles || argument === '-' || !argument.startsWith('-')) {
      invocation.files.push(argument);
      continue;
    }
    if (argument === '--') {
      onlyFiles = true;
      continue;
    }
    if (argument === '-h' || argument === '--help') {
      invocation.help = true;
      continue;
    }
    if (argument === '--json') {
      invocation.json = true;
      continue;
    }
    const equals = argument.indexOf('=');
    const name = equals > 0 ? argument.slice(0, equals) : argument;
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option ${name}`);
    let value: string | undefined;
    if (equals > 0) value = argument.slice(equals + 1);
    else {
      index += 1;
      value = rest[index];
    }
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    applyOption(invocation, name, value);
  }
  return invocation;
}

function applyOption(invocation: Invocation, name: string, value: string): void {
  const { options } = invocation;
  const term = (severity: Severity): LexiconTerm => ({ term: value, severity });
  switch (name) {
    case '--allow-domain':
      options.allow.domains.push(value);
      break;
    case '--allow-email':
      options.allow.emails.push(value);
      break;
    case '--allow-phone':
      options.allow.phones.push(value);
      break;
    case '--allow-term':
      options.allow.terms.push(value);
      break;
    case '--block-term':
      options.lexicon.push(term('block'));
      break;
    case '--warn-term':
      options.lexicon.push(term('warn'));
      break;
    case '--mrn-pattern':
      try {
        new RegExp(value);
      } catch {
        throw new UsageError(`--mrn-pattern ${JSON.stringify(value)} is not a valid regular expression`);
      }
      options.mrnPatterns.push(value);
      break;
    case '--default-country':
      options.defaultCountry = value;
      break;
    case '--config':
      invocation.configFile = value;
      break;
  }
}

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new UsageError(`${where} must be a list of strings`);
  }
  return value as string[];
}

/** Adds a policy-shaped JSON file's settings to those given on the command line. */
function mergeConfig(invocation: Invocation, source: string, file: string): void {
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(source) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof config !== 'object' || config === null) throw new UsageError(`${file} must hold a JSON object`);
  const { options } = invocation;
  const allow = (config.allow ?? {}) as Record<string, unknown>;
  options.allow.domains.push(...strings(allow.domains, `${file}: allow.domains`));
  options.allow.emails.push(...strings(allow.emails, `${file}: allow.emails`));
  options.allow.phones.push(...strings(allow.phones, `${file}: allow.phones`));
  options.allow.terms.push(...strings(allow.terms, `${file}: allow.terms`));
  options.mrnPatterns.push(...strings(config.mrnPatterns, `${file}: mrnPatterns`));
  for (const entry of (config.lexicon ?? []) as unknown[]) {
    const candidate = entry as Partial<LexiconTerm>;
    if (
      typeof candidate?.term !== 'string' ||
      (candidate.severity !== 'block' && candidate.severity !== 'warn')
    ) {
      throw new UsageError(`${file}: each lexicon entry needs a term and a severity of block or warn`);
    }
    options.lexicon.push({ term: candidate.term, severity: candidate.severity, reason: candidate.reason });
  }
  if (typeof config.defaultCountry === 'string' && !options.defaultCountry) {
    options.defaultCountry = config.defaultCountry;
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Line and column of offsets in one text; the line starts are found once, each offset in log time. */
function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  return (offset) => {
    const line = lastStartAtOrBefore(lineStarts, offset);
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
}

function describe(file: string, position: ReturnType<typeof positionsIn>, finding: Finding): string {
  const { line, column } = position(finding.start);
  return `${file}:${line}:${column} ${finding.severity} ${finding.category} ${JSON.stringify(finding.text)} ${finding.reason}\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let invocation: Invocation;
  try {
    invocation = parseArguments(argv);
    if (invocation.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (invocation.configFile) {
      const source = await readOrFail(io, invocation.configFile);
      mergeConfig(invocation, source, invocation.configFile);
    }
  } catch (error) {
    return failWith(io, error);
  }

  const files = invocation.files.length > 0 ? invocation.files : ['-'];
  const report: Array<
    Finding & { file: string; line: number; column: number; fingerprint: string; boxes?: Box[] }
  > = [];
  let blocked = false;
  const pictures = createPictureReader();
  try {
    for (const file of files.filter(isPicture)) {
      let image;
      try {
        image = await pictures.read(await (io.readBytes ?? ((path: string) => readFile(path)))(file));
      } catch (error) {
        return failWith(
          io,
          new UsageError(`cannot read the picture ${file}: ${(error as Error).message}`, false),
        );
      }
      const position = positionsIn(image.text);
      for (const finding of scanImageText(image, invocation.options)) {
        if (finding.severity === 'block') blocked = true;
        if (invocation.json) {
          const { line, column } = position(finding.start);
          report.push({ file, line, column, ...finding, fingerprint: fingerprint(finding, image.text) });
        } else {
          const where = finding.boxes.map((box) => `${box.x},${box.y} ${box.width}x${box.height}`).join('; ');
          io.stdout.write(
            `${file}[${where}] ${finding.severity} ${finding.category} ${JSON.stringify(finding.text)} ${finding.reason}\n`,
          );
        }
      }
    }
  } finally {
    await pictures.close();
  }
  for (const file of files.filter((name) => !isPicture(name))) {
    let text: string;
    try {
      text = file === '-' ? await readStream(io.stdin) : await readOrFail(io, file);
    } catch (error) {
      return failWith(io, error);
    }
    const label = file === '-' ? '<stdin>' : file;
    let findings: Finding[];
    try {
      findings = scan(text, invocation.options);
    } catch (error) {
      return failWith(io, new UsageError((error as Error).message));
    }
    const position = positionsIn(text);
    for (const finding of findings) {
      if (finding.severity === 'block') blocked = true;
      if (invocation.json) {
        const { line, column } = position(finding.start);
        report.push({ file: label, line, column, ...finding, fingerprint: fingerprint(finding, text) });
      } else io.stdout.write(describe(label, position, finding));
    }
  }
  if (invocation.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return blocked ? 1 : 0;
}

async function readOrFail(io: CliIo, file: string): Promise<string> {
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`, false);
  }
}

function failWith(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) {
    io.stderr.write(`social-compliance: ${error.message}\n`);
    if (error.pointToHelp) io.stderr.write('Run social-compliance --help for usage.\n');
    return 2;
  }
  throw error;
}
