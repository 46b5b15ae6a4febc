import { area } from './stryker.base.mjs';

// The PHI scanner (the 18 HIPAA identifiers, off-limits terms). Goal: at least 80 %.
export default area('scanner', {
  mutate: [
    'server/src/scanner/**/*.ts',
    '!server/src/scanner/__tests__/**',
    '!server/src/scanner/types.ts',
    // Generated data, not rules: ~34,000 given and family names (build-person-names.mjs). Mutating one name
    // of them tests nothing but that name; the rules that read the list (names/) are mutated. The other
    // lists of words/ are rules (what is not a name, look-alike letters, months, particles) and stay.
    '!server/src/scanner/words/person-names.ts',
  ],
  testMatch: [
    '<rootDir>/server/src/scanner/__tests__/**/*.test.ts',
    // It counts the regexes' work over texts of up to 120,000 characters: about 4 s for every mutant, since
    // every mutant of the pipeline is covered by it. It guards time, not a rule: a mutant that only it
    // would kill is counted as a survivor (SURVIVORS.md names them: the phone lookup cap is one).
    '!**/__tests__/linear-time.test.ts',
  ],
  thresholds: { high: 90, low: 80, break: null },
});
