// Numbers that point at one person (Safe Harbor identifiers 7-13, 18): SSN, MRN, health plan, account,
// licence, vehicle and device numbers.
import {
  countDigits,
  digitRunStarts,
  isAllowed,
  makeFinding,
  matchesAtDigitRuns,
  matchesOf,
  mayHold,
  type ScanContext,
} from './context';
import type { Category, Finding } from './types';

// Keyword, a few filler words, then the number: "MRN 00482913", "medical record no. is 88-410-293".
function keyed(keywords: string, value = '([A-Z0-9][A-Z0-9-]{2,18}[A-Z0-9])'): RegExp {
  return new RegExp(
    `\\b(?:${keywords})(?:(?<=#)|\\b)\\s*(?:(?:number|no\\.?|num|nbr|#|id|is|was|reads|of|:|-|\\.)\\s*){0,4}${value}(?![\\w-])`,
    'gi',
  );
}

interface KeyedIdentifier {
  category: Category;
  pattern: RegExp;
  /** Its keywords as the text must hold them, lower case: one of them or no match (`mayHold`). */
  cues: string[];
  reason: string;
  /** How many digits the value must hold to be a number and not a word. */
  minDigits: number;
  /** A further test of the value's form, where digits alone do not tell. */
  shape?: (value: string) => boolean;
}

const KEYED: KeyedIdentifier[] = [
  {
    category: 'ssn',
    pattern: keyed(
      'ssn#?|social security(?: number| no\\.?| #)?|ss#|soc\\.? sec\\.?',
      '(\\d{3}[- ]?\\d{2}[- ]?\\d{4})',
    ),
    cues: ['ss', 'soc'],
    reason: 'a Social Security number',
    minDigits: 9,
  },
  {
    category: 'mrn',
    pattern: keyed(
      'mrn#?|mr#|medical records?|med\\.? ?rec(?:ord)?s?\\.?|emr|ehr|patient (?:id|identifier)|patient|chart|hospital number|record number|pt id',
    ),
    cues: ['mr', 'med', 'emr', 'ehr', 'patient', 'chart', 'hospital number', 'record number', 'pt id'],
    reason: 'a medical record number',
    minDigits: 4,
  },
  {
    category: 'health-plan',
    pattern: keyed(
      'member|subscriber|policy|insurance|insurance card|medicaid|medicare|beneficiary|health plan|plan|group|hicn|mbi|nhs|chi|health card|ohip|phn|(?:personal )?health number|carte vitale',
    ),
    cues: [
      'member',
      'subscriber',
      'policy',
      'insurance',
      'medica',
      'beneficiary',
      'plan',
      'group',
      'hicn',
      'mbi',
      'nhs',
      'chi',
      'health',
      'ohip',
      'phn',
      'carte vitale',
    ],
    reason: 'a health plan beneficiary number',
    minDigits: 4,
  },
  {
    category: 'account',
    pattern: keyed('account|acct|a\\/c|billing (?:account|number)|invoice|statement|guarantor'),
    cues: ['account', 'acct', 'a/c', 'billing', 'invoice', 'statement', 'guarantor'],
    reason: 'an account number',
    minDigits: 4,
  },
  {
    category: 'license',
    pattern: keyed(
      "driver'?s'? licen[cs]e|driving licen[cs]e|licen[cs]e(?! plate)|dl|permit|certificate|passport",
    ),
    cues: ['licen', 'dl', 'permit', 'certificate', 'passport'],
    reason: 'a licence or certificate number',
    minDigits: 3,
  },
  {
    category: 'vehicle',
    pattern: keyed('(?:licen[cs]e )?plates?|registration', '([A-Z0-9]{1,4}[ -]?[A-Z0-9]{1,4})'),
    cues: ['plate', 'registration'],
    reason: 'a vehicle licence plate',
    minDigits: 1,
    shape: (value) =>
      value === value.toUpperCase() && /[A-Z]/.test(value) && value.replace(/\W/g, '').length >= 4,
  },
  {
    category: 'device',
    pattern: keyed('serial|s\\/n|sn|device(?: id| serial)?|udi|implant(?: id)?|imei'),
    cues: ['serial', 's/n', 'sn', 'device', 'udi', 'implant', 'imei'],
    reason: 'a device serial number',
    minDigits: 3,
  },
];

