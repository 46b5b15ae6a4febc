// Dates and ages (Safe Harbor identifier 3): a person's dates and any age over 89; never an event's date.
import {
  digitRunStarts,
  inSentences,
  isAllowed,
  makeFinding,
  matchesAtDigitRuns,
  matchesOf,
  mayHold,
  sentenceStartAt,
  sentencesOf,
  type ScanContext,
  type Span,
} from './context';
import type { Finding } from './types';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]\\d\\d|2[01]\\d\\d)';
// A month in lower case ("born 25 jun 1933", typed so or read so from a picture) is a month only between a
// day and a year: "may", "mar" and "dec" alone are words.
const MONTH_IN_LOWER_CASE = MONTH.toLowerCase();
// And in capitals, as records print it ("14-OCT-2025", "25 JUN 1933"), likewise only between a day and a year.
const MONTH_IN_CAPITALS = MONTH.toUpperCase();

const HOLIDAY =
  "(?:Christmas(?: Eve| Day| morning)?|New Year's(?: Eve| Day)?|Valentine's Day|Thanksgiving(?: Day)?|Easter(?: Sunday)?|Halloween|Independence Day|Fourth of July|Labor Day|Memorial Day|Mother's Day|Father's Day|St\\.? Patrick's Day|Veterans Day|Juneteenth|Leap Day)";

// Every way a calendar day is written; a bare month only counts after a preposition ("in December").
// Sticky: tried only where a match can start (`dateStarts`), not at every character.
const DATE = new RegExp(
  [
    `\\b${MONTH}\\.?\\s+${DAY}(?:,?\\s+${YEAR})?\\b`,
    `\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+${YEAR})?\\b`,
    `\\b${DAY}\\s+(?:of\\s+)?${MONTH_IN_LOWER_CASE}\\.?,?\\s+${YEAR}\\b`,
    // "14-Oct-2025", "14-OCT-2025", "14 OCT 2025", "14/Oct/2025": a day, a month's name and a year, as records
    // and forms print them.
    `\\b${DAY}(?:\\s+|-|/)(?:${MONTH}|${MONTH_IN_LOWER_CASE}|${MONTH_IN_CAPITALS})\\.?(?:\\s+|-|/)${YEAR}\\b`,
    `\\b${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:[ T](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?)?\\b`,
    '\\b(?<![\\d/.,$])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\\d|3[01])(?:/(?:\\d{4}|\\d{2}))?\\b(?![/\\d])',
    '\\b(?<![\\d/.,$])(?:0?[1-9]|[12]\\d|3[01])\\.(?:0?[1-9]|1[0-2])\\.(?:\\d{4}|\\d{2})\\b(?![.\\d])',
    '\\b(?<![\\d-])(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\\d|3[01])-(?:\\d{4}|\\d{2})\\b(?![-\\d])',
    `\\b${HOLIDAY}(?:\\s+${YEAR})?`,
  ].join('|'),
  'y',
);

// Where a form of DATE that does not open with a digit may start, as written (DATE is case-sensitive): at
// the months' first three letters and each holiday's first word (Juneteenth's is found as "Jun"). The other
// forms open with a digit after `\b`, so where a run of digits starts. Each word's only capitals are its
// first letter, or (New Year, St Patrick) letters no word opens with, so no word starts inside another and
// the search finds each.
const DATE_FIRST_WORD =
  /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Christmas|New Year|Valentine|Thanksgiving|Easter|Halloween|Independence|Fourth|Labor|Memorial|Mother|Father|St\.? Patrick|Veterans|Leap/g;

// A month alone is a date only after a preposition ("in December"); the match is the date. Sticky, tried
// where a month's first three letters are (`DATE_FIRST_WORD`), reading back to its preposition: the dates a
// global search for preposition, white space and month would find, as such matches cannot overlap (each
// is a preposition right before a month's name, and ends at a month or year, never at a preposition).
const MONTH_ALONE = new RegExp(
  `(?<=\\b(?:in|during|since|by|until|through|last|this|early|late|mid-?)\\s+)(?:January|February|March|April|June|July|August|September|October|November|December)(?:\\s+${YEAR})?\\b`,
  'y',
);

