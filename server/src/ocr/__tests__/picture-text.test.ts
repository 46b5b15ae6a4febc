import { restoreCapitals, scanPictureText } from '../picture-text';

const ALLOW = { allow: { terms: ['Riverbend Health'], phones: ['541-555-0100'] } };
const blocking = (text: string) =>
  scanPictureText(text, ALLOW)
    .filter((finding) => finding.severity === 'block')
    .map((finding) => `${finding.category}: ${finding.text}`);

describe('restoreCapitals', () => {
  it('gives a same-shape first letter its capital back before a capitalised word, and nothing else', () => {
    expect(restoreCapitals('Bed chloe Herrera | patrick Whitaker!')).toBe(
      'Bed Chloe Herrera | Patrick Whitaker!',
    );
    expect(restoreCapitals('Take one capsule twice daily | call 541-555-0100')).toBe(
      'Take one capsule twice daily | call 541-555-0100',
    );
    // "maria" starts with a letter whose capital has its own shape: OCR does not mistake it.
    expect(restoreCapitals('maria Gonzalez')).toBe('maria Gonzalez');
  });
});

describe('scanPictureText', () => {
  it('blocks a full name a picture shows without a word of whose it is, and keeps the text as read', () => {
    expect(blocking('Welcome home | Chloe Adeyemi! | Love from 4 West')).toEqual(['name: Chloe Adeyemi']);
    expect(blocking('Happy 90th pirthday | patrick Whitaker!')).toContain('name: patrick Whitaker');
  });

  it('leaves a colleague introduced as one, the organisation and a lone given name as they were', () => {
    expect(blocking('Meet Dr. Helen Achterberg | our new head of cardiology')).toEqual([]);
    expect(blocking('Riverbend Health | Visitor | Level 2 | 541-555-0100')).toEqual([]);
    expect(blocking('Shift Charge RN | Day Lisa')).toEqual([]);
  });
});
