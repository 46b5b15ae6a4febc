import { asWritten, nearTerms, restoreLetters, scanPictureText } from '../picture-text';

const ALLOW = { allow: { terms: ['Riverbend Health'], phones: ['541-555-0100'] } };
const blocking = (text: string) =>
  scanPictureText(text, ALLOW)
    .filter((finding) => finding.severity === 'block')
    .map((finding) => `${finding.category}: ${finding.text}`);

describe('restoreLetters', () => {
  it('gives a same-shape first letter its capital back before a capitalised word, and nothing else', () => {
    expect(restoreLetters('Bed chloe Herrera | patrick Whitaker!')).toBe(
      'Bed Chloe Herrera | Patrick Whitaker!',
    );
    expect(restoreLetters('Take one capsule twice daily | call 541-555-0100')).toBe(
      'Take one capsule twice daily | call 541-555-0100',
    );
    // "maria" starts with a letter whose capital has its own shape: OCR does not mistake it.
    expect(restoreLetters('maria Gonzalez')).toBe('maria Gonzalez');
  });

  it('gives a sign read inside a word its letter back, and leaves numbers and codes alone', () => {
    expect(restoreLetters('Bed 3 Leil@ Gallagher | R0sa Wi1liam')).toBe(
      'Bed 3 Leila Gallagher | Rosa William',
    );
    expect(restoreLetters('SpO2 98 | MRN RB-10844704 | 4B | 100th')).toBe(
      'SpO2 98 | MRN RB-10844704 | 4B | 100th',
    );
  });

  it('leaves a month read in lower case as it is: the scanner reads it between a day and a year', () => {
    expect(restoreLetters('DOB: 25 jun 1933 | 2 may be late')).toBe('DOB: 25 jun 1933 | 2 may be late');
    expect(
      scanPictureText('DOB: 25 jun 1933 | 2 may be late').map(({ category, text }) => [category, text]),
    ).toEqual([['date', '25 jun 1933']]);
  });
});

describe('asWritten', () => {
  it('reads "birth" misread by one letter after "of" as "birth", and says where each character was read', () => {
    const read = 'Date of bith 22 Apr 1933 | pate of pirth 1976-08-14 | Date of birt 1 Mar 1950';
    const written = asWritten(read);
    expect(written.text).toBe(
      'Date of birth 22 Apr 1933 | pate of birth 1976-08-14 | Date of birth 1 Mar 1950',
    );
    expect(written.read.slice(0, written.text.length).every((at) => at < read.length)).toBe(true);
    // Two letters off, or not after "of": as read.
    expect(asWritten('a test of both 1 Mar 1950 | of bath | berth 2').text).toBe(
      'a test of both 1 Mar 1950 | of bath | berth 2',
    );
  });

  it('takes out the spaces OCR put inside a date and says where each character was read', () => {
    const written = asWritten('DOB 06/16/1 988 | 08/1 7/1987 ok');
    expect(written.text).toBe('DOB 06/16/1988 | 08/17/1987 ok');
    expect(
      [...written.text].map((_, i) => 'DOB 06/16/1 988 | 08/1 7/1987 ok'[written.read[i]]).join(''),
    ).toBe(written.text);
  });
});

