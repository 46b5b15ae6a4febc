// Names (Safe Harbor identifier 1): a patient's or relative's name blocks, a colleague's at most warns.
import {
  PATIENT_CUE,
  STAFF_CUE,
  isAllowed,
  makeFinding,
  sameSentence,
  sentenceAt,
  sentenceText,
  type ScanContext,
  type Span,
} from './context';
import type { Finding, Severity } from './types';

interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  capitalised: boolean;
  possessive: boolean;
}

interface NameRun {
  first: number;
  last: number;
  start: number;
  end: number;
  /** block: a patient or relative; warn: a colleague or an unplaced person; undefined: no evidence. */
  severity?: Severity;
  reason?: string;
  staff: boolean;
  /** Evidence of its own, as opposed to borrowed from a coordinated or repeated name. */
  own: boolean;
  around?: Surroundings;
}

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

// Capitalised words that are not people's names: function words, sentence openers, places of care,
// event and organisation words, days and holidays, titles (read separately, before the name).
const NOT_A_NAME = new Set(
  (
    'a an the and or but if so as at by for from in into of on onto to with without within via per our we pt ' +
    'us you your yours he she it its they them their his her hers my me i this that these those there here ' +
    'what when where who whom whose why how which while since until after before during due about above ' +
    'across along among around behind below beside between beyond over under up down out off again ever ' +
    'never always all any each every both few more most much many some no not only own same other another ' +
    'such than too very just also yet still even now then today tonight tomorrow yesterday soon later ' +
    'please join meet welcome welcoming congratulations congrats thank thanks happy help send sending ' +
    'follow call calling visit learn ask book register get give take check share wear drive need did do ' +
    'does have has had were was is are be been being will would can could should may might must let lets ' +
    'starting start starts stop see read watch find found lost caught tag spotlight kudos shout shoutout ' +
    'reminder update notice alert announcement news breaking icymi fyi psst big huge little tiny proud ' +
    'special free new good great best annual first last next one two three four five six seven eight nine ' +
    'ten yes love sweet dear hi hello hey wow oh well ready save saves know did why heads hand internal ' +
    'memory loving lab labs room rooms bed beds ward floor unit units level wing tower building campus ' +
    'pavilion chapel garden hall lobby cafeteria entrance garage lot door suite clinic clinics hospital ' +
    'hospitals center centre department dept emergency medical medicine regional community public health ' +
    'healthcare care cancer heart stroke breast birth family families services service team teams group ' +
    'support class classes program programme foundation fund gala run walk fair award awards club school ' +
    'high university college society association county city state national international american red ' +
    'cross office board council institute network system alliance partners partner coalition church ' +
    'street avenue road drive lane boulevard way court place parkway highway route blvd rd ave ln pkwy hwy ct pl ' +
    'ter cir trl sq hotel grand park fire ' +
    'rescue police rotary mobile north south east west northeast northwest southeast southwest eastside ' +
    'westside northside southside upper lower main month week weekend day days night year years morning ' +
    'evening afternoon season holiday holidays awareness safety patient patients nurses nurse doctors ' +
    'doctor dr physicians physician surgeon surgeons volunteers volunteer staff employees nursing surgery ' +
    'surgical trauma intensive critical pediatric pediatrics paediatric neonatal maternity labor labour ' +
    'delivery obstetrics cardiology cardiac oncology neurology orthopedics orthopaedics radiology ' +
    'imaging pharmacy rehab rehabilitation behavioral behavioural mental sleep diabetes prevention ' +
    'wellness primary urgent infusion dialysis hospice palliative transplant kidney liver lung blood ' +
    'vaccine vaccines flu covid measles screening screenings mammogram mammography quit line lifeline ' +
    'hotline chief financial officer executive director manager president vice practitioner assistant ' +
    'specialist therapist therapists technician technologist coordinator educator counselor chaplain ' +
    'midwife pharmacist life child children kids youth teens adult adults senior seniors men women mens ' +
    'womens baby babies mom moms dad dads parents twins mr mrs ms miss mx master mister sir madam officer ' +
    'coach rev reverend pastor father sister brother governor mayor senator representative judge captain ' +
    'sergeant deputy firefighter prof professor monday tuesday wednesday thursday friday saturday sunday ' +
    'mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'christmas easter thanksgiving halloween valentine valentines juneteenth independence memorial ' +
    'veterans labor new years eve mothers fathers doctors nurses hospital week spring summer fall autumn ' +
    'winter january february august september october november december covid-19 instagram facebook ' +
    'youtube tiktok twitter linkedin threads mychart app website online portal email text phone fax ' +
    'questions question answers answer tips tip fact facts trivia quiz story stories photo photos video ' +
    'videos live q&a questions? oregon washington california idaho nevada alaska texas florida york ' +
    'america americas usa u.s uk england britain canada mexico italy france spain germany china india ' +
    'japan africa europe asia'
  ).split(/\s+/),
);

