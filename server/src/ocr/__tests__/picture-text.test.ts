import { asWritten, restoreLetters, scanPictureText } from '../picture-text';

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

describe('scanPictureText', () => {
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
