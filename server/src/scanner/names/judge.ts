// The judge: whether a run of capitalised words is a patient's or a relative's name (block), a colleague's
// or an unplaced person's (warn), or no person's at all, from the words around it.
import { inSentences, sentenceAt, sentenceHas, type ScanContext } from '../context';
import type { Severity } from '../types';
import {
  ADDRESS_BEFORE,
  AGE_AFTER,
  EPONYM_AFTER,
  ANIMAL_AFTER,
  ANIMAL_BEFORE,
  FAMILY_AFTER,
  HISTORICAL_PERSON_AFTER,
  HONORIFIC_BEFORE,
  IDENTITY_BEFORE,
  KIN_OR_TITLE,
  MEDICAL_TITLE_BEFORE,
  NAME_LABEL_BEFORE,
  NAMED_PLACE_OR_PROGRAMME_AFTER,
  NAMED_THING_AFTER,
  OTHER_TITLE_BEFORE,
  PATIENT_ACT_AFTER,
  PATIENT_AS_SERVICE,
  PATIENT_CUE,
  PATIENT_POSSESSION_AFTER,
  RELATIVE_AFTER,
  SOFT_NAME_LABEL,
  STAFF_AFTER,
  STAFF_CUE,
  STAFF_ROLE_BEFORE,
} from './cues';
import { isGivenName, isKnownName, looksLikeFullName } from './known-names';
import { runWords, someRunWordIn, type NameRun } from './runs';
import { isInCapitals, type Token } from './tokens';

export interface Surroundings {
  /** The same sentence before the name. */
  before: string;
  /** The same sentence after the name, read past a possessive 's. */
  after: string;
  /** The text after the name, across sentence ends. */
  rawAfter: string;
  /** The text before the name, across sentence ends. */
  rawBefore: string;
  /** Whether the name opens its sentence. */
  opensSentence: boolean;
  possessive: boolean;
  wordCount: number;
}

/** What the surroundings say of a run, each read at most once: both the staff pass and the judge ask. */
export class Reading {
  private staff?: boolean;
  private patient?: boolean;

  constructor(
    readonly around: Surroundings,
    readonly notAPerson = isNotAPerson(around),
  ) {}

  get introducedAsStaff(): boolean {
    return (this.staff ??= isIntroducedAsStaff(this.around));
  }

  get namedAsPatient(): boolean {
    return (this.patient ??= isNamedAsPatient(this.around));
  }
}

// Every cue the judge reads before a name, as one pattern (looser than each: any case): most names have none
// of them before, and one test then spares the dozen that would each fail.
const innerSource = (pattern: RegExp): string => pattern.source.replace(/^\$\(\?<=/, '').replace(/\)$/, '');
const ANY_CUE_BEFORE = new RegExp(
  `$(?<=${[
    ANIMAL_BEFORE,
    MEDICAL_TITLE_BEFORE,
    STAFF_ROLE_BEFORE,
    IDENTITY_BEFORE,
    ADDRESS_BEFORE,
    OTHER_TITLE_BEFORE,
    HONORIFIC_BEFORE,
    /,\s*$/,
    /[—–-]\s*$/,
    /\bthe\s*$/,
  ]
    .map((pattern) => `(?:${innerSource(pattern)})`)
    .join('|')})`,
  'iu',
);

/**
 * Whether `cue`, a pattern of the words that end right before a name, matches `before`. Every such cue reads at
 * least one character, so none matches an empty `before`; and `before` is empty for most names (one opening its
 * sentence, or one with no cue before it: see readRun). Not asking spares a failing test, which is not cheap: a
 * cue is matched backwards, trying each of its alternatives in turn.
 */
const precedes = (cue: RegExp, before: string): boolean => before !== '' && cue.test(before);

/** The length of a possessive after a name: "'s", "’s" or a bare apostrophe ("Jess'"). */
function possessiveLength(text: string, at: number): number {
  if (text[at] !== "'" && text[at] !== '’') return 0;
  return text[at + 1] === 's' ? 2 : 1;
}

export function readRun(ctx: ScanContext, tokens: Token[], run: NameRun): Reading {
  const text = ctx.text;
  const sentence = sentenceAt(ctx, run.start);
  const from = run.end + possessiveLength(text, run.end);
  // Within a sentence and across its ends, the same stretch when the sentence reaches as far: one string
  // then serves both (slices with equal bounds, after `slice` bounds them by the text, are equal).
  const rawBeforeStart = Math.max(0, run.start - 48);
  const rawBefore = text.slice(rawBeforeStart, run.start);
  const beforeStart = Math.max(sentence.start, run.start - 48);
  const before = beforeStart === rawBeforeStart ? rawBefore : text.slice(beforeStart, run.start);
  const rawAfter = text.slice(from, from + 90);
  const afterEnd = Math.min(sentence.end, from + 90);
  const around: Surroundings = {
    // Without any cue before the name, every test of what precedes it fails: none need read it.
    before: precedes(ANY_CUE_BEFORE, before) ? before : '',
    after: afterEnd === Math.min(text.length, from + 90) ? rawAfter : text.slice(from, afterEnd),
    rawAfter,
    rawBefore,
    opensSentence: sentence.start === run.start,
    possessive: tokens[run.last].possessive,
    wordCount: run.last - run.first + 1,
  };
  return new Reading(around);
}