// Part of a Social Security number: "SSN ending in 4471", "the last four of her social are 4471", and a
// masked one, "XXX-XX-4471". With a name or a date beside it, four digits are enough to point at one person.
const SSN_WORDS = 'ssn|social security(?: number| no\\.?| #)?|ss#';
const PARTIAL_SSN = new RegExp(
  `\\b(?:(?:${SSN_WORDS})\\s+(?:that\\s+)?(?:ending|ends|ended)(?:\\s+(?:in|with))?|last\\s+(?:four|4)(?:\\s+digits)?\\s+of\\s+(?:(?:his|her|their|my|your|the|a|patient's|patient’s)\\s+){0,2}(?:${SSN_WORDS}|social)(?:\\s+(?:is|are|was|were))?)\\s*[:#=-]?\\s*(\\d{4})(?![\\w-])`,
  'gi',
);
const MASKED_SSN = /(?<![\w*#-])(?:xxx|\*\*\*|###)[- ]?(?:xx|\*\*|##)[- ]?\d{4}(?![\w-])/gi;
// The words each form needs, one of them at least (`mayHold`).
const PARTIAL_SSN_CUES = ['ssn', 'social security', 'ss#', 'last four', 'last 4'];
const MASKED_SSN_CUES = ['xxx', '***', '###'];

// Medicare Beneficiary Identifier: digit, letter, letter-or-digit, digit, letter, letter-or-digit, digit,
// letter, letter, digit, digit; letters exclude S, L, O, I, B and Z.
const LETTER = '[AC-HJKMNP-RT-Y]';
const LETTER_OR_DIGIT = '[AC-HJKMNP-RT-Y0-9]';
// Sticky, like the other patterns here that start with a digit no digit precedes (`matchesAtDigitRuns`).
const MBI = new RegExp(
  `\\b[1-9]${LETTER}${LETTER_OR_DIGIT}\\d-?${LETTER}${LETTER_OR_DIGIT}\\d-?${LETTER}${LETTER}\\d\\d\\b`,
  'y',
);

const SSN = /(?<![\d-])(?!000|666|9\d\d)\d{3}([- ])(?!00)\d{2}\1(?!0000)\d{4}(?![\d-])/y;

const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/y;
/** What `\w` matches. */
const isWordCode = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/**
 * The matches of VIN that hold a digit, in order: a VIN is a whole word (`\b` on both sides of 17 word
 * characters) and holds a digit (`isValidVin`), so it starts where the word around one of the text's runs of
 * digits starts, at most 16 characters before the run. VIN is tried there only, once per word.
 */
function* vinsWithDigits(ctx: ScanContext): Generator<RegExpExecArray> {
  const text = ctx.text;
  let tried = -1;
  const runs = digitRunStarts(ctx);
  // By index: a for-of loop in a generator builds an iterator result for each run.
  for (let at = 0; at < runs.length; at += 1) {
    const run = runs[at];
    let start = run;
    while (start > 0 && run - start < 17 && isWordCode(text.charCodeAt(start - 1))) start -= 1;
    if (start === tried) continue;
    tried = start;
    VIN.lastIndex = start;
    const match = VIN.exec(text);
    if (match) yield match;
  }
}
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

/** The ninth character of a VIN is a check digit over the other sixteen (49 CFR 565.15). */
export function isValidVin(vin: string): boolean {
  const upper = vin.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(upper) || !/\d/.test(upper) || !/[A-Z]/.test(upper)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    const char = upper[index];
    const value = /\d/.test(char) ? Number(char) : VIN_VALUES[char];
    sum += value * VIN_WEIGHTS[index];
  }
  const check = sum % 11;
  return upper[8] === (check === 10 ? 'X' : String(check));
}

const NHS_NUMBER = /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])/y;