// The words that make a date a person's: birth, death, admission, discharge, diagnosis, operation.
const PERSONAL_EVENT_BEFORE =
  /\b(?:born|birth|b\.|birthday|dob|d\.o\.b\.?|date of birth|arrived|delivered|admit(?:ted)?|admission|readmitted|discharged?|d\/c|went home|sent home|died|passed away|passed|death|dod|expired|funeral|final days|diagnos(?:ed|is)|dx|surgery|operated|operation|transplant|procedure|underwent|treated|seen|brought|rushed|airlifted|came (?:in|to)|walked in|presented|collapsed|fell|injured|accident|crash|stroke|heart attack|hospitali[sz]ed|transferred|intubated|gave birth|into the world|since (?:his|her|their)|ed visit|er visit)\b/gi;

const LABELLED_PERSONAL_DATE =
  /\b(?:dob|d\.o\.b\.?|dod|dos|born|admit(?:ted)?|disch(?:arged)?|d\/c|date of (?:birth|death|service|admission|discharge|surgery|injury|visit)|(?:admission|discharge|surgery|service|visit|injury) date)(?:\s+(?:is|was|should read|reads|of))?\s*[:#-]?\s*$/i;

// A place's name made of an event's word ("the surgery center", "the birth suites"): no event of a person.
const PLACE_NAMED_BY_EVENT =
  /^\s+(?:center|centre|centers|centres|department|dept|clinic|suite|suites|wing|floor|institute|building)\b/i;

// "(b. 3/9/1931)", "(d. 11/22/2025)": born, died.
const BORN_OR_DIED = /(?<![\w.])[bd]\.\s*$/i;

// "admitted 214 patients", "3,412 babies have been born": counts are not a person.
const AGGREGATE =
  /\b\d[\d,]*\s+(?:[a-z-]+\s+){0,2}(?:patients|babies|newborns|people|visits|cases|injuries|children|kids|adults|women|men|runners|births|deliveries|admissions|transplants|surgeries)\b/i;

// A period: the date right after "between" or "from" (read on `wordBefore`, white space trimmed).
const RANGE_AROUND_BEFORE = /\b(?:between|from)$/i;
const RANGE_END_BEFORE = /\b(?:between|from)\s+[^,.;!?]{1,25}\s+(?:and|to|through|until|-|–)\s*$/i;
const RANGE_AROUND_AFTER = /^\s*(?:(?:and|to|through|until|-|–|—)\s*(?:\w+\.?\s+)?\d|[-–—]\d)/i;

// A date of birth asked for in one sentence and given in the next ("Your date of birth? It's 6/24/1991").
const BIRTH_ASKED_BEFORE =
  /\b(?:date of birth|dob|d\.o\.b|birth ?date|when (?:were|was|is) (?:you|he|she|they|your \w+) born)\b[^\n]{0,50}$/i;

// Global, for `test`: the first year is found without building a match, and as a year is four digits it
// starts four before where the search left off.
const YEAR_IN_DATE = /\b(?:1[89]\d\d|2[01]\d\d)\b/g;

// A date written with its year or in numbers ("11/3/1995", "2000-04-16"): shaped like a date of birth.
const FULL_DATE = /\b(?:1[89]|20)\d\d\b|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/**
 * Why a date is a person's; null when it is an event's or a statistic's (a range, a count, before 1900),
 * undefined when nothing says.
 */
function personalDate(
  ctx: ScanContext,
  span: Span,
  patientSentences: Set<number>,
): string | null | undefined {
  const text = ctx.text;
  const sentenceStart = sentenceStartAt(ctx, span.start);
  const before = text.slice(Math.max(sentenceStart, span.start - 90), span.start);
  // The word before the date past any white space, so "from" then 1 space or 30 reads the same; as long as
  // " between" (the longest cue and a character for its \b), so the test stays short in a long sentence.
  const wordBefore = text.slice(sentenceStart, span.start).trimEnd().slice(-' between'.length);
  const after = text.slice(span.end, span.end + 24);
  const matched = text.slice(span.start, span.end);

  if (
    RANGE_AROUND_BEFORE.test(wordBefore) ||
    RANGE_END_BEFORE.test(before) ||
    RANGE_AROUND_AFTER.test(after)
  ) {
    return null;
  }
  // The first year in the date before 1900 (years read are 1800-2199: one before 1900 starts "18").
  YEAR_IN_DATE.lastIndex = 0;
  if (YEAR_IN_DATE.test(matched) && matched.startsWith('18', YEAR_IN_DATE.lastIndex - 4)) return null;

  if (LABELLED_PERSONAL_DATE.test(before)) return 'a date of birth, admission or discharge';
  // Read across the sentence's end, which the abbreviation's stop may be taken for.
  if (BORN_OR_DIED.test(text.slice(Math.max(0, span.start - 6), span.start))) {
    return 'a date of birth or death';
  }
  if (BIRTH_ASKED_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start))) {
    return 'a date of birth';
  }
  // The last cue before the date.
  let cue: RegExpExecArray | undefined;
  for (const found of matchesOf(PERSONAL_EVENT_BEFORE, before)) {
    // "the surgery center will be closed 12/25": a place named by the event, not the event.
    if (!PLACE_NAMED_BY_EVENT.test(before.slice(found.index + found[0].length))) cue = found;
  }
  if (cue) {
    const between = before.slice(cue.index);
    const leading = before.slice(Math.max(0, cue.index - 40), cue.index + cue[0].length);
    if (!AGGREGATE.test(between) && !AGGREGATE.test(leading)) {
      return `a date next to "${cue[0].toLowerCase()}": a person's dates are identifiers`;
    }
    return null;
  }
  if (inSentences(ctx, patientSentences, span)) {
    return "a date in a sentence about a patient: a patient's dates are identifiers";
  }
  return undefined;
}