function isNotAPerson(around: Surroundings): boolean {
  return (
    NAMED_THING_AFTER.test(around.rawAfter) ||
    NAMED_PLACE_OR_PROGRAMME_AFTER.test(around.after) ||
    HISTORICAL_PERSON_AFTER.test(around.after) ||
    precedes(ANIMAL_BEFORE, around.before) ||
    ANIMAL_AFTER.test(around.after) ||
    EPONYM_AFTER.test(around.after)
  );
}

function isIntroducedAsStaff(around: Surroundings): boolean {
  return (
    precedes(MEDICAL_TITLE_BEFORE, around.before) ||
    precedes(STAFF_ROLE_BEFORE, around.before) ||
    STAFF_AFTER.test(around.after)
  );
}

// The patterns below are read for every name, so each is built once: a pattern written inside a function is
// a new RegExp each time the function runs (none of them is global or sticky, so none keeps a place).
const THE_BEFORE = /\bthe\s*$/i;
// "Devon, our patient", "Tamsin, a leukaemia survivor": named, then said to be a patient (not "our patient
// safety officer").
const OUR_PATIENT_AFTER = new RegExp(
  `,\\s+(?:[\\w-]+\\s+){0,6}(?:our|my|a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:patient${PATIENT_AS_SERVICE}|survivor)\\b`,
  'i',
);
const COMMA_BEFORE = /,\s*$/;
const SENTENCE_CLOSES_AFTER = /^\s*(?:[!.?]|$)/;
const CAPITALISED_WORD_AND_COMMA_BEFORE = /\p{Lu}[\p{Ll}]+,\s*$/u;
const DASH_BEFORE = /(?:^|\s)[—–-]\s*$/;
const ONLY_WHITE_SPACE = /^\s*$/;

// Evidence attached to the name itself that it is a patient's or a relative's.
function isNamedAsPatient(around: Surroundings): boolean {
  const { before, after, possessive } = around;
  return (
    (precedes(IDENTITY_BEFORE, before) && !KIN_OR_TITLE.test(before)) ||
    AGE_AFTER.test(after) ||
    (possessive && PATIENT_POSSESSION_AFTER.test(after)) ||
    (precedes(THE_BEFORE, before) && FAMILY_AFTER.test(after)) ||
    (!possessive && PATIENT_ACT_AFTER.test(after)) ||
    RELATIVE_AFTER.test(after) ||
    OUR_PATIENT_AFTER.test(after)
  );
}

function isAddressed(around: Surroundings): boolean {
  const { before, after } = around;
  return (
    precedes(ADDRESS_BEFORE, before) ||
    precedes(OTHER_TITLE_BEFORE, before) ||
    // A vocative closing a sentence ("You inspire us, Dorothy!"), not a place ("in Florence, Italy.").
    (precedes(COMMA_BEFORE, before) &&
      SENTENCE_CLOSES_AFTER.test(after) &&
      !CAPITALISED_WORD_AND_COMMA_BEFORE.test(before)) ||
    // A testimonial's signature ("— Tricia").
    (precedes(DASH_BEFORE, before) && ONLY_WHITE_SPACE.test(after))
  );
}

const PATIENT_NAME = "a patient's or relative's name: a patient is not named without written consent";
const COLLEAGUE_NAME = "a colleague's name: make sure they agreed to be named";

export interface Evidence {
  /** Words of the names introduced as colleagues anywhere in the post. */
  staffWords: Set<string>;
  /** The sentences of identifiers and ages over 89 that block: a person named beside one is their owner. */
  identifierSentences: Set<number>;
  postHasPatientCue: boolean;
}

/** Words of the names introduced as colleagues, and not as patients, anywhere in the post. */
export function staffWordsOf(tokens: Token[], runs: NameRun[], readings: Reading[]): Set<string> {
  const staffWords = new Set<string>();
  runs.forEach((run, index) => {
    const reading = readings[index];
    if (!reading.notAPerson && reading.introducedAsStaff && !reading.namedAsPatient) {
      for (const word of runWords(tokens, run)) staffWords.add(word);
    }
  });
  return staffWords;
}

