import { scan } from '../index';
import type { Category, ScanOptions } from '../types';

const options: ScanOptions = {
  lexicon: [{ term: 'class-action lawsuit', severity: 'block' }],
  allow: { terms: ['Riverbend'], domains: ['riverbendhealth.org'] },
};

// Each identifier in a sentence that blocks it: `disguised` is the stretch an editor would disguise (the
// identifier and its keyword), `finding` the text the scanner reports.
const identifiers: { kind: string; category: Category; text: string; disguised: string; finding: string }[] =
  [
    {
      kind: 'medical record number',
      category: 'mrn',
      text: 'Update for the ward: MRN 44-71928 goes home today.',
      disguised: 'MRN 44-71928',
      finding: '44-71928',
    },
    {
      kind: 'Social Security number',
      category: 'ssn',
      text: 'Billing needs his SSN 123-45-6789 before noon.',
      disguised: 'SSN 123-45-6789',
      finding: '123-45-6789',
    },
    {
      kind: 'phone number',
      category: 'phone',
      text: 'Call her daughter at 541-382-6619 tonight.',
      disguised: 'daughter at 541-382-6619',
      finding: '541-382-6619',
    },
    {
      kind: 'e-mail address',
      category: 'email',
      text: 'Cards for the family can go to t-grady1962@gmail.com this week.',
      disguised: 't-grady1962@gmail.com',
      finding: 't-grady1962@gmail.com',
    },
    {
      kind: 'date of birth',
      category: 'date',
      text: 'Chart check: DOB 04-17-1958, allergies none.',
      disguised: 'DOB 04-17-1958',
      finding: '04-17-1958',
    },
    {
      kind: 'name',
      category: 'name',
      text: 'Please keep Marisol Vega-Duarte in your prayers after her crash.',
      disguised: 'Marisol Vega-Duarte',
      finding: 'Marisol Vega-Duarte',
    },
    {
      kind: 'off-limits term',
      category: 'lexicon',
      text: 'We cannot comment on the class-action lawsuit yet.',
      disguised: 'class-action lawsuit',
      finding: 'class-action lawsuit',
    },
  ];

const between = (separator: string) => (stretch: string) => Array.from(stretch).join(separator);
const eachChar = (map: (char: string) => string) => (stretch: string) => Array.from(stretch, map).join('');

const CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  s: 'ѕ',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  S: 'Ѕ',
  T: 'Т',
  X: 'Х',
};
const GREEK: Record<string, string> = {
  a: 'α',
  i: 'ι',
  o: 'ο',
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
};

// Ways to disguise a stretch of text so that a reader still sees it, each a change of every character.
const obfuscations: Record<string, (stretch: string) => string> = {
  'zero-width spaces': between('\u200B'),
  'zero-width joiners': between('\u200D'),
  'word joiners': between('\u2060'),
  'byte-order marks': between('\uFEFF'),
  'soft hyphens': between('\u00AD'),
  'full-width forms': eachChar((char) =>
    char >= '!' && char <= '~' ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : char,
  ),
  'Cyrillic look-alikes': eachChar((char) => CYRILLIC[char] ?? char),
  'Greek look-alikes': eachChar((char) => GREEK[char] ?? char),
  'en dashes': eachChar((char) => (char === '-' ? '\u2013' : char)),
  'minus signs': eachChar((char) => (char === '-' ? '\u2212' : char)),
  'non-breaking hyphens': eachChar((char) => (char === '-' ? '\u2011' : char)),
  'no-break spaces': eachChar((char) => (char === ' ' ? '\u00A0' : char)),
  'thin spaces': eachChar((char) => (char === ' ' ? '\u2009' : char)),
  'combining strokes': eachChar((char) => (/[A-Za-z0-9]/.test(char) ? `${char}\u0336` : char)),
};

describe('an identifier in disguise', () => {
  const cases = identifiers.flatMap((identifier) =>
    Object.entries(obfuscations)
      .map(([obfuscation, disguise]) => ({ ...identifier, obfuscation, disguise }))
      // Only where the disguise changes something: a dash where there is a dash, a letter with a look-alike.
      .filter(({ disguised, disguise }) => disguise(disguised) !== disguised),
  );

  it('covers every kind of identifier and every kind of disguise', () => {
    expect(new Set(cases.map((item) => item.kind)).size).toBe(identifiers.length);
    expect(new Set(cases.map((item) => item.obfuscation)).size).toBe(Object.keys(obfuscations).length);
  });

  it.each(identifiers)('is found in plain text: $kind', ({ text, category, finding }) => {
    const found = scan(text, options).filter((item) => item.category === category);
    expect(found.map((item) => [item.text, item.severity])).toEqual([[finding, 'block']]);
  });

  it.each(cases)(
    'is found: $kind written with $obfuscation',
    ({ text, disguised, finding, category, disguise }) => {
      const written = text.replace(disguised, disguise(disguised));
      const expected = disguise(finding);
      const found = scan(written, options).filter((item) => item.category === category);
      expect(found.map((item) => [item.text, item.severity])).toEqual([[expected, 'block']]);
      // The finding points at the characters of the text as written.
      expect(written.slice(found[0].start, found[0].end)).toBe(expected);
      expect(found[0].start).toBe(written.indexOf(expected));
    },
  );
});

describe('clean text with the same characters', () => {
  it.each([
    ['an emoji with joiners', 'Our nurses 👩‍⚕️👨🏽‍⚕️ are the best! ❤️ Thank you for all you do.'],
    ['Spanish', '¡Feliz Día de la Enfermería! Gracias a todo el equipo de cuidados intensivos.'],
    ['Greek', 'Καλημέρα από την ομάδα μας! Ευχαριστούμε όλους τους εθελοντές.'],
    ['Russian', 'Спасибо нашим медсёстрам и врачам за их работу.'],
    ['an en dash in hours', 'Flu shots 9–5, Mon–Fri, at the Riverbend clinic — walk in any weekday.'],
    ['full-width punctuation', 'Thank you to our volunteers！ Open house Saturday（10–2）.'],
    ['a soft hyphen in a long word', 'Our new rehabili\u00ADtation gym opens next week.'],
  ])('raises nothing: %s', (_label, text) => {
    expect(scan(text, options)).toEqual([]);
  });
});
