import { area } from './stryker.base.mjs';

const SCANNER = 'server/src/scanner';
const TESTS = `<rootDir>/${SCANNER}/__tests__`;

// Every mutant loads every test file of the area (Jest filters tests by name, not files), so the scanner is
// measured in parts: STRYKER_SCANNER_PART=<part> mutates one part with the test files that state its rules
// (and the corpus and scan tests, which read every detector), each part keeping its own report and
// incremental file. `npm run test:mutation scanner` runs every part in turn and adds them up (run.js).
// Fewer test files can only kill fewer mutants: a part's score is a lower bound of the whole suite's.
const SHARED_TESTS = ['corpus', 'scan', 'obfuscation'];
export const PARTS = {
  names: {
    mutate: ['names/*.ts'],
    tests: ['names', 'safe-harbor-1-names', 'fingerprint', 'form-labels', 'run-length'],
  },
  address: {
    mutate: ['address-and-zip.ts'],
    tests: ['address-and-zip', 'safe-harbor-2-places', 'lower-case-street-words'],
  },
  // What every detector stands on (sentences, allowed terms, the text as read, the ranking of findings) and
  // the lists of words that are rules: every test file.
  core: {
    mutate: [
      'index.ts',
      'context.ts',
      'normalise.ts',
      'lexicon.ts',
      'fingerprint.ts',
      ...['abbreviations', 'calendar', 'list', 'look-alikes', 'name-particles', 'not-a-name'].map(
        (list) => `words/${list}.ts`,
      ),
    ],
    tests: ['*'],
    shared: [],
  },
  contact: { mutate: ['contact.ts'], tests: ['contact', 'safe-harbor-contact'] },
  numbers: {
    mutate: ['identifiers.ts', 'dates-and-ages.ts'],
    tests: [
      'identifiers',
      'dates-and-ages',
      'safe-harbor-numbers',
      'safe-harbor-3-ages-and-dates',
      'range-words',
    ],
  },
  // The CLI's logic runs in-process (main() with its streams given): only cli.test.ts covers it.
  cli: { mutate: ['cli.ts'], tests: ['cli', 'cli-exit-status'], shared: [] },
};
const part = PARTS[process.env.STRYKER_SCANNER_PART ?? ''];
if (process.env.STRYKER_SCANNER_PART && !part) {
  throw new Error(`STRYKER_SCANNER_PART: choose among ${Object.keys(PARTS).join(', ')}`);
}

// The PHI scanner (the 18 HIPAA identifiers, off-limits terms). Goal: at least 80 %.
export default area(part ? `scanner/${process.env.STRYKER_SCANNER_PART}` : 'scanner', {
  mutate: part
    ? part.mutate.map((file) => `${SCANNER}/${file}`)
    : [
        `${SCANNER}/**/*.ts`,
        `!${SCANNER}/__tests__/**`,
        `!${SCANNER}/types.ts`,
        // Generated data, not rules: ~34,000 given and family names (build-person-names.mjs). Mutating one
        // name of them tests nothing but that name; the rules that read the list (names/) are mutated. The
        // other lists of words/ are rules (what is not a name, look-alike letters, months, particles).
        `!${SCANNER}/words/person-names.ts`,
      ],
  testMatch: part
    ? [
        ...[...part.tests, ...(part.shared ?? SHARED_TESTS)].map((name) => `${TESTS}/${name}.test.ts`),
        '!**/__tests__/linear-time.test.ts',
      ]
    : [
        `${TESTS}/**/*.test.ts`,
        // It counts the regexes' work over texts of up to 120,000 characters: about 4 s for every mutant,
        // since every mutant of the pipeline is covered by it. It guards time, not a rule: a mutant that
        // only it would kill is counted as a survivor (SURVIVORS.md names them: the phone lookup cap is one).
        '!**/__tests__/linear-time.test.ts',
      ],
  thresholds: { high: 90, low: 80, break: null },
});
