import { blocked, reported } from './checked-scan';
import { createScanContext } from '../context';
import { findRuns, runWords, type NameRun } from '../names/runs';
import { shareAcrossCoordination, shareAcrossMentions } from '../names/sharing';
import { isCapitalLetter, isInitial, tokenise } from '../names/tokens';

describe('names', () => {
  it.each([
    ['Please keep Marisol Vega-Duarte in your prayers after her crash.', 'Marisol Vega-Duarte'],
    ['Prayers for Jaxon Meyers, 6, who was airlifted to our PICU.', 'Jaxon Meyers'],
    ['Huge congratulations to the Nguyen family on the birth of their son!', 'Nguyen'],
    ['Little Ava spent 41 days in our NICU before going home.', 'Ava'],
    ['Get well soon, Coach Ramirez! We are rooting for you.', 'Ramirez'],
    ["Today marks one year since Mateo's liver transplant.", 'Mateo'],
    ['Reminder: Mrs. Feeney (bed 12) goes for her colonoscopy at 0800.', 'Feeney'],
    ['Our patient Bradley Simms was discharged yesterday.', 'Bradley Simms'],
    ['Caught on camera: 90-year-old Walt doing laps on 3 East!', 'Walt'],
    ['Lab queue: specimen for Winters, Jordan (DOB 2/2/1990) needs a redraw', 'Winters, Jordan'],
  ])('blocks a patient named in %j', (text, name) => {
    expect(blocked(text, 'name')).toContain(name);
  });

  // A bracketed number that more digits follow is an area code, not an age ("Walt (90)"): a sign, a
  // letterhead or a noticeboard labels the organisation's own number so.
  it.each([
    'Switchboard (541) 555-0100',
    'Enquiries (541) 555-0100 — weekdays 8 to 6',
    'Huddle (541)-555-0100',
    'Reception, 541 555 0100',
  ])('does not take a label before a phone number for a person with an age: %j', (text) => {
    expect(blocked(text, 'name')).toEqual([]);
  });

  it.each([
    ['Walt (90) 2 weeks after his hip surgery', 'Walt'],
    ['Prayers for Jaxon Meyers (6) tonight', 'Jaxon Meyers'],
  ])('still blocks a person with an age in brackets: %j', (text, name) => {
    expect(blocked(text, 'name')).toContain(name);
  });

  it('blocks relatives named beside a patient', () => {
    const text = 'Little Ava went home today. Her parents, Jess and Marco, say the nurses became family.';
    expect(blocked(text, 'name')).toEqual(expect.arrayContaining(['Ava', 'Jess', 'Marco']));
  });

  it('blocks a later mention of a patient by first name', () => {
    const text =
      'Thanks to all who gave blood for Hailey Sorensen after her accident. Hailey is now out of the ICU!';
    expect(blocked(text, 'name')).toEqual(['Hailey Sorensen', 'Hailey']);
  });

  it('blocks a support hashtag built on a name', () => {
    expect(blocked('Surgery went well today! #JaxonStrong', 'name')).toEqual(['#JaxonStrong']);
  });

  it('only warns for a doctor introduced with a title, even in a post about patients', () => {
    const findings = reported(
      'Meet Dr. Priya Raman, our new head of cardiology, who will see patients at Eastside.',
      'name',
    );
    expect(findings.map((finding) => [finding.text, finding.severity])).toEqual([['Priya Raman', 'warn']]);
  });

  it('only warns for a nurse in a spotlight, and for the first name repeated later', () => {
    const text = 'Nurse Dolores Whitfield has cared for patients on 4 West for 31 years. Thank you, Dolores!';
    const findings = reported(text, 'name');
    expect(findings.map((finding) => finding.severity)).toEqual(['warn', 'warn']);
  });

  it('only warns for staff introduced by their role', () => {
    const text = 'Our head of infection prevention, Maya Lindgren, answers your questions about ICU visits.';
    expect(reported(text, 'name').map((finding) => finding.severity)).toEqual(['warn']);
    expect(reported('Congrats to Jasmine Patel, RN, on her CCRN!', 'name')[0].severity).toBe('warn');
  });

  it('judges a name that opens its sentence, with no words before it, by the words after it', () => {
    // Nothing precedes these names in their sentence: the cues that end before a name are not asked.
    expect(blocked('Jaxon Meyers, 6, was airlifted to our PICU.', 'name')).toEqual(['Jaxon Meyers']);
    expect(blocked('What a week. Bradley Simms was discharged yesterday!', 'name')).toEqual([
      'Bradley Simms',
    ]);
    const colleague = reported('Jasmine Patel, RN, joins our cardiology team.', 'name');
    expect(colleague.map((finding) => [finding.text, finding.severity])).toEqual([['Jasmine Patel', 'warn']]);
  });

  it('blocks a titled doctor who is named as our patient', () => {
    const text = 'In memory of Dr. Ruth Anand, retired pediatrician and our patient for many years.';
    expect(blocked(text, 'name')).toEqual(['Ruth Anand']);
  });

  it('does not take organisations, places, events or pets for patients', () => {
    for (const text of [
      'The Hernandez Family Birth Center is now open; tours of the birth suites every Thursday.',
      'Patient Safety Awareness Week starts Monday at Riverbend.',
      'Meet our newest therapy dog, Biscuit! Biscuit will visit patients every Wednesday.',
      'Meet Biscuit, the golden retriever who visits our pediatric ward.',
      'Meet Grace, our new therapy dog, on the cancer ward.',
      'Happy #NursesWeek! International Nurses Day marks the birth of Florence Nightingale, born May 12, 1820.',
      'Thank you to the Millbrook Rotary Club for 300 teddy bears for our pediatric patients!',
    ]) {
      expect(blocked(text, 'name')).toEqual([]);
    }
  });

  it('finds nothing in a name that is one of the organisation’s allowed terms', () => {
    expect(reported('Welcome to the Riverbend family, new patients!', 'name')).toEqual([]);
  });
});

