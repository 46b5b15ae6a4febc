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
});

describe('asWritten', () => {
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

  it('leaves a colleague introduced as one, the organisation and a lone given name as they were', () => {
    expect(blocking('Meet Dr. Helen Achterberg | our new head of cardiology')).toEqual([]);
    expect(blocking('ve from Millbrook | Helen Achterberg | ‘head of cardiology')).toEqual([]);
    expect(blocking('Riverbend Health | Visitor | Level 2 | 541-555-0100')).toEqual([]);
    expect(blocking('Shift Charge RN | Day Lisa')).toEqual([]);
  });
});