/**
 * Every match of a sticky pattern that can only start at one of `starts` (ascending), as a global search
 * with the same pattern finds them: that search returns the first place from where it stands at which the
 * pattern matches, and goes on after it; tried at `starts` in order, each after the last match, the first
 * that matches is that place, as the pattern matches nowhere else. The pattern never matches empty.
 */
function* matchesAt(pattern: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let from = 0;
  // By index: a for-of loop in a generator builds an iterator result for each start.
  for (let at = 0; at < starts.length; at += 1) {
    const start = starts[at];
    if (start < from) continue;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) continue;
    from = pattern.lastIndex;
    yield match;
  }
}

/** Two ascending lists as one ascending list: `[...a, ...b].sort((x, y) => x - y)`, in one pass. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] <= b[j])) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  return merged;
}

/** A person's dates; `patients` are the spans of patients' names, whose sentences make any date theirs. */
export function findDates(ctx: ScanContext, patients: Span[]): Finding[] {
  const findings: Finding[] = [];
  const patientSentences = sentencesOf(ctx, patients);
  const firstWords = Array.from(matchesOf(DATE_FIRST_WORD, ctx.text), (word) => word.index);
  const dateStarts = mergeAscending(digitRunStarts(ctx), firstWords);
  const dates: Span[] = [];
  for (const match of matchesAt(DATE, ctx.text, dateStarts)) {
    dates.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesAt(MONTH_ALONE, ctx.text, firstWords)) {
    dates.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const span of dates) {
    if (isAllowed(ctx, span.start, span.end)) continue;
    const reason = personalDate(ctx, span, patientSentences);
    if (reason) findings.push(makeFinding(ctx, 'date', span.start, span.end, 'block', reason));
    else if (reason === undefined && FULL_DATE.test(ctx.text.slice(span.start, span.end))) {
      // Shaped like a date of birth, with nothing saying whose: found, for a person to judge.
      findings.push(
        makeFinding(ctx, 'date', span.start, span.end, 'warn', "a full date: check it is not a person's"),
      );
    }
  }
  return findings;
}

const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_VALUES = new Map<string, number>([
  ...UNIT_WORDS.map((word, at): [string, number] => [word, at + 1]),
  ...TEEN_WORDS.map((word, at): [string, number] => [word, at + 10]),
  ...TENS_WORDS.map((word, at): [string, number] => [word, (at + 2) * 10]),
]);