// Rule 9 with the organisation's own words (its allow list): a picture of its own building, ward or pharmacy
// must not be refused because OCR misread a letter of the name, but nothing a patient could be is forgiven.
describe('nearTerms: the organisation’s own terms read a letter or two wrong', () => {
  const TERMS = ['Larkspur Pavilion', 'Riverbend Health', 'Riverbend', 'Level 2', 'Building 12 West'];
  const places = (text: string) =>
    nearTerms(text, TERMS).map(({ start, end, term }) => `${text.slice(start, end)} → ${term}`);

  it('gives one edit in six letters: two in "Larkspur Pavilion" (16 letters), one in "Riverbend" (9)', () => {
    expect(places('Welcome to Larkspur Pavikon | 4 West')).toEqual(['Larkspur Pavikon → Larkspur Pavilion']);
    expect(places('Rivarbend Heath | Visitor')).toEqual(['Rivarbend Heath → Riverbend Health']);
    expect(places('Rivarbend')).toEqual(['Rivarbend → Riverbend']);
    expect(places('Rivarbenb')).toEqual([]);
    expect(places('Lorkspar Pavikon')).toEqual([]);
  });

  it('forgives nothing in a term of fewer than six letters, nor any digit', () => {
    expect(places('Lovel 2 | Lobby')).toEqual([]);
    // A letter whose lower case is longer ("İ") moves nothing after it.
    expect(places('İZMİR | Larkspur Pavikon')).toEqual(['Larkspur Pavikon → Larkspur Pavilion']);
    expect(places('Buildimg 12 West')).toEqual(['Buildimg 12 West → Building 12 West']);
    expect(places('Building 13 West')).toEqual([]);
    expect(places('Building 1 West')).toEqual([]);
  });

  it('takes whole words only, and leaves an exact reading to the scanner', () => {
    expect(places('ARiverbend Health')).toEqual([]);
    expect(places('Riverbend Healthcare')).toEqual([]);
    expect(places('Riverbend Health | Larkspur Pavilion')).toEqual([]);
  });

  it('writes the term back where it was read, and says where each of its characters was read', () => {
    const read = 'Bed board | Larkspur Pavikon | 06/16/1 988';
    const written = asWritten(read, TERMS);
    expect(written.text).toBe('Bed board | Larkspur Pavilion | 06/16/1988');
    const at = (from: number, to: number) => [written.read[from], written.read[to - 1] + 1];
    expect(at(12, 29)).toEqual([12, 28]);
    expect(read.slice(...(at(12, 29) as [number, number]))).toBe('Larkspur Pavikon');
    expect(at(32, 42)).toEqual([31, 42]);
  });
});