export function judgeRun(
  ctx: ScanContext,
  tokens: Token[],
  run: NameRun,
  reading: Reading,
  evidence: Evidence,
): void {
  const { around } = reading;
  if (reading.notAPerson) return;

  if (precedes(MEDICAL_TITLE_BEFORE, around.before)) {
    // A titled colleague who is also named as our patient is a patient.
    if (TITLED_AND_OUR_PATIENT_AFTER.test(around.after.slice(0, 60))) {
      mark(run, 'block', PATIENT_NAME);
    } else mark(run, 'warn', COLLEAGUE_NAME, true);
    return;
  }
  if (reading.namedAsPatient) {
    mark(run, 'block', PATIENT_NAME);
    return;
  }
  if (reading.introducedAsStaff || someRunWordIn(tokens, run, evidence.staffWords)) {
    mark(run, 'warn', COLLEAGUE_NAME, true);
    return;
  }
  const honorific = precedes(HONORIFIC_BEFORE, around.before);
  const addressed = isAddressed(around);
  if (
    (honorific || addressed || around.wordCount >= 2) &&
    inSentences(ctx, evidence.identifierSentences, run)
  ) {
    mark(run, 'block', 'the name of the person an identifier in the same sentence belongs to');
    return;
  }
  if (honorific || addressed) {
    if (evidence.postHasPatientCue) mark(run, 'block', "a patient's or relative's name in a post about care");
    else mark(run, 'warn', UNPLACED_NAME);
    return;
  }
  if (around.wordCount >= 2 && sentenceHas(ctx, PATIENT_CUE, run.start)) {
    if (sentenceHas(ctx, STAFF_CUE, run.start))
      mark(run, 'warn', "a person's name next to staff news: is this a patient?");
    else mark(run, 'block', "a person's name in a sentence about care");
  }
}

// A titled colleague named as our patient in the words after ("Dr. Ruiz, our patient").
const TITLED_AND_OUR_PATIENT_AFTER = /,\s+(?:[\w-]+\s+){0,3}(?:and\s+)?(?:our|my)\s+patient\b/i;

/** The judge's word on a run, from evidence of its own. */
function mark(run: NameRun, severity: Severity, reason: string, staff = false): void {
  run.severity = severity;
  run.reason = reason;
  run.staff = staff;
  run.own = true;
}

/**
 * A name no words around it placed is still found by its form: given as a name ("My name is …"), or a
 * name the lists of names know. It warns: nothing says whose it is.
 */
export function judgeByForm(ctx: ScanContext, tokens: Token[], run: NameRun, reading: Reading): void {
  const { around } = reading;
  if (reading.notAPerson) return;
  const labelled = NAME_LABEL_BEFORE.test(around.rawBefore);
  if (
    (labelled &&
      (around.wordCount >= 2 || isKnownName(tokens, run) || !SOFT_NAME_LABEL.test(around.rawBefore))) ||
    looksLikeFullName(tokens, run) ||
    (isGivenName(tokens, run) &&
      (!around.opensSentence || SPEAKER_OR_SUBJECT.test(around.after)) &&
      !isAmongCapitals(ctx.text, tokens, run))
  ) {
    run.severity = 'warn';
    run.reason = UNPLACED_NAME;
  }
}

const UNPLACED_NAME = "a person's name: is this a patient?";

// A given name alone is a name by its capital; a word in capitals beside a word in capitals has none of its
// own ("300 TEDDY BEARS", "CHARITY CARE", "A NEW VAN" in a post in capitals): only the words around it tell.
function isAmongCapitals(text: string, tokens: Token[], run: NameRun): boolean {
  if (!isInCapitals(tokens[run.first])) return false;
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  return (
    (before !== undefined && isInCapitals(before) && !LETTER.test(text.slice(before.end, run.start))) ||
    (after !== undefined && isInCapitals(after) && !LETTER.test(text.slice(run.end, after.start)))
  );
}

const LETTER = /\p{L}/u;

// A given name opening a sentence is a name when it speaks ("Matthew: …") or acts ("Kevin had given …").
const SPEAKER_OR_SUBJECT =
  /^(?:\s*:|,?\s+(?:is|was|has|had|lives|lived|said|says|told|asked|shouted|spent|will|would|can|could|did|does|went|got|and\s+\p{Lu}))/u;

// "Account 5521-0087-3344 (Okafor)": a name in brackets after a number is the number's owner.
export function isOwnerOfNumber(ctx: ScanContext, run: NameRun): boolean {
  const text = ctx.text;
  let open = run.start - 1;
  while (open >= 0 && text[open] === ' ') open -= 1;
  if (text[open] !== '(' || !/^\s*\)/.test(text.slice(run.end, run.end + 3))) return false;
  return /[\p{L}\p{N}-]*\d{3,}[\p{L}\p{N}-]*\s*$/u.test(text.slice(Math.max(0, open - 30), open));
}