// Between the parts of a number: a hyphen (U+2010 too, for text scan() has not normalised) or white space.
const JOIN = '(?:[-\\u2010]|\\s+)';
// Digits after a number word. After white space and before a hyphen they count people of that age ("a
// hundred 5-year-old kids", "ninety 5-year-old kids"): an age with a hyphen is all in digits ("105-year-old").
const digitsAfterWord = (digits: string) => `(?:[-\\u2010]${digits}|\\s+${digits}(?![-\\u2010]))`;
// A unit after tens, in words or one digit: "ninety-three", "eighty two", "ninety-3".
const UNIT_AFTER_TENS = `(?:${JOIN}(?:${UNIT_WORDS.join('|')})|${digitsAfterWord('[1-9]')})`;
const BELOW_HUNDRED = `(?:(?:${TENS_WORDS.join('|')})${UNIT_AFTER_TENS}?|${TEEN_WORDS.join('|')}|${UNIT_WORDS.join('|')})`;
// 100 to 199, the rest in words, digits or both: "one hundred and two", "a hundred and 5", "one-hundred-three".
const HUNDREDS = `(?:one|a)${JOIN}hundred(?:(?:${JOIN}and)?(?:${JOIN}${BELOW_HUNDRED}|${digitsAfterWord('\\d{1,2}')}))?`;
// An age in digits or in words (in words from eighty: younger ages in words are not read).
const WRITTEN_AGE = `(\\d{2,3}|${HUNDREDS}|(?:eighty|ninety)${UNIT_AFTER_TENS}?)`;

const NUMBER_PARTS = /([a-z]+)|(\d+)/g;

/** An age as WRITTEN_AGE reads it ("ninety-three", "a hundred and 5", "103") → its value. */
function ageValue(written: string): number {
  let value = 0;
  for (const [, word, digits] of matchesOf(NUMBER_PARTS, written.toLowerCase())) {
    // Only "one" or "a" comes before "hundred".
    if (word === 'hundred') value = 100;
    // "a" and "and" add nothing.
    else value += digits ? Number(digits) : (WORD_VALUES.get(word) ?? 0);
  }
  return value;
}