describe('scanPictureText', () => {
  const OWN = {
    allow: {
      terms: ['Riverbend Health', 'Larkspur Pavilion', 'Riverbend Pharmacy'],
      phones: ['541-555-0100'],
    },
  };
  const blockingOwn = (text: string) =>
    scanPictureText(text, OWN)
      .filter((finding) => finding.severity === 'block')
      .map((finding) => `${finding.category}: ${finding.text}`);

  it('does not take the organisation’s own name, misread by a letter or two, for a person', () => {
    expect(blockingOwn('Larkspur Pavikon | Visitors welcome')).toEqual([]);
    expect(blockingOwn('Riverbend Pharnacy | Level 1')).toEqual([]);
    expect(blockingOwn('Larkspur Pavikon | Chloe Adeyemi')).toEqual(['name: Chloe Adeyemi']);
    // The organisation's phone with a digit misread is a phone number like any other.
    expect(
      scanPictureText('Riverbend Heath | call 541-655-0150', OWN).map(
        ({ category, text }) => `${category}: ${text}`,
      ),
    ).toEqual(['phone: 541-655-0150']);
  });

  it('blocks a full name a picture shows without a word of whose it is, and keeps the text as read', () => {
    expect(blocking('Welcome home | Chloe Adeyemi! | Love from 4 West')).toEqual(['name: Chloe Adeyemi']);
    expect(blocking('Happy 90th pirthday | patrick Whitaker!')).toContain('name: patrick Whitaker');
    expect(blocking('Date of birth 06/16/1 988')).toEqual(['date: 06/16/1 988']);
  });

  it('blocks a name in a form’s name field and a name printed surname first in capitals', () => {
    expect(blocking('Patient registration | First name Siobhan')).toEqual(['name: Siobhan']);
    expect(blocking('BRZEZINSKI, Ngozi M | Riverbend Health')).toEqual(['name: BRZEZINSKI, Ngozi']);
    expect(blocking('LATEX ALLERGY | VISITOR | Riverbend Health, Level 2')).toEqual([]);
  });

  it('blocks a name a board prints surname first, capitalised, before a given name the lists know', () => {
    expect(blocking('Room Patient RN | 315 Achterberg, Kenji | 338 Thorsen, Beatriz | Karen')).toEqual([
      'name: Achterberg, Kenji',
      'name: Thorsen, Beatriz',
    ]);
    // One finding for the whole name, where the scanner had found its parts.
    expect(
      scanPictureText('302 Abiodun, Astrid', ALLOW).map(({ text, severity }) => `${severity}: ${text}`),
    ).toEqual(['block: Abiodun, Astrid']);
    // A greeting, a word that is no name or a second word the lists do not know as a given name: not a name.
    for (const text of ['Thanks, Maria!', 'Welcome, Anna', 'Cardiology, Maria', 'Monday, Maria']) {
      expect(blocking(text)).toEqual([]);
    }
    expect(blocking('Springfield, Oregon | Riverbend, Millbrook')).toEqual([]);
  });

  it('blocks a name in capitals printed surname first, as wristbands and pharmacy labels print it', () => {
    expect(blocking('GARCIA, MARIA | DOB 01/02/1950')).toEqual(['name: GARCIA, MARIA', 'date: 01/02/1950']);
    expect(blocking('Pharmacy Rx 374959 | SHEIKH PAVEL | Metformin 850 mg')).toEqual(['name: SHEIKH PAVEL']);
    expect(blocking('For: KAVANAGH MARGUERITE | Metformin')).toEqual(['name: KAVANAGH MARGUERITE']);
    expect(blocking('1 BRZEZINSKI MARGUERITE\n850 mg')).toEqual(['name: BRZEZINSKI MARGUERITE']);
    // Not a line of its own, a word that is no name, or no name the lists know: as the scanner reads it.
    expect(blocking('CALL SHEIKH PAVEL TODAY')).toEqual([]);
    expect(blocking('NURSE MARIA | LATEX, NUTS | 300 TEDDY BEARS | CODE BLUE | STAFF, MARIA')).toEqual([]);
    expect(blocking('LATEX ALLERGY | VISITOR | DRUMMOND TARIQ')).toEqual([]);
  });

  it('warns of a name OCR read with a word it was unsure of, and blocks one it read surely', () => {
    // Words as layout.ts gives them: where each was read in the text, and how surely.
    const wordsOf = (text: string, confidences: number[]) => {
      const found = [...text.matchAll(/\S+/g)];
      return found.map((word, index) => ({
        start: word.index,
        end: word.index + word[0].length,
        confidence: confidences[index],
      }));
    };
    const fragments = 'Shift notes | TEA Ea';
    expect(blocking(fragments)).toEqual(['name: TEA Ea']);
    const unsure = scanPictureText(fragments, ALLOW, wordsOf(fragments, [95, 94, 93, 32, 47]));
    expect(unsure.map(({ text, severity }) => `${severity}: ${text}`)).toEqual(['warn: TEA Ea']);
    expect(unsure[0].reason).toMatch(/unsurely/);
    const sure = 'Get well soon | Ximena Thorsen';
    expect(
      scanPictureText(sure, ALLOW, wordsOf(sure, [96, 95, 96, 93, 41]))
        .filter((finding) => finding.severity === 'block')
        .map(({ text }) => text),
    ).toEqual(['Ximena Thorsen']);
  });

  it('warns of the organisation’s phone read a digit wrong where the picture also shows it right', () => {
    const twice = 'Call us (541) 555-0100\nCall us 1341) 555-0100';
    expect(blocking(twice)).toEqual([]);
    expect(scanPictureText(twice, ALLOW).map(({ severity, text }) => `${severity}: ${text}`)).toEqual([
      'warn: 1341) 555-0100',
    ]);
    // Alone, or two digits off: a number near the organisation's may be a patient's.
    expect(blocking('Call us 1341) 555-0100')).toEqual(['phone: 1341) 555-0100']);
    expect(blocking('Call 541-555-0100 | 541-555-0177')).toEqual(['phone: 541-555-0177']);
  });

  it('blocks a date on a picture that shows a record number, whatever its label became', () => {
    expect(blocking('Mei F | uo 06/17/1937 MRN: RB-34114081')).toEqual([
      'date: 06/17/1937',
      'mrn: RB-34114081',
    ]);
    // Without a record number an unlabelled date is a warning, as in a post's text.
    expect(blocking('Open day 12 May 2027 | Riverbend Health')).toEqual([]);
  });

  it('leaves a colleague introduced as one, the organisation and a lone given name as they were', () => {
    expect(blocking('Meet Dr. Helen Achterberg | our new head of cardiology')).toEqual([]);
    expect(blocking('ve from Millbrook | Helen Achterberg | ‘head of cardiology')).toEqual([]);
    expect(blocking('Riverbend Health | Visitor | Level 2 | 541-555-0100')).toEqual([]);
    expect(blocking('Shift Charge RN | Day Lisa')).toEqual([]);
  });
});
