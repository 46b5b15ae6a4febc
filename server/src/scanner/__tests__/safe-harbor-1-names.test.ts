// HIPAA Safe Harbor identifier 1: names. Policy, rule 9 (patient confidentiality): "staff cannot release
// confidential information about patients ... without authority": a patient's or a relative's name blocks;
// a colleague's name only warns (rule 6, personal identification: staff choose to be named); a name nothing
// places warns, for a person to judge. The rows are the rule written out, not read from the scanner.
import { scan } from '../index';

const PATIENT = "a patient's or relative's name: a patient is not named without written consent";
const COLLEAGUE = "a colleague's name: make sure they agreed to be named";
const UNPLACED = "a person's name: is this a patient?";

const names = (text: string): [string, string, string][] =>
  scan(text)
    .filter((finding) => finding.category === 'name')
    .map((finding) => [finding.text, finding.severity, finding.reason]);

describe('Safe Harbor 1: what is a name', () => {
  it.each([
    // A month is a name only before another name.
    ['June Whitaker was admitted to our ICU.', [['June Whitaker', 'block', PATIENT]]],
    ['June 30 is our open day.', []],
    // A hyphenated name capitalises every part and is not made of everyday words.
    ['Night-shift nurses rock.', []],
    ['Mon-Fri we are open.', []],
    // A middle initial without its stop, and particles in either case, are part of the name.
    ['Our patient Szabina J Gelencsér went home.', [['Szabina J Gelencsér', 'block', PATIENT]]],
    ['Our patient Maria de Souza went home.', [['Maria de Souza', 'block', PATIENT]]],
    ['Our patient Maria De Souza went home.', [['Maria De Souza', 'block', PATIENT]]],
    // Four names are one person's; a longer run of capitals is a heading or an organisation.
    ['Our patient Anna Maria Lopez Garcia went home.', [['Anna Maria Lopez Garcia', 'block', PATIENT]]],
    ['Riverbend Regional Cancer Support Group Meeting tonight.', []],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('Safe Harbor 1: whose name it is', () => {
  it.each([
    // Introduced with a medical title or a role: a colleague.
    ['Dr. Priya Raman joined us.', [['Priya Raman', 'warn', COLLEAGUE]]],
    ['Nurse Kelly Tran joined the ward.', [['Kelly Tran', 'warn', COLLEAGUE]]],
    ['Tom Briggs joined us today.', [['Tom Briggs', 'warn', COLLEAGUE]]],
    // Named as the one cared for: a patient.
    ['Tom Briggs was treated in our ER.', [['Tom Briggs', 'block', PATIENT]]],
    ['Katrine went home.', [['Katrine', 'block', PATIENT]]],
    // A full name in a sentence about care, with nothing else said of it.
    [
      'Tom Briggs won the staff award; he was treated kindly.',
      [['Tom Briggs', 'block', "a person's name in a sentence about care"]],
    ],
    // The owner of an identifier in the same sentence.
    [
      'Tom Briggs, SSN 512-48-7730, called.',
      [['Tom Briggs', 'block', 'the name of the person an identifier in the same sentence belongs to']],
    ],
    // An honorific: a patient in a post about care, otherwise a person to judge.
    [
      'Please welcome Mrs. Feeney to the ward after her surgery.',
      [['Feeney', 'block', "a patient's or relative's name in a post about care"]],
    ],
    ['Mrs. Feeney says thanks.', [['Feeney', 'warn', UNPLACED]]],
    // Addressed, or signing a testimonial, with no word of care: a person to judge.
    ['You inspire us, Dorothy!', [['Dorothy', 'warn', UNPLACED]]],
    ['— Tricia', [['Tricia', 'warn', UNPLACED]]],
    // A given name speaking, or inside a sentence; given as a name; a full name the lists know.
    ['Katrine said thanks.', [['Katrine', 'warn', UNPLACED]]],
    ['We thank Katrine today.', [['Katrine', 'warn', UNPLACED]]],
    ['My name is Bob', [['Bob', 'warn', UNPLACED]]],
    ['My name is Bob Smith', [['Bob Smith', 'warn', UNPLACED]]],
    ['Lisa Johnson', [['Lisa Johnson', 'warn', UNPLACED]]],
    // Words no list knows are a name only with an initial between them.
    ['Zzyx Qwerty', []],
    ['Zzyx Q. Qwerty', [['Zzyx Q. Qwerty', 'warn', UNPLACED]]],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('gives names coordinated with a patient the patient’s place, on either side', () => {
    expect(names('Jess and Marco visited their daughter, our patient Ava.')).toEqual([
      ['Jess', 'block', PATIENT],
      ['Marco', 'block', PATIENT],
      ['Ava', 'block', PATIENT],
    ]);
    expect(names('Ava Lopez, our patient, and Marco visited.')).toEqual([
      ['Ava Lopez', 'block', PATIENT],
      ['Marco', 'block', PATIENT],
    ]);
  });

  it('places a name said to be "our patient" within six words after it, however long the words', () => {
    // "our patient" ends 85 characters after the name: long words, not more of them.
    expect(
      names(
        'Zorbella Quint, remarkably courageous, extraordinarily determined, unbelievably cheerful, our patient, went home.',
      ),
    ).toEqual([['Zorbella Quint', 'block', PATIENT]]);
  });
});

describe('Safe Harbor 1: names beside records and in hashtags', () => {
  const OWNER = 'the name of the person a record or account number belongs to';
  const RECORD =
    "a patient's name written as in a record (last, first) next to a date of birth or record number";
  const HASHTAG = "a support hashtag carrying a patient's name";

  it.each([
    ['Account 5521-0087-3344 (Okafor) went to collections', [['Okafor', 'block', OWNER]]],
    ['Account 5521-0087-3344 ( Okafor ) overdue', [['Okafor', 'block', OWNER]]],
    // Two digits are a room or a line, not a record.
    ['Ref 12 (Okafor) note', []],
    ['Winters, Jordan DOB 2/2/1990', [['Winters, Jordan', 'block', RECORD]]],
    ['Lab: Winters, Jordan MRN 4471902', [['Winters, Jordan', 'block', RECORD]]],
    // A weekday before the comma is not a last name.
    ['Monday, Jordan DOB 2/2/1990', [['Jordan', 'warn', UNPLACED]]],
    ['#PrayForAva tonight', [['#PrayForAva', 'block', HASHTAG]]],
    ['#Pray4Liam', [['#Pray4Liam', 'block', HASHTAG]]],
    ['#AvaStrong', [['#AvaStrong', 'block', HASHTAG]]],
    // A role is not a name.
    ['#TeamNurse rocks', []],
    ['#NurseStrong', []],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

// Survivors of the judge (lines up to 154) no row here tells apart:
// - names/judge.ts:102 `before: … : ''` → `'Stryker was here!'`: equivalent. The stand-in is read only when no
//   cue ends the window, and every test of `before` is anchored at its end; none matches "…here!".
// (names/judge.ts:142's `after.slice(0, 80)` lived: the mutant's answer, block, was the policy's, so the cut
// was dropped; "places a name said to be "our patient" within six words after it" guards it.)
describe('Safe Harbor 1, judge (n1): what the words right around a name say', () => {
  const CARE_POST = "a patient's or relative's name in a post about care";
  const CARE_SENTENCE = "a person's name in a sentence about care";

  it.each([
    // Rule 9: a patient's possession ("Chidi's recovery") names a patient, whatever the apostrophe.
    ['We cheered Chidi’s recovery today.', [['Chidi', 'block', PATIENT]]],
    ["We cheered Jess' recovery today.", [['Jess', 'block', PATIENT]]],
    // A name that names a day, a fund or a building is no person's.
    ['Ruth Hale Day is on Friday.', []],
    // "the Nguyen family": a patient's family, however it is spaced; a surname before "family" without
    // "the" right before it is only a name to judge.
    ['We love the Nguyen family.', [['Nguyen', 'block', PATIENT]]],
    ['We love the  Nguyen family.', [['Nguyen', 'block', PATIENT]]],
    ['At the market, Cooper family farms sell produce.', [['Cooper', 'warn', UNPLACED]]],
    // An apposition "…, our patient" names a patient (not just a name in a sentence about care),
    // however it is spaced and with a few words before "our patient".
    ['Ava Lopez,  our patient, smiled.', [['Ava Lopez', 'block', PATIENT]]],
    ['Ava Lopez, for years our patient, smiled.', [['Ava Lopez', 'block', PATIENT]]],
    ['Ava Lopez, for  years our patient, smiled.', [['Ava Lopez', 'block', PATIENT]]],
    ['Ava Lopez, our  patient, smiled.', [['Ava Lopez', 'block', PATIENT]]],
    ['Ava Lopez, our former patient, smiled.', [['Ava Lopez', 'block', PATIENT]]],
    ['Ava Lopez, our former  patient, smiled.', [['Ava Lopez', 'block', PATIENT]]],
    ['Ava Lopez smiled in the ward.', [['Ava Lopez', 'block', CARE_SENTENCE]]],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // A name addressed at the end of a sentence ("You inspire us, Zorbella!") is a person even when no list
    // of names knows it: to judge, or a patient in a post about care.
    ['You inspire us, Zorbella!', [['Zorbella', 'warn', UNPLACED]]],
    ['You inspire us, Zorbella! Your recovery amazed us.', [['Zorbella', 'block', CARE_POST]]],
    ['You inspire us,  Zorbella!', [['Zorbella', 'warn', UNPLACED]]],
    ['You inspire us, Zorbella !', [['Zorbella', 'warn', UNPLACED]]],
    ['You inspire us, Zorbella', [['Zorbella', 'warn', UNPLACED]]],
    ['Today, you inspire us, Zorbella!', [['Zorbella', 'warn', UNPLACED]]],
    // Not addressed: the sentence goes on, no comma right before, or a place after a place ("Florence, Italy").
    ['After lunch, Zumba starts.', []],
    ['Oh, the Hindenburg!', []],
    ['We met in Springfield, Narnia!', []],
    ['We met in Springfield,  Narnia!', []],
    // A testimonial's signature: a dash, then the name alone at the end of its line.
    ['— Zorbella', [['Zorbella', 'warn', UNPLACED]]],
    ['— Zorbella\nGreat care.', [['Zorbella', 'warn', UNPLACED]]],
    ['Best care ever — Zorbella', [['Zorbella', 'warn', UNPLACED]]],
    ['—Zorbella', [['Zorbella', 'warn', UNPLACED]]],
    ['—  Zorbella', [['Zorbella', 'warn', UNPLACED]]],
    // Not a signature: words follow the name, or the dash is not right before it.
    ['Best care ever — Zumba classes start.', []],
    ['Great views — from the Matterhorn', []],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