/** NHS numbers end in a modulus 11 check digit over the first nine. */
export function isValidNhsNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 10) return false;
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += Number(digits[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return Number(digits[9]) === (check === 11 ? 0 : check);
}

// International Bank Account Numbers: country, two check digits and up to 30 letters or digits, often in
// groups of four; the check digits make the whole number 1 modulo 97 (ISO 13616).
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g;

export function isValidIban(value: string): boolean {
  const compact = value.replace(/ /g, '');
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const CARD_NUMBER = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/y;

function passesLuhn(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const compiledMrnPatterns = new Map<string, RegExp>();

function mrnPattern(source: string): RegExp {
  let pattern = compiledMrnPatterns.get(source);
  if (!pattern) {
    try {
      pattern = new RegExp(source, 'g');
    } catch (error) {
      throw new TypeError(
        `The policy's MRN pattern ${JSON.stringify(source)} is not a valid regular expression`,
        {
          cause: error,
        },
      );
    }
    compiledMrnPatterns.set(source, pattern);
  }
  return pattern;
}

export function findIdentifiers(ctx: ScanContext): Finding[] {
  const text = ctx.text;
  const findings: Finding[] = [];
  const add = (category: Category, start: number, end: number, reason: string): void => {
    if (!isAllowed(ctx, start, end)) findings.push(makeFinding(ctx, category, start, end, 'block', reason));
  };

  // Every identifier here holds digits; the organisation's own MRN patterns are read whatever the text.
  for (const { category, pattern, cues, reason, minDigits, shape } of ctx.hasDigit ? KEYED : []) {
    if (!mayHold(ctx, cues)) continue;
    for (const match of matchesOf(pattern, text)) {
      const value = match[1];
      if (countDigits(value) < minDigits || (shape && !shape(value))) continue;
      const start = match.index + match[0].lastIndexOf(value);
      add(category, start, start + value.length, reason);
    }
  }
  for (const match of ctx.hasDigit ? matchesAtDigitRuns(ctx, SSN) : []) {
    add('ssn', match.index, match.index + match[0].length, 'a Social Security number');
  }
  for (const match of ctx.hasDigit && mayHold(ctx, PARTIAL_SSN_CUES) ? matchesOf(PARTIAL_SSN, text) : []) {
    const start = match.index + match[0].length - match[1].length;
    add('ssn', start, start + match[1].length, 'part of a Social Security number');
  }
  for (const match of ctx.hasDigit && mayHold(ctx, MASKED_SSN_CUES) ? matchesOf(MASKED_SSN, text) : []) {
    add('ssn', match.index, match.index + match[0].length, 'part of a Social Security number');
  }
  for (const match of ctx.hasDigit ? matchesAtDigitRuns(ctx, MBI) : []) {
    add('health-plan', match.index, match.index + match[0].length, 'a Medicare Beneficiary Identifier');
  }
  for (const match of ctx.hasDigit ? vinsWithDigits(ctx) : []) {
    if (isValidVin(match[0])) {
      add('vehicle', match.index, match.index + match[0].length, 'a vehicle identification number (VIN)');
    }
  }
  const ukNumbers = (ctx.options.defaultCountry ?? 'US').toUpperCase() === 'GB';
  for (const match of ctx.hasDigit ? matchesAtDigitRuns(ctx, NHS_NUMBER) : []) {
    const keyed = /\bnhs\b/i.test(text.slice(Math.max(0, match.index - 30), match.index));
    if ((keyed || ukNumbers) && isValidNhsNumber(match[0])) {
      add('health-plan', match.index, match.index + match[0].length, 'an NHS number');
    }
  }
  for (const match of ctx.hasDigit ? matchesOf(IBAN, text) : []) {
    if (isValidIban(match[0])) {
      add('account', match.index, match.index + match[0].length, 'a bank account number (IBAN)');
    }
  }
  for (const match of ctx.hasDigit ? matchesAtDigitRuns(ctx, CARD_NUMBER) : []) {
    if (passesLuhn(match[0]) && /^[3-6]/.test(match[0])) {
      add('account', match.index, match.index + match[0].length, 'a payment card number');
    }
  }
  for (const source of ctx.options.mrnPatterns ?? []) {
    for (const match of matchesOf(mrnPattern(source), text)) {
      if (match[0].length === 0) continue;
      add(
        'mrn',
        match.index,
        match.index + match[0].length,
        "a medical record number in the organisation's format",
      );
    }
  }
  return findings;
}