const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'da',
  'di',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
]);

// Tokens after a name that make it the name of a thing, not a person ("Hernandez Family Birth Center").
const NAMED_THING_AFTER =
  /^(?:\s+(?:Jr\.?|Sr\.?))?\s+(?:Family\s+\p{Lu}|Day|Week|Month|Award|Awards|Foundation|Center|Centre|Hospital|Clinic|Building|Wing|Pavilion|Hall|Fund|Scholarship|Lecture|Prize|Library|Institute|School|Park|Street|St\b|Avenue|Ave\b|Road|Rd\b|Drive|Boulevard|Blvd|Lane|Way|Memorial|Room|Garden|Unit|Program|Fellowship|Society|Club|County|Medical|Health)/u;

// "our Cedar Ridge dialysis clinic", "Guardian Angel program": a place or a programme named like a person.
const NAMED_PLACE_OR_PROGRAMME_AFTER =
  /^\s+(?:[a-z]+\s+)?(?:clinic|center|centre|campus|office|location|site|branch|hospital|unit|wing|lab|pharmacy|program|programme|award|fund|campaign|initiative|project|series|drive|scholarship|lecture|building)s?\b/;

const MEDICAL_TITLE_BEFORE =
  /(?:\b(?:dr|doctor|nurse|prof|professor|chaplain|midwife)\.?|\bnurse practitioner|\bphysician assistant|\b(?:np|pa|rn|md))\s*$/i;

// A role noun right before the name ("respiratory therapist Ana Ruiz", "our head of infection prevention, Maya").
const STAFF_ROLE_BEFORE =
  /(?:\b(?:physicians?|surgeons?|therapists?|specialists?|technicians?|techs?|technologists?|pharmacists?|dietitians?|nutritionists?|educators?|directors?|managers?|coordinators?|supervisors?|administrators?|president|ceo|cno|cmo|cfo|coo|volunteers?|navigators?|counsell?ors?|chaplains?|midwives|midwife|nurses?|\w+ologists?|\w+icians?|anesthetists?|paramedics?|residents? physicians?)\s*,?\s*$)|(?:\b(?:head|director|chief|manager|lead|leader|president|chair|vice president)\s+of\s+[\w &-]{2,40},\s*$)/i;

const STAFF_AFTER = new RegExp(
  '^(?:' +
    ',?\\s+(?:RN|MD|DO|NP|PA-C|PA|CNM|CRNA|LPN|PhD|PharmD|DPT|APRN|BSN|MSN|FACS|DNP|CNS|RD|LCSW|RRT)\\b' +
    '|,\\s+(?:our|the|a)\\s+(?:new\\s+)?(?:[\\w-]+\\s+){0,4}?(?:nurse|therapist|physician|surgeon|doctor|specialist|director|manager|head|chief|officer|coordinator|technician|tech|pharmacist|midwife|chaplain|educator|dietitian|president|ceo|leader|lead|supervisor|administrator|volunteer|resident|fellow|hospitalist|intensivist)' +
    '|,\\s+one of (?:our|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:nurses|therapists|physicians|surgeons|doctors|specialists|technicians|techs|pharmacists|midwives|volunteers|chaplains|educators)' +
    '|\\s+as (?:our|the) (?:new )?' +
    '|\\s+(?:joins|joined|has joined|will lead|leads|trained|has worked|has cared for|celebrates \\d+ years|retires|is retiring)' +
    ')',
  'i',
);