describe('names found by their form, whatever the text is about (issue 16)', () => {
  const found = (text: string): string[] => reported(text, 'name').map((finding) => finding.text);

  it.each([
    ['a 67-year-old male, Tobias Lindqvist, was seen for chest pain', 'Tobias Lindqvist'],
    ['Pt is a 45 y/o female, Amara Okafor, with a history of asthma', 'Amara Okafor'],
    ['She is a 30-year-old woman Ingrid Solberg who came in by ambulance', 'Ingrid Solberg'],
  ])('blocks a name right after an age or sex phrase: %j', (text, name) => {
    expect(blocked(text, 'name')).toContain(name);
  });

  it.each([
    ['My name is Thandiwe', 'Thandiwe'],
    ['Hello, my name is Bartholomew Quince and I had a question', 'Bartholomew Quince'],
    ['Name: Oluwaseun Adeyemi', 'Oluwaseun Adeyemi'],
    ["What's your last name? Kowalczyk", 'Kowalczyk'],
    ["I'm Giorgos Papadopoulos, from the third floor", 'Giorgos Papadopoulos'],
  ])('finds a name given as a name: %j', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    ['Mehmet Yılmaz will be speaking at the conference.', 'Mehmet Yılmaz'],
    ['The award went to Aleksandra Kowalska this year.', 'Aleksandra Kowalska'],
    ['A song written by Nguyen Van Minh for the festival.', 'Nguyen Van Minh'],
    ['Directed by Kenji R. Watanabe', 'Kenji R. Watanabe'],
    ['We spoke to Miguel Ángel Fernández-García yesterday.', 'Miguel Ángel Fernández-García'],
    ['Photos by Priya Venkataraman.', 'Priya Venkataraman'],
  ])('finds a full name of any culture by the lists of names: %j', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    ['I would like to ask Mrs. Abernathy about the bill', 'Abernathy'],
    ['Mr. Oyelaran flew out on the morning train.', 'Oyelaran'],
  ])('finds a surname after an honorific: %j', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it('finds given names in a list and a speaker of a dialogue', () => {
    expect(found('They invited five: Gwendolyn, Anthony, Derek, Rosalind and Joaquin.')).toEqual(
      expect.arrayContaining(['Gwendolyn', 'Anthony', 'Derek', 'Rosalind', 'Joaquin']),
    );
    expect(found('Matthew: Did you call the clinic?')).toContain('Matthew');
  });

  it('does not take peoples, nationalities or faiths for names', () => {
    for (const text of [
      'African American and Hispanic adults face a higher risk of diabetes.',
      'Our Filipino and Haitian nurses shared their favourite holiday dishes.',
      'We are proud Nigerian Americans.',
      'Jewish and Muslim chaplains are available every day.',
    ]) {
      expect(found(text)).toEqual([]);
    }
  });

  it('does not take eponyms or medicines for names', () => {
    for (const text of [
      "Join our Parkinson's disease support group on Tuesday.",
      'Ask about Down syndrome screening and Graves disease.',
      'Is Enbrel or Humira right for you? Ask your rheumatologist.',
      'Allegra and Claritin can help with seasonal allergies.',
    ]) {
      expect(blocked(text, 'name')).toEqual([]);
      expect(found(text)).toEqual([]);
    }
  });
});