// Each pattern puts the age in group 1 (one that reads back, in group 2). An age followed by "to", "-" or "and over" is a range of ages, not a
// person's ("aged 90 to 95"); "to" and "through" are whole words, so "aged 92 today" stays an age.
// Each with its keywords where it has some (`mayHold`: without them the text is not searched for it). A
// pattern that starts with a digit no digit precedes is sticky and tried only where a run of digits starts
// (`matchesAtDigitRuns`).
const AGE_PATTERNS: {
  pattern: RegExp;
  cues?: string[];
  atDigitRuns?: true;
  readBack?: true;
}[] = [
  {
    pattern: new RegExp(
      `\\b${WRITTEN_AGE}[- ]years?[- ](?:old|young)\\b(?![- ](?:building|hospital|institution|tradition|program|company|church|house|home|facility|clinic|organi[sz]ation))`,
      'gi',
    ),
    cues: [
      'year old',
      'year-old',
      'years old',
      'years-old',
      'year young',
      'year-young',
      'years young',
      'years-young',
    ],
  },
  { pattern: new RegExp(`\\b${WRITTEN_AGE}[- ]yrs?[- ]old\\b`, 'gi'), cues: ['yr'] },
  {
    pattern: new RegExp(
      `\\bage[ds]?[: ]\\s*${WRITTEN_AGE}\\b(?!\\s*(?:to\\b|-|–|and (?:over|older|up)|or (?:over|older)|\\+|through\\b))`,
      'gi',
    ),
    cues: ['age'],
  },
  {
    pattern: /\b(\d{2,3})(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)\b/iy,
    cues: ['birthday', 'bday', 'b-day'],
    atDigitRuns: true,
  },
  {
    pattern: /\bhappy\s+(\d{2,3})(?:st|nd|rd|th)\b(?=\s*(?:[^\w\s]|$|today\b|to\s|from\s))/gi,
    cues: ['happy'],
  },
  // "she turned ninety-two", "turning a hundred and one": an age in words after "turn", as in digits below
  // (followed by "years old", the pattern above reads it).
  {
    pattern: new RegExp(
      `\\bturn(?:s|ed|ing)?\\s+(${HUNDREDS}|(?:eighty|ninety)${UNIT_AFTER_TENS}?)\\b(?![- ](?:years?|yrs?)\\b|\\s*(?:%|people|patients|days|weeks|months))`,
      'gi',
    ),
    cues: ['turn'],
  },
  // "she's 97", "he just turned 101": tried where the age's digits start, reading back to the words and white
  // space (group 1, where the match starts: `readBack`). The same matches as a global search for words, white space and
  // age: the words end right before the white space before the digits, and of their possible starts the
  // read back tries "she" before "he" and the forms with "she" or "he" before "turned" alone, so it takes
  // the first, as the search does; and two such matches cannot overlap, as the words hold no digit.
  {
    pattern:
      /(?<=\b((?:(?:she|he)(?:'s|’s| is)|(?:she|he) (?:just )?turn(?:s|ed)|turning|turned)\s+))(\d{2,3})\b(?!\s*(?:%|years of|people|patients|days|weeks|months))/iy,
    cues: ["he's", 'he’s', 'he is', 'he turn', 'he just turn', 'turning', 'turned'],
    atDigitRuns: true,
    readBack: true,
  },
  { pattern: /\b(?:in (?:his|her) )(\d{2})s\b/gi, cues: ['in his ', 'in her '] },
  // "Walt, 91, who", "Walt (90)": the digit is tested before the name behind it, so only digits read back.
  { pattern: /(?=\d)(?<=\p{Lu}[\p{Ll}'’-]+,\s)(\d{2,3})(?=,|\)|\s+who\b|\.)/uy, atDigitRuns: true },
  { pattern: /(?=\d)(?<=\p{Lu}[\p{Ll}'’-]+\s\()(\d{2,3})(?=\))/uy, atDigitRuns: true },
  // "31 y/o", "45yo", "at the age of 61", "I'll turn 23", "when he was 78."
  { pattern: /\b(\d{1,3})\s?(?:y\/o|yo|yrs?\.?(?= old)|y\.o\.)(?!\w)/iy, atDigitRuns: true },
  // "at the age of 61", "he was 78" read back from their digits too, as "she's 97" above: there, only one
  // start fits (the words end in "of", "age" or "aged"; "I", "he" and "she" before " was" cannot start at
  // two places with a word boundary before each).
  {
    pattern:
      /(?<=\b((?:at the age of|aged?)\s+))(\d{1,3})\b(?!\s*(?:to\b|-|–|and (?:over|older|up)|or (?:over|older)|\+|through\b|%))/iy,
    cues: ['age'],
    atDigitRuns: true,
    readBack: true,
  },
  // "I'll turn 23" read back from its digits too: of the two starts that may fit, "she will turn" and
  // "turn", the read back tries the first, further left, first (hence the order of the words).
  {
    pattern:
      /(?<=\b((?:(?:I|he|she|they)(?:'ll| will) turn|turn(?:s|ed|ing)?)\s+))(\d{1,3})\b(?=\s*(?:years?\b|[.!?,;]|$))/iy,
    cues: ['turn'],
    atDigitRuns: true,
    readBack: true,
  },
  {
    pattern: /(?<=\b((?:I|he|she) was\s+))(\d{1,3})(?=\s*(?:years? old\b|[.!?;]|$))/iy,
    cues: [' was'],
    atDigitRuns: true,
    readBack: true,
  },
];

export function findAges(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const { pattern, cues, atDigitRuns, readBack } of AGE_PATTERNS) {
    if (cues && !mayHold(ctx, cues)) continue;
    for (const match of atDigitRuns ? matchesAtDigitRuns(ctx, pattern) : matchesOf(pattern, ctx.text)) {
      const age = ageValue(readBack ? match[2] : match[1]);
      if (age > 125) continue;
      const start = readBack ? match.index - match[1].length : match.index;
      const end = match.index + match[0].length;
      if (isAllowed(ctx, start, end)) continue;
      // An age over 89 identifies a person; a younger one is a detail that, with others, may.
      findings.push(
        age >= 90
          ? makeFinding(ctx, 'age', start, end, 'block', `an age over 89 (${age}) identifies a person`)
          : makeFinding(
              ctx,
              'age',
              start,
              end,
              'warn',
              "a person's age: with other details it may identify them",
            ),
      );
    }
  }
  return findings;
}