const HONORIFIC_BEFORE = /\b(?:mr|mrs|ms|miss|mx|master|mister)\.?\s*$/i;

// Titles of office or faith: a person, but not one of ours, so cues decide.
const OTHER_TITLE_BEFORE =
  /\b(?:Officer|Coach|Rev|Reverend|Pastor|Father|Sister|Brother|Governor|Mayor|Senator|Representative|Judge|Captain|Sergeant|Deputy)\.?\s*$/;

// Words that name the person as a patient or a patient's relative, right before the name.
const IDENTITY_BEFORE = new RegExp(
  '(?:\\b(?:patients?|pt|pts|baby(?: boy| girl)?|little|tiny|fighter|warrior|superstar|survivor|preemie|grad|' +
    'mom|mum|mother|dad|father|son|daughter|wife|husband|brother|sister|grandma|grandpa|grandmother|' +
    'grandfather|nana|papa|granny|gran|grandson|granddaughter|aunt|auntie|uncle|niece|nephew|parents|twins|' +
    'fianc[ée]e?|resident|centenarian|patient-turned-[\\w-]+|great-grandma|great-grandpa)[.:,]?\\s*' +
    "(?:(?:\\p{Lu}[\\p{Ll}'’-]+\\s+)?(?:and|&)\\s+)?$)" +
    '|(?:\\b\\d{1,3}[- ]years?[- ]old(?:\\s+(?:boy|girl|man|woman|patient|son|daughter))?\\s*$)',
  'iu',
);

// Kin words that are also titles of faith: only lowercase ones are kin ("her sister Ann", not "Sister Ann").
const KIN_OR_TITLE = /\b(Sister|Brother|Father)[.:,]?\s*$/;

// Someone addressed or honoured: whether they are a patient is told by the rest of the post.
const ADDRESS_BEFORE = new RegExp(
  '(?:\\b(?:get[- ]well(?: soon)?|happy (?:\\d+(?:st|nd|rd|th) )?birthday|welcome home|welcome|welcoming|' +
    'congrat(?:ulation)?s(?: to)?|thank you(?: to)?|thanks(?: to)?|shout ?out(?: to)?|proud of|way to go|rest easy|' +
    'rest in peace|we love you|love you|sending (?:love|hugs|prayers|strength) to|prayers (?:for|to)|praying for|' +
    'pray for|keep|wish(?:ing)?|meet|in (?:loving )?memory of|goodbye to|remembering|go|hi|hello|hey|dear|' +
    'honou?r(?:ing)?|celebrat(?:e|ing))[,!:]?\\s*(?:(?:our|little|baby|sweet|brave)\\s+)?$)',
  'i',
);

// What a patient does, right after the name.
const PATIENT_ACT_AFTER = new RegExp(
  // An apposition may stand between the name and the act ("Keisha, a Millbrook teacher, died").
  '^(?:,[^,.;!?]{1,60},)?(?:,?\\s+(?:who\\s+)?(?:was|is|has been|had been|were|are|has|had|got|just)?\\s*(?:' +
    'admitted|born|discharged|diagnosed|airlifted|rushed|transferred|treated|recovering|released|intubated|' +
    'readmitted|hospitali[sz]ed|passed away|died|went home|is home|going home|rang the bell|beat|survived|' +
    'fought|underwent|suffered|received|brought|spent \\d+|arrived|delivered|in (?:the )?(?:icu|nicu|picu|ward|bed)' +
    ')\\b)',
  'i',
);

// A name's possession that belongs to a patient's story ("Chidi's kidney transplant", "Sam's mom").
const PATIENT_POSSESSION_AFTER =
  /^\s+(?:\w+\s+)?(?:family|mom|mum|dad|mother|father|parents|journey|story|recovery|fight|battle|surgery|transplant|treatment|diagnosis|chart|room|bed|record|medical|life|care|condition|tumou?r|cancer|transfer|discharge|birth|birthday|wife|husband|son|daughter|sister|brother|wheelchair|caregivers|nurses|doctors|prognosis|tests?|results?|scans?|admission|labs?|funeral|memorial|obituary)\b/i;

