// Places smaller than a state (Safe Harbor identifier 2): a person's street address, town and ZIP code.
import {
  digitRunStarts,
  inSentences,
  isAllowed,
  isWhiteSpace,
  makeFinding,
  matchesOf,
  mayHold,
  sentenceHas,
  sentencesOf,
  SpanIndex,
  type ScanContext,
  type Span,
} from './context';
import type { Finding } from './types';

const STREET_SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Loop|Trail|Trl|Square|Sq|Crescent|Close|Row|Alley|Pike|Run|Path|Heights)';
const UNIT = '(?:,?\\s*(?:Apt|Apartment|Unit|Suite|Ste|Room|Rm|#)\\.?\\s*#?[A-Z0-9-]{1,6})?';

const STREET_ADDRESS = new RegExp(
  `\\b\\d{1,6}[A-Z]?\\s+(?:[NSEW]{1,2}\\.?\\s+)?(?:(?:\\p{Lu}[\\p{Ll}'’-]*|\\d{1,3}(?:st|nd|rd|th))\\.?\\s+){1,4}${STREET_SUFFIX}\\b\\.?${UNIT}`,
  'gu',
);
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b/gi;

const STATE =
  '(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)';

// A ZIP code counts after a state or a ZIP label, or in its ZIP+4 form; a bare five-digit number is a count.
const ZIP = /\b\d{5}(?:-\d{4})?\b/g;
const ZIP_LEAD = new RegExp(
  `(?:\\b${STATE}\\.?,?\\s{1,2}|\\b(?:zip|zip code|postal code|postcode)\\s*[:#]?\\s*)$`,
  'i',
);

function isZipCode(text: string, start: number, value: string): boolean {
  return value.length === 10 || ZIP_LEAD.test(text.slice(Math.max(0, start - 20), start));
}

