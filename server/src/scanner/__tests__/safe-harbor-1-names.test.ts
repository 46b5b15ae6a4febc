// HIPAA Safe Harbor identifier 1: names. Policy, rule 9 (patient confidentiality): "staff cannot release
// confidential information about patients ... without authority": a patient's or a relative's name blocks;
// a colleague's name only warns (rule 6, personal identification: staff choose to be named); a name nothing
// places warns, for a person to judge. The rows are the rule written out, not read from the scanner.
import { createScanContext } from '../context';
import { scan } from '../index';
import { findNames } from '../names';

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
    // A month's short form is a given name before a family name the lists know, and a month before a day.
    ['Our patient Jun Takahashi sends thanks.', [['Jun Takahashi', 'block', PATIENT]]],
    ['Our patient Jan Kowalski went home.', [['Jan Kowalski', 'block', PATIENT]]],
    ['Jun 30 is our open day.', []],
    ['Jan Health Fair: all welcome.', []],
    // An initial then a name the lists know is one person; a ward's letter before the next sentence is none.
    ['Patient: K. Brennan.', [['K. Brennan', 'block', PATIENT]]],
    ['Welcome to Ward B. Visiting hours are 2 to 8 pm.', []],
    ['Send it to P.O. Box 12, Salem.', []],
    // A hyphenated name capitalises every part and is not made of everyday words.
    ['Night-shift nurses rock.', []],
    ['Mon-Fri we are open.', []],
    // A middle initial without its stop, and particles in either case, are part of the name.
    ['Our patient Szabina J Gelencsér went home.', [['Szabina J Gelencsér', 'block', PATIENT]]],
    ['Our patient Maria de Souza went home.', [['Maria de Souza', 'block', PATIENT]]],
    ['Our patient Maria De Souza went home.', [['Maria De Souza', 'block', PATIENT]]],
    // Two particles before the family name: the whole name is the finding, not its last word alone.
    ['Our patient José de la Cruz went home.', [['José de la Cruz', 'block', PATIENT]]],
    ['Pieter van den Hoek, our patient, is home.', [['Pieter van den Hoek', 'block', PATIENT]]],
    ['Thanks to Ursula von der Leyen.', [['Ursula von der Leyen', 'warn', UNPLACED]]],
    // Four names are one person's; a longer run of capitals is a heading or an organisation.
    ['Our patient Anna Maria Lopez Garcia went home.', [['Anna Maria Lopez Garcia', 'block', PATIENT]]],
    ['Riverbend Regional Cancer Support Group Meeting tonight.', []],
    // A two-letter family name before a full stop ends its sentence: it is no initial, and the next
    // sentence's name is another person's (tokens.ts:43, a capital letter alone is an initial).
    [
      'Our patient Anna Xu. Maria Lopez visited.',
      [
        ['Anna Xu', 'block', PATIENT],
        ['Maria Lopez', 'warn', UNPLACED],
      ],
    ],
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
    // "Patient" naming a service or a staff role is no patient: its officer, advocate or leader is a colleague.
    [
      'The patient safety officer, Dana Whitfield, spoke at the event.',
      [['Dana Whitfield', 'warn', COLLEAGUE]],
    ],
    ['Patient advocate Dana Whitfield spoke at the event.', [['Dana Whitfield', 'warn', COLLEAGUE]]],
    [
      'The patient experience team, led by Dana Whitfield, won an award.',
      [['Dana Whitfield', 'warn', COLLEAGUE]],
    ],
    // Named, then said to be a patient or a survivor, in any spelling; "our patient safety officer" is staff.
    ['We spoke with Tamsin, a leukaemia survivor, about her journey.', [['Tamsin', 'block', PATIENT]]],
    ['Thanks to Dana Whitfield, our patient safety officer.', [['Dana Whitfield', 'warn', COLLEAGUE]]],
    // A chaplain's title then a title of faith: a colleague. A school named after a person is a school.
    [
      'Meet Chaplain Rev. Samuel Ortiz, here to support patients of every faith.',
      [['Samuel Ortiz', 'warn', COLLEAGUE]],
    ],
    ['A. Lincoln Elementary students sent cards to our pediatric patients.', []],
    // Someone addressed in a post about care, "young" between the words and the name.
    [
      'Please keep young Ezekiel in your thoughts; he was airlifted to us Sunday.',
      [['Ezekiel', 'block', "a patient's or relative's name in a post about care"]],
    ],
    // A patient placed by their bed or room, then named.
    ['The patient in bed 7, Gordon, loved our therapy dog.', [['Gordon', 'block', PATIENT]]],
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
  const LABELLED = "a patient's name written as in a record (last, first) after a record's label";

  it.each([
    ['Account 5521-0087-3344 (Okafor) went to collections', [['Okafor', 'block', OWNER]]],
    ['Account 5521-0087-3344 ( Okafor ) overdue', [['Okafor', 'block', OWNER]]],
    // Two digits are a room or a line, not a record.
    ['Ref 12 (Okafor) note', []],
    ['Winters, Jordan DOB 2/2/1990', [['Winters, Jordan', 'block', RECORD]]],
    ['Lab: Winters, Jordan MRN 4471902', [['Winters, Jordan', 'block', RECORD]]],
    // A weekday before the comma is not a last name.
    ['Monday, Jordan DOB 2/2/1990', [['Jordan', 'warn', UNPLACED]]],
    // After a record's label: a patient's, a bed's or a room's, the words capitalised or in capitals.
    ['Pt name: Okafor, Ngozi', [['Okafor, Ngozi', 'block', LABELLED]]],
    ['Bed 12: Jones, Harold - fall risk', [['Jones, Harold', 'block', LABELLED]]],
    ['Room 4 - GARCIA, MARIA - NPO after midnight', [['GARCIA, MARIA', 'block', LABELLED]]],
    // Without a label a word and a comma before a name is prose; a room's timetable is no name.
    ['Thank you, Maria, for the flowers.', [['Maria', 'warn', UNPLACED]]],
    ['Room A: Yoga, Pilates and more', [['Yoga', 'warn', UNPLACED]]],
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

describe('Safe Harbor 1, judge: what the words right around a name say', () => {
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
    // A cue is read in the name's own sentence: "nurse." closing the sentence before does not make the patient
    // who opens the next one a colleague.
    ['Thank you to every nurse. Zed Ray went home today.', [['Zed Ray', 'block', PATIENT]]],
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

describe('Safe Harbor 1, judge and known names: whose name it is, by the words around it and its form', () => {
  // Policy, rule 9: a patient's or a relative's name blocks; rule 6: a colleague's name only warns.
  const OWNER_N4 = 'the name of the person a record or account number belongs to';
  const IDENTIFIER_N4 = 'the name of the person an identifier in the same sentence belongs to';
  const namesN4 = (text: string): [string, string, string][] =>
    scan(text)
      .filter((finding) => finding.category === 'name')
      .map((finding) => [finding.text, finding.severity, finding.reason]);

  it.each([
    // A titled colleague who is also named as our patient is a patient: white space of any width, up to three
    // words and an "and" before "our patient".
    ['Dr. Lee, our patient, went home.', [['Lee', 'block', PATIENT]]],
    ['Dr. Priya Raman,  our patient, went home.', [['Priya Raman', 'block', PATIENT]]],
    ['Dr. Priya Raman, herself  now our patient.', [['Priya Raman', 'block', PATIENT]]],
    ['Dr. Lee, long time surgeon and  our patient.', [['Lee', 'block', PATIENT]]],
    ['Dr. Lee, long time surgeon and our patient.', [['Lee', 'block', PATIENT]]],
    ['Dr. Lee, our  patient.', [['Lee', 'block', PATIENT]]],
    // "our patient" far after the title names another person, not the colleague.
    [
      "Dr. Priya Raman visited the children's ward this morning at breakfast, and our patient Jo smiled.",
      [
        ['Priya Raman', 'warn', COLLEAGUE],
        ['Jo', 'block', PATIENT],
      ],
    ],
    // A name sharing a word with a colleague's is the colleague's.
    [
      'Dr. Priya Raman joined us. We thank Priya Lopez.',
      [
        ['Priya Raman', 'warn', COLLEAGUE],
        ['Priya Lopez', 'warn', COLLEAGUE],
      ],
    ],
    // Even in a sentence about care, a name sharing one word with a colleague's is the colleague's.
    [
      'Dr. Priya Raman joined us. We saw Priya Lopez after the surgery.',
      [
        ['Priya Raman', 'warn', COLLEAGUE],
        ['Priya Lopez', 'warn', COLLEAGUE],
      ],
    ],
    // The owner of an identifier in the same sentence, also behind an honorific.
    ['Mrs. Feeney, SSN 512-48-7730, called.', [['Feeney', 'block', IDENTIFIER_N4]]],
    // A full name in a sentence about care and staff news: a person to judge.
    [
      'We saw Tom Briggs at the retirement party after his surgery.',
      [['Tom Briggs', 'warn', "a person's name next to staff news: is this a patient?"]],
    ],
    // A name that names a day is not a person's, by its form either.
    ['Lisa Johnson Day is today.', []],
    // A self-introduction counts only before a name the lists know, every part of it.
    ["I'm Magnusson", [['Magnusson', 'warn', UNPLACED]]],
    ["I'm Zzyx", []],
    ["I'm Magnusson-Zzyx", []],
    // Two or three words, initials apart: a trailing initial is an initial.
    ['We thank Lisa Ann Johnson J. today.', [['Lisa Ann Johnson J.', 'warn', UNPLACED]]],
    // A hyphenated word of a full name is read by its parts: a given name opening the first word, a family
    // name closing the last.
    ['We thank Mary-Kate Quint today.', [['Mary-Kate Quint', 'warn', UNPLACED]]],
    ['We thank Zorbella Quint-Lopez today.', [['Zorbella Quint-Lopez', 'warn', UNPLACED]]],
    // A place before a given name is not a full name; four capitalised words are not a name by form alone.
    ['We hiked at Lake Louise today.', []],
    ['We visited Blue Ridge Lisa Johnson today.', []],
    // A given name is a name by form hyphenated ("Anne-Marie", every part a given name) or with an initial
    // after it ("Sarah M."), as much as alone (a bug: both went unfound).
    ['We thank Anne-Marie today.', [['Anne-Marie', 'warn', UNPLACED]]],
    ['We thank Katrine J. today.', [['Katrine J.', 'warn', UNPLACED]]],
    ['Sarah M. said thanks.', [['Sarah M.', 'warn', UNPLACED]]],
    ['We thank Katrine-Zzyx today.', []],
    // One word no list knows, or two, inside a sentence: not a name by form.
    ['We thank Zzyx today.', []],
    ['We thank Zzyx Qwerty today.', []],
  ])('Safe Harbor 1: %j', (text, expected) => {
    expect(namesN4(text)).toEqual(expected);
  });

  it.each([
    // A name in brackets right after a number of three digits or more is the number's owner.
    ['Ref 123 (Okafor) note', [['Okafor', 'block', OWNER_N4]]],
    ['Ref 123(Okafor) note', [['Okafor', 'block', OWNER_N4]]],
    ['Bed 1204B (Okafor) note', [['Okafor', 'block', OWNER_N4]]],
    // Without both brackets, or with words between the number and the bracket, it is not.
    ['Account 5521 Okafor overdue', []],
    ['Account 5521-0087-3344 Okafor) overdue', []],
    ['Account 5521-0087-3344 (Okafor 2) overdue', []],
    ['Account 5521 is closed (Okafor) now', []],
    ['Account 5521 overdue today (Okafor) now', []],
    ['Account 5521-0087-3344 (Okafor went home', [['Okafor', 'block', PATIENT]]],
    // A record-style name whose given part is a weekday is not a name.
    ['Smith, Monday DOB 2/2/1990', []],
  ])('Safe Harbor 1, owners of numbers: %j', (text, expected) => {
    expect(namesN4(text)).toEqual(expected);
  });

  it.each([
    // A repeated name keeps the place it was first given: a patient's stays a patient's.
    [
      'Feeney, 34, smiled. Mrs. Feeney says thanks. Feeney waved.',
      [
        ['Feeney', 'block', PATIENT],
        ['Feeney', 'warn', UNPLACED],
        ['Feeney', 'block', PATIENT],
      ],
    ],
    // A colleague's name wins over any other, also when it reached a name by "and".
    [
      'Our patient Zed Ray went home. Dr. Lee and Zed met. Zed smiled.',
      [
        ['Zed Ray', 'block', PATIENT],
        ['Lee', 'warn', COLLEAGUE],
        ['Zed', 'warn', COLLEAGUE],
        ['Zed', 'warn', COLLEAGUE],
      ],
    ],
    [
      'Our patient Zed Ray went home. Yesterday therapist Ann Lee and Zed met. Zed smiled.',
      [
        ['Zed Ray', 'block', PATIENT],
        ['Ann Lee', 'warn', COLLEAGUE],
        ['Zed', 'warn', COLLEAGUE],
        ['Zed', 'warn', COLLEAGUE],
      ],
    ],
  ])('Safe Harbor 1, repeated names: %j', (text, expected) => {
    expect(namesN4(text)).toEqual(expected);
  });

  it('Safe Harbor 1: findNames given no identifiers makes no name an identifier’s owner', () => {
    const findings = findNames(createScanContext('Lisa Johnson. Bob', {}));
    expect(findings.map((finding) => [finding.text, finding.severity, finding.reason])).toEqual([
      ['Lisa Johnson', 'warn', UNPLACED],
    ]);
  });

  it('Safe Harbor 1: an organisation’s allowed term is never a record-style name', () => {
    expect(
      scan('Winters, Jordan DOB 2/2/1990', { allow: { terms: ['Winters, Jordan'] } }).filter(
        (finding) => finding.category === 'name',
      ),
    ).toEqual([]);
  });
});

describe('Safe Harbor 1: names written in capitals', () => {
  // A name in capitals the lists of given and family names know is read as "Maria Lopez" is: in a post in
  // normal case (capitals for emphasis) and in a post all in capitals (a banner, a card read from a picture).
  it.each([
    ['Congratulations to our patient MARIA LOPEZ, cancer free today', [['MARIA LOPEZ', 'block', PATIENT]]],
    ['CONGRATULATIONS TO OUR PATIENT MARIA LOPEZ, CANCER FREE TODAY', [['MARIA LOPEZ', 'block', PATIENT]]],
    [
      'GET WELL SOON JAMES SMITH FROM ALL OF US ON WARD 4!',
      [['JAMES SMITH', 'block', "a patient's or relative's name in a post about care"]],
    ],
    ['Our patient MARY-KATE went home today.', [['MARY-KATE', 'block', PATIENT]]],
    ["PRAYERS FOR O'SHEA", [["O'SHEA", 'block', "a patient's or relative's name in a post about care"]]],
    ['PRAYERS FOR O’SHEA', [['O’SHEA', 'block', "a patient's or relative's name in a post about care"]]],
    // Only an apostrophe after one letter opens a family name: "DRAMA" is no name for "ama".
    ['PRAYERS FOR DRAMA THERAPY PATIENTS', []],
    // A word in capitals with a hyphen or an apostrophe the lists do not know is no name either.
    ['Our patient X-RAY results are back.', []],
    ['Our patient Y’ALL love: the ward cat.', []],
    // A colleague, by a medical title or a cue of employment: warned, not blocked.
    ['WELCOME DR. KELLY TRAN TO OUR TEAM', [['KELLY TRAN', 'warn', COLLEAGUE]]],
    ['NURSE KELLY TRAN JOINED THE WARD.', [['KELLY TRAN', 'warn', COLLEAGUE]]],
    ["THANK YOU TO JAMES'S TEAM", [['JAMES', 'warn', UNPLACED]]],
    // Acronyms and ordinary words in capitals are no name, names among them or not.
    ['MARK YOUR CALENDARS: FLU SHOTS ON MAY 5', []],
    ['HAPPY NURSES WEEK FROM RIVERBEND', []],
    ['Our ICU and NHS teams, the CEO and the ER and MRI staff thank you.', []],
    ['COVID VACCINES ON WARD 4 THIS WILL BE THE DAY', []],
    ['HOPE AND JOY AT THE SUMMER FAIR, BILL YOUR INSURER LATER', []],
    ['DAY SURGERY IS OPEN: SEE THE ER OR ICU SIGNS', []],
    // A given name alone, beside words in capitals, has no capital of its own: only the words around it
    // place it. Beside words in normal case it is a name by its form, as "Katrine" is.
    ['THANK YOU TO THE ROTARY CLUB FOR 300 TEDDY BEARS', []],
    ['OUR REPORT IS OUT: $48.6 MILLION IN CHARITY CARE', []],
    ["YOU'RE NOT ALONE. CALL OR TEXT ANY TIME", []],
    ['We thank KATRINE today.', [['KATRINE', 'warn', UNPLACED]]],
    // One word in capitals beside it is enough, on its left or on its right; a gap holding a letter ("4B")
    // parts them, and the start or the end of the text is no word in capitals.
    ['We thank ICU KATRINE today.', []],
    ['We thank KATRINE TODAY.', []],
    ['We thank TEAM 4B KATRINE today.', [['KATRINE', 'warn', UNPLACED]]],
    ['We thank KATRINE 4B TEAM today.', [['KATRINE', 'warn', UNPLACED]]],
    ['KATRINE said thanks.', [['KATRINE', 'warn', UNPLACED]]],
    ['A card for KATRINE', [['KATRINE', 'warn', UNPLACED]]],
    // A word of two letters in capitals is a word in capitals ("IN", "WE"); a letter alone ("I", "A") is not.
    ['IN CHARITY WE TRUST', []],
    ['Thank you from KATRINE & I!', [['KATRINE', 'warn', UNPLACED]]],
    ['WE THANK KATRINE SMITH TODAY', [['KATRINE SMITH', 'warn', UNPLACED]]],
    // Acronyms the lists also hold as names, and words of two letters, stay acronyms in capitals.
    ['Our NICU and ED teams thank you.', []],
    ['My IBAN is on file, and so is my IRA.', []],
    ['Open days in CA, LA and MA.', []],
  ])('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  // The same post in capitals gives the names its sentence-case version gives, in capitals.
  it.each([
    'June Lopez was admitted to our ICU.',
    'Our patient Maria de Souza went home.',
    'Our patient Anna Maria Lopez Garcia went home.',
    'Nurse Kelly Tran joined the ward.',
    'Tom Briggs was treated in our ER.',
    'Tom Briggs won the staff award; he was treated kindly.',
    'Lisa Johnson',
    'My name is Bob Smith',
    'Jess and Marco visited their daughter, our patient Ava.',
    'Ava Lopez, our patient, and Marco visited.',
    'Night-shift nurses rock.',
    'June 30 is our open day.',
  ])('%j in capitals', (text) => {
    const inCapitals = names(text).map(([name, severity, reason]) => [name.toUpperCase(), severity, reason]);
    expect(names(text.toUpperCase())).toEqual(inCapitals);
  });
});

// Survivors of the judge (names/judge.ts) and of findNames (names/index.ts) no row tells apart (one row above, "Thank you to every nurse. Zed Ray went home today.", kills judge.ts:112 → `true` and `!==`):
// - names/judge.ts:95 ConditionalExpression `before !== ''` → `true`, StringLiteral `''` → `"Stryker was here!"`: equivalent; no cue `precedes` is asked about matches an empty `before` (each reads a character) nor one ending in "here!", so the fast path never changes an answer.
// - names/judge.ts:112 ConditionalExpression `beforeStart === rawBeforeStart` → `false`: equivalent; with equal bounds both branches slice the same string (rawBefore is only reused).
// - names/judge.ts:117 StringLiteral `''` → `"Stryker was here!"`: equivalent; the stand-in is read only when no cue ends the window, and every test of `before` is anchored at its end; none matches "…here!".
// - names/judge.ts:118 ConditionalExpression → `false`, MethodExpression → `Math.max(text.length, from + 90)`, ArithmeticOperator → `from - 90`: equivalent; rawAfter is taken only when it equals `text.slice(from, afterEnd)` (slice clips its bounds to the text), and that slice is always right.
// - names/judge.ts:310 ConditionalExpression `open >= 0` → `true`, EqualityOperator → `open > 0`: equivalent; `text[-1]` is no space and stops the loop, and a space at 0 is no "(" either, so the name is no owner both ways.
// - names/judge.ts:312 Regex, the leading `[\p{L}\p{N}-]*` → `[^\p{L}\p{N}-]*`, `[\P{L}\p{N}-]*`, `[\p{L}\P{N}-]*`: equivalent; the pattern is not anchored at its start, so a leading starred class may match nothing.
// - names/index.ts:26 BooleanLiteral `run.own = true` → `false`: equivalent; `own` is read only between names coordinated by "and"/"&", and a name in brackets has a bracket, not "and", on each side.
// - names/index.ts:39 LogicalOperator `!!run.severity && !!run.reason` → `||`: equivalent; every writer sets a severity and a non-empty reason together (sharing copies both), so each is set exactly when the other is.