// "Arjun Mehta, whose wife has been in our memory care program": a patient's relative.
const RELATIVE_AFTER =
  /^,?\s+whose\s+(?:\w+\s+)?(?:wife|husband|partner|son|daughter|mom|mum|mother|dad|father|parents?|child|children|baby|brother|sister|grandson|granddaughter|grandmother|grandfather)\b/i;

// "Gus Thibodeaux, 91," "Emma, age 7", "Walt (90)": a person with an age.
const AGE_AFTER =
  /^(?:,\s*(?:age[d]?\s*)?\d{1,3}(?=[,)\s.!;])|\s*\(\s*(?:age[d]?\s*)?\d{1,3}\s*\)|,\s*\d{1,3} years? (?:old|young))/i;

// "the Nguyen family", "the Johnson twins".
const FAMILY_AFTER = /^\s+(?:family|families|twins|triplets|household|kids|children|clan)\b/;

const RECORD_STYLE_NAME =
  /(\p{Lu}[\p{Ll}'’-]+),[ \t]+(\p{Lu}[\p{Ll}'’-]+)(?=\s*(?:[—–(:-]\s*)?(?:DOB|D\.O\.B|MRN|MR#|DOS\b|age\b))/gu;
const RECORD_KEYWORD = /\b(?:DOB|D\.O\.B|MRN|MR#|DOS|age)\b/;

const PATIENT_HASHTAG =
  /#(?:(?:PrayFor|Pray4|PrayingFor|Team|Love4|LoveFor)(\p{Lu}\p{Ll}+)|(\p{Lu}\p{Ll}+)(?:Strong|Fights|Fight|Warrior|Tough|Army|sJourney|Journey|Brave))\b/gu;

// "Florence Nightingale, born May 12, 1820", "(1820–1910)": a historical figure, not a patient.
const HISTORICAL_PERSON_AFTER =
  /^(?:[^.!?]{0,30}\b(?:born|b\.)\s[^.!?]{0,20}\b1[0-8]\d\d\b|\s*\(\s*1[0-8]\d\d\s*[–-])/;

// "therapy dog, Biscuit", "Bruno the therapy dog": an animal's name.
const ANIMAL_BEFORE =
  /\b(?:dog|dogs|puppy|pup|cat|kitten|horse|pony|mascot|llama|alpaca|rabbit|bunny)[,:]?\s*$/i;
const ANIMAL_AFTER =
  /^,?\s+(?:the|our)\s+(?:\w+\s+)?(?:dog|puppy|pup|cat|horse|pony|mascot|llama|alpaca|rabbit|bunny)\b/i;

const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    let possessive = false;
    const last = word[word.length - 1];
    if ((last === 's' || last === 'S') && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (
      last === 's' &&
      (text[match.index + word.length] === "'" || text[match.index + word.length] === '’')
    ) {
      possessive = true;
    }
    // "IDs", "ICU" and other acronyms are not names, "McKay" and "O'Shea" are.
    const capitalised = isUpper(word[0]) && !isUpper(word[1]) && word !== word.toUpperCase();
    tokens.push({
      start: match.index,
      end: match.index + word.length,
      word,
      lower: word.toLowerCase(),
      capitalised,
      possessive,
    });
  }
  return tokens;
}

function isInitial(text: string, token: Token): boolean {
  return /^\p{Lu}$/u.test(token.word) && text[token.end] === '.';
}

function isNameToken(ctx: ScanContext, tokens: Token[], index: number): boolean {
  const token = tokens[index];
  if (!token.capitalised || token.word.length < 2 || NOT_A_NAME.has(token.lower)) return false;
  // "Night-shift", "Sign-on": a hyphenated name capitalises every part.
  if (token.word.includes('-') && token.word.split('-').some((part) => !/^\p{Lu}/u.test(part))) return false;
  if (isAllowed(ctx, token.start, token.end)) return false;
  return true;
}

// A month is a name only before another name ("June Whitaker"), never before a day ("June 30").
function isMonthAsName(ctx: ScanContext, tokens: Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return (
    MONTHS.has(token.lower) &&
    token.capitalised &&
    next !== undefined &&
    ctx.text.slice(token.end, next.start) === ' ' &&
    isNameToken(ctx, tokens, index + 1)
  );
}

function findRuns(ctx: ScanContext, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    if (!isNameToken(ctx, tokens, index) && !isMonthAsName(ctx, tokens, index)) {
      index += 1;
      continue;
    }
    let last = index;
    while (last + 1 < tokens.length && !tokens[last].possessive) {
      const gap = ctx.text.slice(tokens[last].end, tokens[last + 1].start);
      const next = last + 1;
      if (gap === ' ' && isNameToken(ctx, tokens, next)) last = next;
      else if (gap === ' ' && isInitial(ctx.text, tokens[next])) last = next;
      else if (
        gap === ' ' &&
        PARTICLES.has(tokens[next].lower) &&
        next + 1 < tokens.length &&
        ctx.text.slice(tokens[next].end, tokens[next + 1].start) === ' ' &&
        isNameToken(ctx, tokens, next + 1)
      ) {
        last = next + 1;
      } else break;
    }
    let end = tokens[last].end;
    if (isInitial(ctx.text, tokens[last])) end += 1;
    // Four or more capitalised words in a row are a heading or an organisation, not a person.
    if (last - index < 4) {
      runs.push({ first: index, last, start: tokens[index].start, end, staff: false, own: false });
    }
    index = last + 1;
  }
  return runs;
}

interface Surroundings {
  /** The same sentence before the name. */
  before: string;
  /** The same sentence after the name, read past a possessive 's. */
  after: string;
  /** The text after the name, across sentence ends. */
  rawAfter: string;
  sentence: string;
  possessive: boolean;
  wordCount: number;
}

function surroundingsOf(ctx: ScanContext, tokens: Token[], run: NameRun): Surroundings {
  if (run.around) return run.around;
  const text = ctx.text;
  const sentence = sentenceAt(ctx, run.start);
  const from = run.end + (/^['’]s?/.exec(text.slice(run.end, run.end + 2))?.[0].length ?? 0);
  run.around = {
    before: text.slice(Math.max(sentence.start, run.start - 48), run.start),
    after: text.slice(from, Math.min(sentence.end, from + 90)),
    rawAfter: text.slice(from, from + 90),
    sentence: sentenceText(ctx, run.start),
    possessive: tokens[run.last].possessive,
    wordCount: run.last - run.first + 1,
  };
  return run.around;
}

function isNotAPerson(around: Surroundings): boolean {
  return (
    NAMED_THING_AFTER.test(around.rawAfter) ||
    NAMED_PLACE_OR_PROGRAMME_AFTER.test(around.after) ||
    HISTORICAL_PERSON_AFTER.test(around.after) ||
    ANIMAL_BEFORE.test(around.before) ||
    ANIMAL_AFTER.test(around.after)
  );
}

function isIntroducedAsStaff(around: Surroundings): boolean {
  return (
    MEDICAL_TITLE_BEFORE.test(around.before) ||
    STAFF_ROLE_BEFORE.test(around.before) ||
    STAFF_AFTER.test(around.after)
  );
}

// Evidence attached to the name itself that it is a patient's or a relative's.
function isNamedAsPatient(around: Surroundings): boolean {
  const { before, after, possessive } = around;
  return (
    (IDENTITY_BEFORE.test(before) && !KIN_OR_TITLE.test(before)) ||
    AGE_AFTER.test(after) ||
    (possessive && PATIENT_POSSESSION_AFTER.test(after)) ||
    (/\bthe\s*$/i.test(before) && FAMILY_AFTER.test(after)) ||
    (!possessive && PATIENT_ACT_AFTER.test(after)) ||
    RELATIVE_AFTER.test(after) ||
    /,\s+(?:[\w-]+\s+){0,6}(?:our|my|a|the)\s+(?:former\s+)?patient\b/i.test(after.slice(0, 80))
  );
}

function isAddressed(around: Surroundings): boolean {
  const { before, after } = around;
  return (
    ADDRESS_BEFORE.test(before) ||
    OTHER_TITLE_BEFORE.test(before) ||
    // A vocative closing a sentence ("You inspire us, Dorothy!"), not a place ("in Florence, Italy.").
    (/,\s*$/.test(before) && /^\s*(?:[!.?]|$)/.test(after) && !/\p{Lu}[\p{Ll}]+,\s*$/u.test(before)) ||
    // A testimonial's signature ("— Tricia").
    (/(?:^|\s)[—–-]\s*$/.test(before) && /^\s*$/.test(after))
  );
}

const PATIENT_NAME = "a patient's or relative's name: a patient is not named without written consent";
const COLLEAGUE_NAME = "a colleague's name: make sure they agreed to be named";

interface Evidence {
  /** Words of the names introduced as colleagues anywhere in the post. */
  staffWords: Set<string>;
  /** Identifiers and ages over 89 that block: a person named beside one is whom it belongs to. */
  identifiers: Span[];
  postHasPatientCue: boolean;
}

function judgeRun(ctx: ScanContext, tokens: Token[], run: NameRun, evidence: Evidence): void {
  const around = surroundingsOf(ctx, tokens, run);
  if (isNotAPerson(around)) return;
  const mark = (severity: Severity, reason: string, staff = false): void => {
    run.severity = severity;
    run.reason = reason;
    run.staff = staff;
    run.own = true;
  };

  if (MEDICAL_TITLE_BEFORE.test(around.before)) {
    // A titled colleague who is also named as our patient is a patient.
    if (/,\s+(?:[\w-]+\s+){0,3}(?:and\s+)?(?:our|my)\s+patient\b/i.test(around.after.slice(0, 60))) {
      mark('block', PATIENT_NAME);
    } else mark('warn', COLLEAGUE_NAME, true);
    return;
  }
  if (isNamedAsPatient(around)) {
    mark('block', PATIENT_NAME);
    return;
  }
  if (isIntroducedAsStaff(around) || runWords(tokens, run).some((word) => evidence.staffWords.has(word))) {
    mark('warn', COLLEAGUE_NAME, true);
    return;
  }
  const honorific = HONORIFIC_BEFORE.test(around.before);
  const addressed = isAddressed(around);
  if (
    (honorific || addressed || around.wordCount >= 2) &&
    evidence.identifiers.some((identifier) => sameSentence(ctx, identifier, run))
  ) {
    mark('block', 'the name of the person an identifier in the same sentence belongs to');
    return;
  }
  if (honorific || addressed) {
    if (evidence.postHasPatientCue) mark('block', "a patient's or relative's name in a post about care");
    else if (honorific) mark('warn', "a person's name: is this a patient?");
    return;
  }
  if (around.wordCount >= 2 && PATIENT_CUE.test(around.sentence)) {
    if (STAFF_CUE.test(around.sentence))
      mark('warn', "a person's name next to staff news: is this a patient?");
    else mark('block', "a person's name in a sentence about care");
  }
}

function runWords(tokens: Token[], run: NameRun): string[] {
  const words: string[] = [];
  for (let index = run.first; index <= run.last; index += 1) {
    if (tokens[index].word.length > 1) words.push(tokens[index].lower);
  }
  return words;
}

// "Jess and Marco", "Harold & June Whitaker": a name coordinated with a placed name shares its place.
function shareAcrossCoordination(ctx: ScanContext, runs: NameRun[]): void {
  for (let index = 0; index + 1 < runs.length; index += 1) {
    const left = runs[index];
    const right = runs[index + 1];
    if (!/^\s*(?:and|&)\s*$/.test(ctx.text.slice(left.end, right.start))) continue;
    if (left.own && !right.own && left.severity) {
      right.severity = left.severity;
      right.reason = left.reason;
      right.staff = left.staff;
    } else if (right.own && !left.own && right.severity) {
      left.severity = right.severity;
      left.reason = right.reason;
      left.staff = right.staff;
    }
  }
}

// "Keisha Lambert's family ... Keisha died": a repeated name keeps the place it was given; a colleague's
// name wins over any other, since the colleague was introduced as one.
function shareAcrossMentions(tokens: Token[], runs: NameRun[]): void {
  const placed = new Map<string, NameRun>();
  for (const run of runs) {
    if (!run.severity) continue;
    for (const word of runWords(tokens, run)) {
      if (run.staff || !placed.has(word)) placed.set(word, run);
    }
  }
  for (const run of runs) {
    if (run.severity) continue;
    const source = runWords(tokens, run)
      .map((word) => placed.get(word))
      .find((found) => found !== undefined);
    if (source) {
      run.severity = source.severity;
      run.reason = source.reason;
      run.staff = source.staff;
    }
  }
}

function findRecordStyleNames(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  if (!RECORD_KEYWORD.test(ctx.text)) return findings;
  for (const match of ctx.text.matchAll(RECORD_STYLE_NAME)) {
    const [, last, first] = match;
    if (NOT_A_NAME.has(last.toLowerCase()) || NOT_A_NAME.has(first.toLowerCase())) continue;
    if (isAllowed(ctx, match.index, match.index + match[0].length)) continue;
    findings.push(
      makeFinding(
        ctx,
        'name',
        match.index,
        match.index + match[0].length,
        'block',
        "a patient's name written as in a record (last, first) next to a date of birth or record number",
      ),
    );
  }
  return findings;
}

function findPatientHashtags(ctx: ScanContext): Finding[] {
  const findings: Finding[] = [];
  for (const match of ctx.text.matchAll(PATIENT_HASHTAG)) {
    const name = match[1] ?? match[2];
    if (NOT_A_NAME.has(name.toLowerCase())) continue;
    findings.push(
      makeFinding(
        ctx,
        'name',
        match.index,
        match.index + match[0].length,
        'block',
        "a support hashtag carrying a patient's name",
      ),
    );
  }
  return findings;
}

// "Account 5521-0087-3344 (Okafor)": a name in brackets after a number is the number's owner.
function isOwnerOfNumber(ctx: ScanContext, run: NameRun): boolean {
  const text = ctx.text;
  let open = run.start - 1;
  while (open >= 0 && text[open] === ' ') open -= 1;
  if (text[open] !== '(' || !/^\s*\)/.test(text.slice(run.end, run.end + 3))) return false;
  return /[\p{L}\p{N}-]*\d{3,}[\p{L}\p{N}-]*\s*$/u.test(text.slice(Math.max(0, open - 30), open));
}

export function findNames(ctx: ScanContext, identifiers: Span[] = []): Finding[] {
  const tokens = tokenise(ctx.text);
  const runs = findRuns(ctx, tokens);
  const staffWords = new Set<string>();
  for (const run of runs) {
    const around = surroundingsOf(ctx, tokens, run);
    if (!isNotAPerson(around) && isIntroducedAsStaff(around) && !isNamedAsPatient(around)) {
      for (const word of runWords(tokens, run)) staffWords.add(word);
    }
  }
  const evidence: Evidence = { staffWords, identifiers, postHasPatientCue: PATIENT_CUE.test(ctx.text) };
  for (const run of runs) {
    if (isOwnerOfNumber(ctx, run)) {
      run.severity = 'block';
      run.reason = 'the name of the person a record or account number belongs to';
      run.own = true;
    } else judgeRun(ctx, tokens, run, evidence);
  }
  shareAcrossCoordination(ctx, runs);
  shareAcrossMentions(tokens, runs);
  // Again: a repeated name placed just now passes its place on to the names coordinated with it.
  shareAcrossCoordination(ctx, runs);

  const findings = runs
    .filter((run): run is NameRun & { severity: Severity; reason: string } => !!run.severity && !!run.reason)
    .map((run) => makeFinding(ctx, 'name', run.start, run.end, run.severity, run.reason));
  return [...findings, ...findRecordStyleNames(ctx), ...findPatientHashtags(ctx)];
}