// A postal code of any country after its label: "ZIP: 3520", "my zip code is 394 13", "Postcode 7412 SL".
const LABELLED_POSTAL_CODE =
  /\b(?:zip code|postal code|post code|postcode|zip)(?:\s+(?:is|was))?\s*[:#]?\s*((?:\d[A-Z0-9]{1,4}|[A-Z]{1,2}\d[A-Z0-9]{0,3})(?:[ -][A-Z0-9]{2,4})?)\b/gi;

// The label is read in any case, and so is the code: a second part of letters only ("7412 SL") is one only in
// capitals, not the next word of the sentence ("the zip 97477 is on the card").
const WORD_AFTER_CODE = /[ -][A-Z]*[a-z][A-Za-z]*$/;

const POSTAL_CODE_LABELS = ['zip', 'postal code', 'post code', 'postcode'];
// Each label holds "zip" or "post": a text without both holds no label. Looking for these two short words
// first costs a fifth of looking for the four labels, which most texts lack.
const POSTAL_CODE_LABEL_PARTS = ['zip', 'post'];

const UK_POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\s?\d[ABD-HJLNP-UW-Z]{2}\b/g;

// Words that make an address someone's home rather than a clinic or a venue.
const RESIDENTIAL =
  /\b(?:lives?|living|home|house|resides?|residence|residing|apartment|apt|neighbou?rs?|moved|address|send (?:cards?|mail|letters?|flowers|gifts?|notes?)|mail (?:cards?|letters?))\b/i;

// "a 35-year-old man from Sweet Home", "Tom Briggs of Beaverton", "Doreen H. in Lebanon, OR".
const PERSON_NOUNS =
  'man|woman|boy|girl|teen|teenager|child|toddler|infant|baby|mother|father|mom|dad|grandmother|grandfather|patient|resident|native|veteran|student|driver|cyclist|hiker|pedestrian|couple|family|firefighter|farmer|teacher';
const PERSON_NOUN = new RegExp(`\\b(?:${PERSON_NOUNS})\\s*$`, 'i');
// "our patient at 1427 Maple Ridge Drive", "a man at 12 Elm St": one person placed at the address.
const PERSON_AT = new RegExp(`\\b(?:${PERSON_NOUNS})\\s+at\\s*$`, 'i');
const RESIDENCE_PLACE =
  /\b(?:from|of|in)\s+((?:the\s+(?:town|city|village) of\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?(?:,\s*(?:[A-Z]{2}\b|\p{Lu}[\p{Ll}]+))?)/gu;
const NOT_A_PLACE =
  /^(?:Our|The|This|That|His|Her|Their|My|Your|A|An|Riverbend|Room|Ward|Bed|Unit|ICU|NICU|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Dr|Mr|Mrs|Ms|Nurse|Level|Emergency|Oncology|Cardiology|Pediatrics)\b/;

function residentialSeverity(ctx: ScanContext, span: Span, patientSentences: Set<number>): 'block' | 'warn' {
  if (sentenceHas(ctx, RESIDENTIAL, span.start)) return 'block';
  if (PERSON_AT.test(ctx.text.slice(Math.max(0, span.start - 30), span.start))) return 'block';
  return inSentences(ctx, patientSentences, span) ? 'block' : 'warn';
}

// Street words of other languages, whole ("Rua", "ul.") or as a word's ending ("Søndergade", "Koskikatu"),
// capitalised; the few written in lower case in an address ("ul.", "u.", "utca", "gate") in either case.
const STREET_WORDS = [
  'rua',
  'rue',
  'via',
  'viale',
  'avenida',
  'av.',
  'avda.',
  'calle',
  'carrer',
  'camino',
  'paseo',
  'plaza',
  'praça',
  'largo',
  'travessa',
  'estrada',
  'strada',
  'piazza',
  'corso',
  'ulica',
  'sokak',
  'sokağı',
  'caddesi',
  'bulvar',
  'odos',
  'οδός',
  'λεωφόρος',
  'λ.',
  'straße',
  'strasse',
  'gasse',
  'platz',
  'allee',
  'weg',
  'straat',
  'laan',
  'plein',
  'gracht',
  'kade',
  'vägen',
  'väg',
  'veien',
  'vegen',
  'tee',
  'iela',
  'gatvė',
  'cesta',
  'ulice',
  'náměstí',
  'chaussée',
  'boulevard',
  'avenue',
  'chemin',
  'impasse',
  'allée',
  'quai',
];
const LOWER_CASE_STREET_WORDS = [
  'ul.',
  'u.',
  'str.',
  'str',
  'utca',
  'út',
  'útja',
  'tér',
  'gate',
  'gata',
  'gatan',
  'vej',
  'gade',
  'vei',
  'katu',
  'tie',
];
const ENDINGS = [
  'vej',
  'gade',
  'gate',
  'gata',
  'gatan',
  'vägen',
  'väg',
  'veien',
  'vegen',
  'katu',
  'tie',
  'kuja',
  'polku',
  'straße',
  'strasse',
  'straat',
  'weg',
  'laan',
  'gasse',
  'platz',
  'allee',
  'utca',
  'iela',
  'gatvė',
];
const capitalise = (word: string): string => word[0].toUpperCase() + word.slice(1);
// After a house number: any street word, capitalised or (for the few written so) in lower case.
const STREET_WORD_AFTER_NUMBER: ReadonlySet<string> = new Set([
  ...[...STREET_WORDS, ...LOWER_CASE_STREET_WORDS].map(capitalise),
  ...LOWER_CASE_STREET_WORDS,
]);
const LOWER_CASE_STREET_WORD: ReadonlySet<string> = new Set(LOWER_CASE_STREET_WORDS);
// Before the house number: a capitalised street word, or the abbreviations "ul." and "u.".
const STREET_WORD_BEFORE_NUMBER: ReadonlySet<string> = new Set([
  ...STREET_WORDS.map(capitalise),
  'ul.',
  'u.',
]);
// The small words inside a place's name: "Via della Conciliazione", "Calle de los Reyes", "Rua das Flores".
const PARTICLES: ReadonlySet<string> = new Set(
  'da de di do du das des dis dos dus del della delle dello dei degli dal dalla la le las los van von der den'.split(
    ' ',
  ),
);
const PLACE_WORD = `(?:\\p{Lu}[\\p{L}'’-]*\\.?|${[...PARTICLES].join('|')})`;
const HOUSE_NUMBER = '\\d{1,5}[A-Za-z]?\\.?';
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const HOUSE_NUMBER_WORD = /^\d{1,5}[A-Za-z]?\.?$/;

const OPENS_WITH_CAPITAL = /^\p{Lu}/u;

/**
 * Whether a word opens with a capital. Among ASCII characters the capitals (\p{Lu}) are A–Z, so an ASCII
 * character answers by its code; only another asks the Unicode pattern.
 */
const opensWithCapital = (word: string): boolean => {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : OPENS_WITH_CAPITAL.test(word);
};
// CAPITALISED_WORD opens with a capital too: the cheap test only spares it the words that do not.
const isPlaceWord = (word: string): boolean =>
  (opensWithCapital(word) && CAPITALISED_WORD.test(word)) || PARTICLES.has(word);
const inSet = (set: ReadonlySet<string>, word: string): boolean =>
  set.has(word) || (word.endsWith('.') && set.has(word.slice(0, -1)));
// A street ending with at least one character before it and at most a stop after it, tried on the word in
// lower case ("Søndergade", "Koskikatu.", not "Gade"): one pattern instead of an endsWith per ending.
const STREET_ENDING = new RegExp(`[\\s\\S](?:${ENDINGS.join('|')})\\.?$`);
const hasStreetEnding = (word: string): boolean =>
  opensWithCapital(word) && STREET_ENDING.test(word.toLowerCase());

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_AFTER = /\s+([\p{L}][\p{L}'’.-]*|\d{1,5}[A-Za-z]?\.?)(?![\p{L}\d])/uy;

/**
 * The word after `from`, if only white space stands between. Read with `test`, which builds no match: the
 * word (group 1) opens with a letter or digit, never white space, so it starts where the white space from
 * `from` ends (`isWhiteSpace` is `\s`), and it ends where the match does.
 */
function wordAfter(text: string, from: number): Word | undefined {
  WORD_AFTER.lastIndex = from;
  if (!WORD_AFTER.test(text)) return undefined;
  let start = from;
  while (isWhiteSpace(text.charCodeAt(start))) start += 1;
  const end = WORD_AFTER.lastIndex;
  return { text: text.slice(start, end), start, end };
}

const isSpace = (code: number): boolean =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2028;

/** Where the word that ends where white space before `to` starts ends; -1 if there is none. */
function wordEndBefore(text: string, to: number): number {
  let end = to;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end -= 1;
  return end === to || end === 0 ? -1 : end;
}

/**
 * Where the word that ends at `end` starts: after the white space before it, however long the word
 * ("Kaiser-Friedrich-Wilhelm-Augusta-Victoria-Straße"). Still linear: a number reads back a few words and
 * stops at the first holding a digit (no street word nor place word does), so a word is read for the few
 * numbers right after it only.
 */
function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  return start;
}

/** The word that ends where white space before `to` starts, if any. */
function wordBefore(text: string, to: number): Word | undefined {
  const end = wordEndBefore(text, to);
  if (end === -1) return undefined;
  const start = wordStart(text, end);
  return { text: text.slice(start, end), start, end };
}

// What a word next to a house number must open with to be read further as a street's (`mayOpenStreetWord`):
// a capital, a character beyond ASCII, or the first character of a word written in lower case that a street
// may hold (a lower-case street word, "ul." or "u.", a particle).
const LOWER_CASE_OPENINGS: ReadonlySet<number> = new Set(
  [...LOWER_CASE_STREET_WORDS, 'ul.', 'u.', ...PARTICLES].map((word) => word.charCodeAt(0)),
);

/**
 * Whether a word opening with `code` may be a street word, a place word or a particle; NaN (no word) may
 * not. Any other word is in none of the sets of street words (each member is capitalised, or written in lower
 * case and so opens with one of LOWER_CASE_OPENINGS), is no place word (neither capitalised nor a particle)
 * and has no street ending (which needs a capital): next to a number it ends the search for a street as soon
 * as it is read, so it need not be built.
 */
const mayOpenStreetWord = (code: number): boolean =>
  code >= 128 || (code >= 65 && code <= 90) || LOWER_CASE_OPENINGS.has(code);

/** "6750 Koskikatu 25", "86036 Rua do Arenque 1634": a street word among the first four words after it. */
function streetAfterNumber(text: string, numberEnd: number): number | undefined {
  // The first word after the number opens after the white space (`wordAfter`): one that may not open a
  // street's word is not read (neither a street word nor a place word, it returns undefined below).
  let opening = numberEnd;
  while (isWhiteSpace(text.charCodeAt(opening))) opening += 1;
  if (!mayOpenStreetWord(text.charCodeAt(opening))) return undefined;
  let word = wordAfter(text, numberEnd);
  for (let read = 0; word && read < 4; read += 1) {
    if (inSet(STREET_WORD_AFTER_NUMBER, word.text) || hasStreetEnding(word.text)) {
      let end = word.end;
      let next = wordAfter(text, end);
      for (let more = 0; next && more < 3 && isPlaceWord(next.text); more += 1) {
        end = next.end;
        next = wordAfter(text, end);
      }
      return next && HOUSE_NUMBER_WORD.test(next.text) ? next.end : end;
    }
    if (!isPlaceWord(word.text)) return undefined;
    word = wordAfter(text, word.end);
  }
  return undefined;
}

/** Where the street's name ends before a lower-case street word starts ("Kossuth Lajos" utca), if any. */
function streetNameBefore(text: string, to: number): number | undefined {
  let start: number | undefined;
  let word = wordBefore(text, to);
  for (let read = 0; word && read < 3; read += 1) {
    if (!CAPITALISED_WORD.test(word.text) || NOT_A_PLACE.test(word.text)) break;
    start = word.start;
    word = wordBefore(text, word.start);
  }
  return start;
}

// "Via Roma, 12, Milano", "Av. Paulista, 1578 - Bela Vista": a house number after a comma ends the street: a
// comma, a dash before the district, a line's end or a sentence's stop follows it, not a word ("Via Facebook,
// 300 people"), nor "!" or "?" ("Thanks Via Facebook, 300!"); nor is it a year ("Plaza Mayor, 2019").
const HOUSE_NUMBER_ENDING_STREET =
  /(?!(?:19|20)\d\d(?!\d))\d{1,4}[A-Za-z]?(?=[ \t]*(?:[,;)\r\n]|$)|\.(?:\s|$)|[ \t]+[-–][ \t]+[\p{Lu}\d])/uy;

/**
 * "Via Roma, 12", "Rua Augusta, 274", "ul. Kwiatowa, 12": the street written as Italy, Spain, Portugal, Latin
 * America and Poland write it, its street word opening it (a name alone, "Facebook, 300", is no street),
 * the name with the comma after it, then a house number that ends the street.
 */
function streetBeforeComma(text: string, name: Word, numberStart: number): number | undefined {
  HOUSE_NUMBER_ENDING_STREET.lastIndex = numberStart;
  if (!HOUSE_NUMBER_ENDING_STREET.test(text) || !isPlaceWord(name.text.slice(0, -1))) return undefined;
  let word: Word | undefined = name;
  for (let read = 1; read < 4; read += 1) {
    word = wordBefore(text, word.start);
    if (!word) return undefined;
    if (inSet(STREET_WORD_BEFORE_NUMBER, word.text)) return word.start;
    if (!isPlaceWord(word.text)) return undefined;
  }
  return undefined;
}

// The word glued with a stop to a number (group 1), letters only after white space or the text's start: a
// digit before the stop ("Koskikatu.1.2.3") ends the reading there, so no number reads back past another.
const WORD_GLUED_BEFORE = /(?<=(?:^|\s)([\p{L}'’-]+\.))/uy;

/**
 * "Koskikatu.12", "ul.12": a house number glued with a stop to the street word before it. Only a street word
 * is read so: "Fig.12", "No.12" and "v.12" are not streets.
 */
function streetGluedBefore(text: string, numberStart: number): number | undefined {
  WORD_GLUED_BEFORE.lastIndex = numberStart;
  const word = WORD_GLUED_BEFORE.exec(text)?.[1];
  if (word === undefined) return undefined;
  return hasStreetEnding(word) || inSet(STREET_WORD_BEFORE_NUMBER, word)
    ? numberStart - word.length
    : undefined;
}

/** "Erzsébet tér 19.", "ul. Kwiatowa 12", "Søndergade 52": a street word within four words before it. */
function streetBeforeNumber(text: string, numberStart: number): number | undefined {
  if (text.charCodeAt(numberStart - 1) === 46) return streetGluedBefore(text, numberStart);
  // "ul. Kwiatowa,12": the house number glued to the comma after the street's name.
  if (text.charCodeAt(numberStart - 1) === 44) {
    const start = wordStart(text, numberStart);
    const name = { text: text.slice(start, numberStart), start, end: numberStart };
    return streetBeforeComma(text, name, numberStart);
  }
  // A word before the number that may not open a street's word is not read: each test below fails for it.
  const firstEnd = wordEndBefore(text, numberStart);
  if (firstEnd === -1 || !mayOpenStreetWord(text.charCodeAt(wordStart(text, firstEnd)))) return undefined;
  let word = wordBefore(text, numberStart);
  if (word && word.text.endsWith(',')) return streetBeforeComma(text, word, numberStart);
  if (word && hasStreetEnding(word.text)) return word.start;
  // A street word written in lower case, right after the street's name ("Erzsébet tér 19.").
  if (word && inSet(LOWER_CASE_STREET_WORD, word.text)) {
    const start = streetNameBefore(text, word.start);
    if (start !== undefined) return start;
  }
  for (let read = 0; word && read < 4; read += 1) {
    if (inSet(STREET_WORD_BEFORE_NUMBER, word.text)) return word.start;
    if (!isPlaceWord(word.text)) return undefined;
    word = wordBefore(text, word.start);
  }
  return undefined;
}

// Each number of the text once: as a house number before a street or after one. Reading word by word from
// the numbers costs less than a pattern of every street word tried at every character. A number starts
// where a run of digits starts (no digit, nor letter, before it), so NUMBER is tried sticky there only
// (`digitRunStarts`), in order, each after the last number's end: as a global search finds the numbers,
// with the pattern's answer at each place, and no match built (`test`: where it ends is its lastIndex).
const NUMBER = /(?<![\p{L}\d])\d{1,6}(?:[ \t]+\d{1,5})?[A-Za-z]?\.?(?!\d)/uy;

function findForeignStreets(ctx: ScanContext): Span[] {
  const text = ctx.text;
  const streets: Span[] = [];
  const starts = digitRunStarts(ctx);
  let from = 0;
  for (let at = 0; at < starts.length; at += 1) {
    const numberStart = starts[at];
    if (numberStart < from) continue;
    NUMBER.lastIndex = numberStart;
    if (!NUMBER.test(text)) continue;
    const numberEnd = NUMBER.lastIndex;
    from = numberEnd;
    const after = streetAfterNumber(text, numberEnd);
    if (after !== undefined) {
      streets.push({ start: numberStart, end: after });
      continue;
    }
    // The street read back starts a word: after white space or at the text's start.
    const start = streetBeforeNumber(text, numberStart);
    if (start !== undefined) streets.push({ start, end: numberEnd });
  }
  return streets;
}

// "20789 Allika 46": a number, a word or two and a number are a street only when a unit, a town or a
// postal code follows.
const NUMBERED_STREET = new RegExp(
  `\\b\\d{1,6}\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+${PLACE_WORD})?\\s+${HOUSE_NUMBER}(?![\\d,.]*\\d)`,
  'gu',
);

// Military and box addresses: "PSC 0413, Box 8144", "P.O. Box 287".
const BOX = /\b(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{1,5}\b|\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b/gi;

// What follows a street on the same or the next lines: a unit, a town, a state or province, a country, a
// postal code. Each is one short segment; a label ("Mobile:") or a sentence's words end the address.
const UNIT_AFTER =
  /[ \t]*,?[ \t]*(?:Apt|Apartment|Unit|Suite|Ste|Room|Rm|Flat|#)\.?[ \t]*#?[A-Z0-9-]{1,6}\b/iy;
const SEGMENT_SEPARATOR = /(?:[ \t]*,[ \t]*(?:\n[\s>?]*)?|[ \t]*\n[\s>?]*|[ \t]+(?=\d|\p{Lu}{2}))/uy;
const PLACE_SEGMENT = new RegExp(
  `(?:(?:Apt|Apartment|Unit|Suite|Ste|Flat)\\.?\\s*#?[A-Z0-9-]{1,6}|APO\\s+A[AEP]\\s+\\d{5}|(?:\\d{4,5}[ \\t]+)?(?:\\p{Lu}[\\p{L}'’.()-]*|nan)(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’.()-]*|de|do|da|del|la|le|di|am|an|upon|on|sur|en|y|i|mesto)){0,3}(?:,?[ \\t]+\\p{Lu}{2})?(?:[ \\t]+[A-Z0-9]{2,5}(?:[ -][A-Z0-9]{2,4})?)?|\\d{3,5}(?:[ -]\\d{2,4})?|[A-Z]\\d[A-Z][ ]?\\d[A-Z]\\d)(?=[ \\t]*(?:[,\\n?!;]|\\.(?!\\w)|$))`,
  'uy',
);
const SEGMENTS_AFTER = 4;

/** Where an address that starts at a street ends: past its unit and the lines of its town and country. */
function addressEnd(text: string, end: number): number {
  UNIT_AFTER.lastIndex = end;
  if (UNIT_AFTER.test(text)) end = UNIT_AFTER.lastIndex;
  for (let segment = 0; segment < SEGMENTS_AFTER; segment += 1) {
    SEGMENT_SEPARATOR.lastIndex = end;
    if (!SEGMENT_SEPARATOR.test(text)) break;
    PLACE_SEGMENT.lastIndex = SEGMENT_SEPARATOR.lastIndex;
    if (!PLACE_SEGMENT.test(text)) break;
    end = PLACE_SEGMENT.lastIndex;
  }
  return end;
}

function findStreetAddresses(ctx: ScanContext, patientSentences: Set<number>): Finding[] {
  const findings: Finding[] = [];
  const seen = new SpanIndex([]);
  let readTo = 0;
  const streets: (Span & { needsMore?: boolean })[] = [];
  const boxes = mayHold(ctx, ['box']) ? [PO_BOX, BOX] : [];
  for (const pattern of [STREET_ADDRESS, ...boxes, NUMBERED_STREET]) {
    for (const match of matchesOf(pattern, ctx.text)) {
      const needsMore = pattern === NUMBERED_STREET;
      streets.push({ start: match.index, end: match.index + match[0].length, needsMore });
    }
  }
  streets.push(...findForeignStreets(ctx));
  streets.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const street of streets) {
    // One address per stretch: a street inside one already read is part of it.
    if (street.start < readTo || seen.covers(street.start, street.end)) continue;
    if (isAllowed(ctx, street.start, street.end)) continue;
    const span = { start: street.start, end: addressEnd(ctx.text, street.end) };
    if (street.needsMore && span.end === street.end) continue;
    readTo = span.end;
    const severity = residentialSeverity(ctx, span, patientSentences);
    const reason =
      severity === 'block' ? "a person's street address" : 'a street address: check it is a public place';
    findings.push(makeFinding(ctx, 'address', span.start, span.end, severity, reason));
  }
  return findings;
}

function findZipCodes(ctx: ScanContext, patientSentences: Set<number>, addresses: Finding[]): Finding[] {
  const findings: Finding[] = [];
  const blockedAddressSentences = sentencesOf(
    ctx,
    addresses.filter((address) => address.severity === 'block'),
  );
  const labelled =
    mayHold(ctx, POSTAL_CODE_LABEL_PARTS) && mayHold(ctx, POSTAL_CODE_LABELS) ? [LABELLED_POSTAL_CODE] : [];
  // One finding for a code that two patterns find ("zip 97477": a ZIP after its label, and a labelled code).
  const found = new Set<string>();
  for (const pattern of [ZIP, UK_POSTCODE, ...labelled]) {
    for (const match of matchesOf(pattern, ctx.text)) {
      if (pattern === ZIP && !isZipCode(ctx.text, match.index, match[0])) continue;
      const code = match[1] ?? match[0];
      const start = match.index + match[0].length - code.length;
      const span = { start, end: start + code.replace(WORD_AFTER_CODE, '').length };
      if (found.has(`${span.start}:${span.end}`) || isAllowed(ctx, span.start, span.end)) continue;
      found.add(`${span.start}:${span.end}`);
      const nearBlockedAddress = inSentences(ctx, blockedAddressSentences, span);
      const severity = nearBlockedAddress ? 'block' : residentialSeverity(ctx, span, patientSentences);
      const reason = severity === 'block' ? "a person's ZIP code" : 'a ZIP code: check it is a public place';
      findings.push(makeFinding(ctx, 'zip', span.start, span.end, severity, reason));
    }
  }
  return findings;
}

// A place a person lives in, comes from or goes to: "grew up in SUND", "moved here from Tjæreborg",
// "flew to Leppen", "lives in Brooklyn, NY": a capitalised place after a preposition (group 1), then the
// verb before it.
const PLACE_AFTER_PREPOSITION =
  /\b(?:in|from|to)\s+((?:the\s+(?:town|city|village) of\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|la|do|del|upon|sur)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*(?:[A-Z]{2}\b|\p{Lu}[\p{Ll}]+))?)/gu;
const PERSONS_MOVE_BEFORE =
  /\b(?:grew up|born|raised|lives?|living|resides?|residing|moved(?:\s+(?:here|there|back|away))?|originally|comes?|came|hails?|relocated|flew|flying|travell?(?:ing|ed)?|headed|heading|visiting)\s+$/i;

function findPersonsPlaces(ctx: ScanContext, patientSentences: Set<number>): Finding[] {
  const findings: Finding[] = [];
  for (const match of matchesOf(PLACE_AFTER_PREPOSITION, ctx.text)) {
    if (!PERSONS_MOVE_BEFORE.test(ctx.text.slice(Math.max(0, match.index - 30), match.index))) continue;
    const place = match[1].replace(/[.]+$/, '');
    const start = match.index + match[0].length - match[1].length;
    const span = { start, end: start + place.length };
    if (NOT_A_PLACE.test(place) || isAllowed(ctx, span.start, span.end)) continue;
    if (inSentences(ctx, patientSentences, span)) {
      findings.push(
        makeFinding(ctx, 'address', span.start, span.end, 'block', "a patient's town: smaller than a state"),
      );
    } else {
      findings.push(
        makeFinding(
          ctx,
          'address',
          span.start,
          span.end,
          'warn',
          'a place a person lives in or goes to: is it smaller than a state?',
        ),
      );
    }
  }
  return findings;
}

function findHometowns(ctx: ScanContext, patients: Span[]): Finding[] {
  const findings: Finding[] = [];
  const patientEnds = new Set(patients.map((patient) => patient.end));
  for (const match of matchesOf(RESIDENCE_PLACE, ctx.text)) {
    const place = match[1];
    const span = { start: match.index + match[0].length - place.length, end: match.index + match[0].length };
    if (NOT_A_PLACE.test(place) || isAllowed(ctx, span.start, span.end)) continue;
    const lead = match.index;
    const before = ctx.text.slice(Math.max(0, lead - 40), lead);
    // "Tom Briggs of Beaverton", "(hi, Doreen H. in Lebanon": right after a patient's name.
    let from = lead;
    while (from > 0 && /[\s,]/.test(ctx.text[from - 1]) && !patientEnds.has(from)) from -= 1;
    const afterPatient = patientEnds.has(from);
    if (afterPatient || PERSON_NOUN.test(before)) {
      findings.push(
        makeFinding(ctx, 'address', span.start, span.end, 'block', "a person's town: smaller than a state"),
      );
    }
  }
  return findings;
}

export function findAddressesAndZipCodes(ctx: ScanContext, patients: Span[]): Finding[] {
  const patientSentences = sentencesOf(ctx, patients);
  // Streets, boxes and postal codes all hold digits.
  const addresses = ctx.hasDigit ? findStreetAddresses(ctx, patientSentences) : [];
  const addressIndex = new SpanIndex(addresses);
  const towns = [...findHometowns(ctx, patients), ...findPersonsPlaces(ctx, patientSentences)].filter(
    (town) => !addressIndex.overlaps(town.start, town.end),
  );
  return [...addresses, ...towns, ...(ctx.hasDigit ? findZipCodes(ctx, patientSentences, addresses) : [])];
}
