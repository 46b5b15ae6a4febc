// Hostile texts for the scanner, by shape, the same for its linearity test and its benchmark: each shape is
// what made some scanner read the text again for every candidate. Seeded, so every run reads the same text.
'use strict';

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (next, items) => items[Math.floor(next() * items.length)];
const digits = (next, count) => Array.from({ length: count }, () => Math.floor(next() * 10)).join('');
const SYLLABLES = [
  'an',
  'bel',
  'car',
  'do',
  'el',
  'fin',
  'gar',
  'ha',
  'is',
  'jo',
  'ka',
  'lin',
  'mar',
  'no',
  'ra',
];
const name = (next) => {
  const word = pick(next, SYLLABLES) + pick(next, SYLLABLES);
  return word[0].toUpperCase() + word.slice(1);
};

// Each shape writes pieces until the text is long enough.
const SHAPES = {
  'repeated separators': (next, index) => `${index % 10}-`,
  'random digits and separators': (next) =>
    digits(next, 1 + Math.floor(next() * 3)) + pick(next, ['-', '.', ' ', '/', '(', ')']),
  'capitalised words': (next) => `${name(next)} ${name(next)}${pick(next, [', ', ' and ', ' '])}`,
  'long digit run': (next) => digits(next, 64),
  'run of one letter': () => 'a',
  'run of stops': () => '.',
  'e-mail fragments': (next) =>
    `${pick(next, SYLLABLES)}.${pick(next, SYLLABLES)}@${pick(next, SYLLABLES)}.${pick(next, ['com', 'org', 'x'])} `,
  'URL fragments': (next) =>
    `${pick(next, ['http://', 'www.', ''])}${pick(next, SYLLABLES)}.${pick(next, ['com/', 'org', 'a.'])}`,
  'dotted run': (next) => `${pick(next, SYLLABLES)}.`,
  'repeated keywords': () => 'MRN ',
  'keywords and numbers': (next) =>
    `${pick(next, ['MRN', 'SSN', 'DOB', 'acct', 'patient', 'age'])} ${digits(next, 4 + Math.floor(next() * 6))} `,
  'white space flood': (next) => pick(next, [' ', ' ', ' ', '\n', '\t', '\n ']),
  'names around patients': (next) =>
    `${pick(next, ['patient', 'our', 'baby', 'Dr.', 'nurse'])} ${name(next)} ${name(next)}${pick(next, [', ', ' and ', ' of ', ' from ', ', 91, '])}`,
  'invisible characters': (next) => `${pick(next, SYLLABLES)}\u200B${digits(next, 1)}\u00AD`,
  'look-alike letters': (next) =>
    `${pick(next, ['М', 'R', 'N', 'а', 'о', 'е', 'Ⅰ', '４'])}${pick(next, [' ', '', '-'])}`,
};

/** A text of `length` characters of one shape. */
function adversarialText(shape, length, seed = 1) {
  const write = SHAPES[shape];
  const next = random(seed);
  const pieces = [];
  let written = 0;
  for (let index = 0; written < length; index += 1) {
    const piece = write(next, index);
    pieces.push(piece);
    written += piece.length;
  }
  return pieces.join('').slice(0, length);
}

module.exports = { ADVERSARIAL_SHAPES: Object.keys(SHAPES), adversarialText };