// Survivors of names/known-names.ts, runs.ts and sharing.ts no input can tell apart (StrykerJS run on today's
// code; each applied by hand, all tests pass, and 60,000 generated posts give the same findings):
// - names/known-names.ts:17, :24 StringLiteral → `word.includes("")`: without a hyphen, split('-') is [word] and slice(-1 + 1) the word.
// - names/known-names.ts:41 StringLiteral → `"Stryker was here!"`: lastWord is read only for two words or more, each setting it.
// - names/known-names.ts:80 StringLiteral → `"Stryker was here!"`: isGivenName reads `word` only when wordTokens is 1, so one loop turn has set it.
// - names/known-names.ts:68 ConditionalExpression → `false`, EqualityOperator → `< 1`, :72 → `true` / `>= 0`: judge.ts:275 asks isKnownName only of a one-token run, whose token (a name or a month) has two letters or more: no initial to skip, words ≥ 1.
// - names/runs.ts:91 ConditionalExpression → `true`: isCapitalLetter, next in the condition, checks `length <= 2` itself.
// - names/runs.ts:149, names/sharing.ts:43 ConditionalExpression → `false`: an initial then enters the map or is looked up in it, but its lower case ("j", "i̇" of "İ") is no run word's: those have two letters or more, and "I" + U+0307 is no capitalised word.
// - names/sharing.ts:48 ConditionalExpression → `false`: a placed run's first token is a word, so the map is never empty; were it, the loop would place nothing.
describe('Safe Harbor 1, runs and sharing: the candidates for a name, and the place a name shares', () => {
  type Place = Partial<Pick<NameRun, 'severity' | 'reason' | 'staff' | 'own'>>;

  const candidates = (text: string): string[] =>
    findRuns(createScanContext(text, {}), tokenise(text)).map((run) => text.slice(run.start, run.end));

  // Safe Harbor 1 (names): every run of capitalised words that may be a person's name is a candidate the judge
  // reads, and only those: a candidate missed is a patient's name that can leak.
  it.each([
    // A two-letter given name is a name; a letter alone is not.
    ['Meet Ed Harris today.', ['Ed Harris']],
    ['Meet ǅ today.', []],
    // A name opening with a title-case letter (the Croatian digraph ǅ) is a name.
    ['Meet ǅemal Bešlić today.', ['ǅemal Bešlić']],
    // A hyphenated name capitalises every part, and is not made only of non-names.
    ['Ask Day-Lewis now', ['Day-Lewis']],
    ['The Night-shift crew.', []],
    ['Open Mon-Fri only.', ['Open']],
    ['Ask West-Hall now', []],
    // A month that is not a name on its own ("May") is one before a name, one space apart, never before a day.
    ['Thanks to May Whitaker.', ['May Whitaker']],
    ['May Whitaker came.', ['May Whitaker']],
    ['Thanks to May  Lin.', ['Lin']],
    ['May 30 Ava', ['Ava']],
    // An initial's stop joins the next name only when one space follows it, and the stop is the name's.
    ['Thanks to Kenji R. Watanabe', ['Kenji R. Watanabe']],
    ['Doreen H. left. Watanabe stayed.', ['Doreen H.', 'Watanabe']],
    // A middle initial without its stop, between two names one space apart.
    ['Szabina J Gelencsér', ['Szabina J Gelencsér']],
    ['Szabina, J Gelencsér', ['Szabina', 'Gelencsér']],
    ['Szabina J ICU', ['Szabina']],
    ['From Szabina J', ['Szabina']],
    // A capital of a script beyond the BMP is two UTF-16 units, and still an initial ("Aminata D Ba" in Adlam).
    ['𞤀𞤥𞤭𞤲𞤢𞤼𞤢 𞤁 𞤄𞤢', ['𞤀𞤥𞤭𞤲𞤢𞤼𞤢 𞤁 𞤄𞤢']],
    // A particle inside a name, between two names one space apart.
    ['Ask Maria de Souza', ['Maria de Souza']],
    ['Maria, de Souza', ['Maria', 'Souza']],
    ['Ask Maria de ICU', ['Maria']],
    // Only a particle joins two names, and only followed by one space; two particles at most: a longer
    // run of them is no one name's, and the names on either side stay candidates.
    ['Ask Maria ICU Lopez', ['Maria', 'Lopez']],
    ['Ask Maria de  Souza', ['Maria', 'Souza']],
    ['Ask Anna van de la Berg', ['Anna', 'Berg']],
  ])('Safe Harbor 1: the candidates for a name in %j are %j', (text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  it('Safe Harbor 1: a candidate starts without evidence, neither a colleague nor placed by its own cue', () => {
    const text = 'Meet Ed Harris today.';
    expect(findRuns(createScanContext(text, {}), tokenise(text))).toEqual([
      { first: 1, last: 2, start: 5, end: 14, staff: false, own: false },
    ]);
  });

  it('Safe Harbor 1: a later mention repeats the words of a name, not its initials', () => {
    const text = 'Thanks to Kenji R. Watanabe';
    const tokens = tokenise(text);
    const [run] = findRuns(createScanContext(text, {}), tokens);
    expect(runWords(tokens, run)).toEqual(['kenji', 'watanabe']);
  });

  /** The candidates of `text`, each given its place in turn, then shared; as [name, severity, staff]. */
  function shared(text: string, places: Place[], share: 'coordination' | 'mentions'): unknown[] {
    const ctx = createScanContext(text, {});
    const tokens = tokenise(text);
    const runs = findRuns(ctx, tokens);
    expect(runs).toHaveLength(places.length);
    runs.forEach((run) => Object.assign(run, places[runs.indexOf(run)]));
    if (share === 'coordination') shareAcrossCoordination(ctx, runs);
    else shareAcrossMentions(tokens, runs);
    return runs.map((run) => [text.slice(run.start, run.end), run.severity ?? null, run.staff]);
  }
  const patient: Place = { severity: 'block', reason: 'a patient', staff: false, own: true };
  const colleague: Place = { severity: 'warn', reason: 'a colleague', staff: true, own: true };
  const borrowed: Place = { severity: 'block', reason: 'a patient', staff: false, own: false };
  const none: Place = {};

  // "Jess and Marco": a name coordinated with a placed name shares its place, either way; a name placed by its
  // own cue keeps it; a borrowed place is not passed on; only "and" or "&" coordinates.
  it.each([
    [
      'Jess and Marco',
      [patient, none],
      [
        ['Jess', 'block', false],
        ['Marco', 'block', false],
      ],
    ],
    [
      'Jess & Marco',
      [none, patient],
      [
        ['Jess', 'block', false],
        ['Marco', 'block', false],
      ],
    ],
    [
      'Jess and Marco',
      [none, colleague],
      [
        ['Jess', 'warn', true],
        ['Marco', 'warn', true],
      ],
    ],
    [
      'Jess and Marco',
      [patient, colleague],
      [
        ['Jess', 'block', false],
        ['Marco', 'warn', true],
      ],
    ],
    [
      'Jess and Marco',
      [colleague, patient],
      [
        ['Jess', 'warn', true],
        ['Marco', 'block', false],
      ],
    ],
    [
      'Jess and Marco',
      [borrowed, none],
      [
        ['Jess', 'block', false],
        ['Marco', null, false],
      ],
    ],
    [
      'Jess and Marco',
      [none, borrowed],
      [
        ['Jess', null, false],
        ['Marco', 'block', false],
      ],
    ],
    [
      'Jess and then Marco',
      [patient, none],
      [
        ['Jess', 'block', false],
        ['Marco', null, false],
      ],
    ],
  ])('Safe Harbor 1: coordination in %j placed %j gives %j', (text, places, expected) => {
    expect(shared(text, places, 'coordination')).toEqual(expected);
  });

  // "Keisha Lambert's family ... Keisha died": a repeated name keeps the place it was given, the first place
  // given unless a colleague's; a name placed by its own cue keeps its own; any word of the name may repeat.
  it.each([
    [
      'Hailey is home. All gave blood for Hailey Sorensen. Hailey smiled.',
      [none, patient, none],
      [
        ['Hailey', 'block', false],
        ['Hailey Sorensen', 'block', false],
        ['Hailey', 'block', false],
      ],
    ],
    [
      'Keisha Lambert went home. Keisha Moore said goodbye. Keisha waved.',
      [patient, { ...colleague, staff: false }, none],
      [
        ['Keisha Lambert', 'block', false],
        ['Keisha Moore', 'warn', false],
        ['Keisha', 'block', false],
      ],
    ],
    [
      'Keisha Lambert went home. Nurse Keisha Obi waved. Keisha smiled.',
      [patient, colleague, none],
      [
        ['Keisha Lambert', 'block', false],
        ['Keisha Obi', 'warn', true],
        ['Keisha', 'warn', true],
      ],
    ],
    [
      'Sorensen is home. Hailey Sorensen thanks you.',
      [patient, none],
      [
        ['Sorensen', 'block', false],
        ['Hailey Sorensen', 'block', false],
      ],
    ],
    [
      'Hailey is home. Hailey Marsh thanks you.',
      [patient, none],
      [
        ['Hailey', 'block', false],
        ['Hailey Marsh', 'block', false],
      ],
    ],
  ])('Safe Harbor 1: repeated mentions in %j placed %j give %j', (text, places, expected) => {
    expect(shared(text, places, 'mentions')).toEqual(expected);
  });
});

// Survivors of names/tokens.ts no test can tell apart (StrykerJS run on today's code; each also compared with the
// original on 100 000 random texts of capitals, particles, joiners, accents, marks, paired and lone surrogates, "İ",
// U+0080 and U+FFFF: the same tokens, lower cases, capitals, possessives and initials). The rows below guard the rest.
// - names/tokens.ts:50 isAsciiWordCode, the whole, its letters-or-digits, its digits or `code === 95` → `false`, `(… || …) && code === 95`, `isAsciiLetter(code) && code >= 48 && code <= 57`, `code > 48`, `code < 57`: it only spares TOKEN a try at a particle's first letter after a word character; saying "no word character" more often lets TOKEN try, and its own \b (ASCII \w: /u without /i) fails there.
// - names/tokens.ts:63–65 (isSecondHalfOfPair → `false`, `index > 0` → `true` / `<= 0` / `>= 0`, `index - 1` → `index + 1`; isLeadSurrogate → `true` / `false` / `||`, either bound → `true` / `<` / `>`; isTrailSurrogate → `false`, `> 0xdc00`, `< 0xdfff`) and tokens.ts:144 `isSecondHalfOfPair(…)` → `false`: they only change whether TOKEN is tried at a trail surrogate; after its lead the answer is the lead's, which the loop already had (a match there is skipped past), and a lone one is no letter.
// - names/tokens.ts:87 `before >= 128 && before !== 0x2019` → `||` / `true`, `before > 128`, `before !== 0x2019` → `true`; tokens.ts:91 `twoBefore >= 128` → `true` / `>`; tokens.ts:100 `next >= 128` and tokens.ts:101 `code >= 128` → `true` / `>`; tokens.ts:143 `code >= 128` → `>`; tokens.ts:148 `matchEnd !== ASK_THE_PATTERN` → `false`; tokens.ts:149 `!ascii` → `true`: each only hands a word to TOKEN instead of readAsciiWord, whose answer is TOKEN's (U+0080 is no letter, ’ is a joiner), and an ASCII word's lower case is the same by either road.
// - names/tokens.ts:106 `code < 128` → `false` / `<=`: /^[\p{Lu}\p{Lt}]$/u answers as the A–Z test for A–Z and U+0080, and is never asked of NaN (the second letter is read only inside the word).
// - names/tokens.ts:107 `code >= 97 && code <= 122` → `false`, `code > 97`, `code < 122`: isAsciiLowerCode only spares isInUpperCase, which says the same of a word whose second letter is a–z and is still asked for "a" and "z" (the row "PRAYERS FOR Y'ALL AND Y’ALL IN X-RAY" kills its `true`, `||`, `< 97` and `> 122`).
// - names/tokens.ts:112 `word.length <= 2` → `true`: /^\p{Lu}$/u takes one code point, two UTF-16 units at most.
// - names/tokens.ts:138 the condition → `false`: lowerAscii builds the slice's own lower case.
// - names/tokens.ts:139 `index < text.length` → `<=`: the one more turn reads NaN, which starts no word.
// - names/tokens.ts:151 `ASCII_START[code] === PARTICLE_INITIAL` → `true`, the condition → `true`, `&&` → `||`: TOKEN is tried at more ASCII characters; it matches there only a particle (all lower case) after no word character, its own \b, so the tokens are the same.
// - names/tokens.ts:161 `end - start >= 2` → `> 2`: only a two-letter match changes, whose letter before the last is its capital, never an apostrophe.
// - names/tokens.ts:173 `first > 0xffff` → `>=`: U+FFFF is a noncharacter, never a word's first letter.
// - names/tokens.ts:174 `end - start > second` → `true` / `>=`, `end - start` → `end + start`: past a one-letter word the next character is no letter a–z (TOKEN would have read it; a cut "'s" leaves its apostrophe), and isCapitalised checks the length again (a name in capitals has three letters).
// - names/tokens.ts:217 `token.length <= 2` → `true`: isCapitalLetter checks the length itself.
describe('Safe Harbor 1, tokens: the words the name finder reads', () => {
  // Policy: a patient's name (Safe Harbor identifier 1) must never go out; the name finder only sees the words
  // the tokeniser gives it, so a word cut wrong or lost here is a name missed or a colleague's name mistaken.
  const read = (text: string) =>
    tokenise(text).map((token) => {
      expect(text.slice(token.start, token.end)).toBe(token.word);
      expect(token.lower).toBe(token.word.toLowerCase());
      return [token.word, token.capitalised, token.possessive];
    });

  it.each([
    // A possessive 's (straight or curly, any case) is cut off the name and marks it possessive.
    [
      "Today marks one year since Mateo's liver transplant.",
      [
        ['Today', true, false],
        ['Mateo', true, true],
      ],
    ],
    [
      'Thank you, Mateo’s nurses!',
      [
        ['Thank', true, false],
        ['Mateo', true, true],
      ],
    ],
    [
      "THANK YOU TO JAMES'S TEAM",
      [
        ['THANK', false, false],
        ['YOU', false, false],
        ['TO', false, false],
        ['JAMES', true, true],
        ['TEAM', false, false],
      ],
    ],
    // A name in capitals the lists know is a capitalised word, with an inner apostrophe (straight or curly)
    // too ("O'SHEA" by "shea"); the other words in capitals stay acronyms.
    [
      "PRAYERS FOR O'SHEA AND O’SHEA",
      [
        ['PRAYERS', false, false],
        ['FOR', false, false],
        ["O'SHEA", true, false],
        ['AND', false, false],
        ['O’SHEA', true, false],
      ],
    ],
    // A word in capitals the lists do not know, with an apostrophe (straight or curly) or a hyphen, stays one.
    [
      "PRAYERS FOR Y'ALL AND Y’ALL IN X-RAY",
      [
        ['PRAYERS', false, false],
        ['FOR', false, false],
        ["Y'ALL", false, false],
        ['AND', false, false],
        ['Y’ALL', false, false],
        ['IN', false, false],
        ['X-RAY', false, false],
      ],
    ],
    // A capital S alone in quotes is a word of its own, not a possessive "'s" ("Ward 'S'").
    [
      "Meet us in Ward 'S' or Ward ’S’.",
      [
        ['Meet', true, false],
        ['Ward', true, false],
        ['S', false, false],
        ['Ward', true, false],
        ['S', false, false],
      ],
    ],
    // A bare apostrophe after a name ending in s is a possessive too ("the Jones' twins").
    [
      "We met the Jones' twins and the Jones’ dog.",
      [
        ['We', true, false],
        ['Jones', true, true],
        ['Jones', true, true],
      ],
    ],
    // A closing quote after a name that does not end in s is no possessive.
    [
      "We call her 'Anna' or ‘Anna’ at home.",
      [
        ['We', true, false],
        ['Anna', true, false],
        ['Anna', true, false],
      ],
    ],
    // An inner apostrophe keeps the word whole ("Marco'd" is not "Marco" plus a possessive).
    [
      "Marco'd love a visit from Ödön Kovács.",
      [
        ["Marco'd", true, false],
        ['Ödön', true, false],
        ['Kovács', true, false],
      ],
    ],
    // Acronyms ("IDs", "ICU"), particles ("de") and a lone initial ("R") are not capitalised words; "McKay" and
    // "O'Shea" are.
    [
      "Our IDs, ICU and McKay, O'Shea, Maria de Souza, Kenji R. Watanabe",
      [
        ['Our', true, false],
        ['IDs', false, false],
        ['ICU', false, false],
        ['McKay', true, false],
        ["O'Shea", true, false],
        ['Maria', true, false],
        ['de', false, false],
        ['Souza', true, false],
        ['Kenji', true, false],
        ['R', false, false],
        ['Watanabe', true, false],
      ],
    ],
  ])('Safe Harbor 1: reads the words of %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // A word from a capital A–Z is read by character codes while every character around it is ASCII (or ’),
  // and by the pattern as soon as one is not: at each edge of that fast path the words are the pattern's.
  it.each([
    // After a letter of another script, or such a letter and a joiner, a capital continues that word.
    [
      'éAnna, é-Anna, é’Anna, ’Anna and -Anna',
      [
        ['Anna', true, false],
        ['Anna', true, false],
      ],
    ],
    // After an ASCII letter, or such a letter and a joiner, too: "iPhone" and "non-Hodgkin" name no one.
    [
      'Text Anna on her iPhone after mid-March: non-Hodgkin, x’Ray',
      [
        ['Text', true, false],
        ['Anna', true, false],
      ],
    ],
    // An accent, a combining mark or a letter of another script inside or at the end of the word keeps it whole.
    [
      'Renée, Ane\u0301, Zoë’s, Anna-Zoë, Anna’é, Anna’ and Anna-',
      [
        ['Renée', true, false],
        ['Ane\u0301', true, false],
        ['Zoë', true, true],
        ['Anna-Zoë', true, false],
        ['Anna’é', true, false],
        ['Anna', true, false],
        ['Anna', true, false],
      ],
    ],
    // Curly joiners inside an ASCII word, and its lower case, A to Z ("o’shea", "zoe").
    [
      'O’Shea, D’Arcy-Lee, MacAULAY and Zoe',
      [
        ['O’Shea', true, false],
        ['D’Arcy-Lee', true, false],
        ['MacAULAY', true, false],
        ['Zoe', true, false],
      ],
    ],
    // A particle is a word only after no word character (its \b) and no letter (its lookbehind): not in
    // "xde", "9de", "_de" nor "ède".
    [
      'Maria de Souza, xde, 9de, _de, ède, «de»',
      [
        ['Maria', true, false],
        ['de', false, false],
        ['Souza', true, false],
        ['de', false, false],
      ],
    ],
  ])('Safe Harbor 1: reads the words of %j as the pattern does, ASCII or not', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // A post cut in the middle of an emoji leaves half a surrogate pair (here the first half of 😀, \uD83D):
  // the name right after it must still be read, in any script or width.
  it.each([
    ['Get well soon \uD83DÖdön Kovács', ['Get', 'Ödön', 'Kovács']],
    ['Get well soon \uD83DＡｎｎａ', ['Get', 'Ａｎｎａ']],
    ['Get well soon \uD83D𝐉𝐚𝐱𝐨𝐧', ['Get', '𝐉𝐚𝐱𝐨𝐧']],
    ['Get well soon 😀 Ödön 😀Ａｎｎａ', ['Get', 'Ödön', 'Ａｎｎａ']],
  ])('Safe Harbor 1: half an emoji does not hide the name after it in %j', (text, words) => {
    expect(tokenise(text).map((token) => token.word)).toEqual(words);
  });

  // The scan hands the tokeniser the post in lower case; "İ" is longer in lower case ("i̇"), so that text no
  // longer lines up with the post: the words after it are still read in lower case from themselves.
  it('Safe Harbor 1: the words after an "İ" keep their own lower case when the scan passes the post in lower case', () => {
    const text = 'İlkay sends love to Jaxon Meyers';
    expect(tokenise(text, text.toLowerCase()).map((token) => [token.word, token.lower])).toEqual([
      ['İlkay', 'i\u0307lkay'],
      ['Jaxon', 'jaxon'],
      ['Meyers', 'meyers'],
    ]);
  });

  // A name written in a script whose letters lie beyond the BMP (Adlam, used for Fula; Deseret) is capitalised
  // like a Latin one: its capital is two UTF-16 units, read as one letter. It was missed before (a leak).
  it('Safe Harbor 1: a name in Adlam or Deseret is read as capitalised, two Adlam capitals (like "IDs") as an acronym', () => {
    expect(read('Prayers for 𞤀𞤣𞤢𞤥𞤢 𞤄𞤢𞤪𞤭, 𐐀𐐲𐑌 and 𞤀𞤁𞤢')).toEqual([
      ['Prayers', true, false],
      ['𞤀𞤣𞤢𞤥𞤢', true, false],
      ['𞤄𞤢𞤪𞤭', true, false],
      ['𐐀𐐲𐑌', true, false],
      ['𞤀𞤁𞤢', false, false],
    ]);
    expect(blocked('Prayers for 𞤀𞤣𞤢𞤥𞤢 𞤄𞤢𞤪𞤭 after her crash.', 'name')).toEqual(['𞤀𞤣𞤢𞤥𞤢 𞤄𞤢𞤪𞤭']);
  });

  it('Safe Harbor 1: one capital letter alone is an initial only when a full stop follows it', () => {
    expect(['R', 'Ö', '𝐑', 'Al', 'Bo', 'r', 'ÖZ'].map(isCapitalLetter)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    const text = 'Kenji R. Watanabe and Kenji R Watanabe';
    expect(tokenise(text).map((token) => [token.word, isInitial(text, token)])).toEqual([
      ['Kenji', false],
      ['R', true],
      ['Watanabe', false],
      ['Kenji', false],
      ['R', false],
      ['Watanabe', false],
    ]);
    // A capital beyond the BMP ("𝐑", two UTF-16 units) is an initial too.
    const bold = 'Kenji 𝐑. Watanabe';
    expect(tokenise(bold).map((token) => [token.word, isInitial(bold, token)])).toEqual([
      ['Kenji', false],
      ['𝐑', true],
      ['Watanabe', false],
    ]);
  });
});
