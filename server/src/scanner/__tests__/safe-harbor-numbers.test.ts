// HIPAA Safe Harbor identifiers 7-13 and 18: Social Security, medical record, health plan beneficiary,
// account, certificate or licence, vehicle and device numbers, and any other unique identifying number.
// Policy, rule 9 (patient confidentiality): "staff cannot release confidential information about patients
// ... without authority". Check digits are worked by hand from their standards (noted per row), never
// computed by the scanner's own functions.
import { isValidNhsNumber } from '../identifiers';
import { scan } from '../index';
import type { ScanOptions } from '../types';

const found = (text: string, options?: ScanOptions): [string, string][] =>
  scan(text, options)
    .filter((finding) => finding.category !== 'name')
    .map((finding) => [finding.category, finding.text]);

describe('Safe Harbor 7: Social Security numbers', () => {
  it.each([
    ['512-48-7730', [['ssn', '512-48-7730']]],
    ['512 48 7730', [['ssn', '512 48 7730']]],
    // The separators must agree: a mixed pair is some other reference.
    ['Ref 512-48 7730', []],
    // No SSN has area 000, 666 or 900-999, group 00 or serial 0000 (SSA): without a keyword, not one.
    ['Ref 900-48-7730', []],
    ['Ref 512-00-7730', []],
    ['Ref 512-48-0000', []],
  ])('bare %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each(['SSN: 512-48-7730', 'ssn#512-48-7730', 'SS# 512-48-7730', 'soc. sec. 512-48-7730'])(
    'after its keyword %j, even with an area number the SSA never gives',
    (text) => {
      expect(found(text.replace('512', '900'))).toEqual([['ssn', '900-48-7730']]);
    },
  );
});

describe('Safe Harbor 7: part of a Social Security number', () => {
  it.each([
    ['Her SSN ending 4471 was read out on the livestream.', '4471'],
    ['His social security number ends in 4471.', '4471'],
    ['The last four of his social are 4471.', '4471'],
    ['Last 4 digits of the patient’s SSN: 4471', '4471'],
    ['SSN XXX-XX-4471 on the form', 'XXX-XX-4471'],
    ['SSN ***-**-4471 on the form', '***-**-4471'],
  ])('%j', (text, part) => {
    expect(found(text)).toEqual([['ssn', part]]);
  });

  it.each([
    'Our social ending in 2024 was a hit.',
    'The last four of our socials were sold out.',
    'Order XXX-XL-2024 shipped.',
  ])('not four digits after other words: %j', (text) => {
    expect(found(text).filter(([category]) => category === 'ssn')).toEqual([]);
  });
});

describe('Safe Harbor 8-13: a number after its keyword', () => {
  it.each([
    ['MR# 4471', 'mrn', '4471'],
    ['chart 12345', 'mrn', '12345'],
    ['EHR id 98765', 'mrn', '98765'],
    ['pt id 55512', 'mrn', '55512'],
    ['policy no. A1B2C3D4', 'health-plan', 'A1B2C3D4'],
    ['group # 7712', 'health-plan', '7712'],
    ['acct 4412-99', 'account', '4412-99'],
    ['invoice #88213', 'account', '88213'],
    ['guarantor 12345', 'account', '12345'],
    ["driver's license D1234567", 'license', 'D1234567'],
    ['license AB123', 'license', 'AB123'],
    ['license plate 7ABC123', 'vehicle', '7ABC123'],
    ['plate AB12', 'vehicle', 'AB12'],
    ['plates: 7ABC 123', 'vehicle', '7ABC 123'],
    ['registration XY12 ABC', 'vehicle', 'XY12 ABC'],
    ['serial SN-4482', 'device', 'SN-4482'],
  ])('%j blocks as %s', (text, category, value) => {
    const findings = scan(text).filter((finding) => finding.category !== 'name');
    expect(findings.map((finding) => [finding.category, finding.text, finding.severity])).toEqual([
      [category, value, 'block'],
    ]);
  });

  it.each([
    // A record number holds at least four digits, a licence three: fewer is a word or a room.
    'MR# A447',
    'license AB12',
    // A plate is written in capitals, with a letter, and holds at least four letters or digits.
    'plate 7abc123',
    'plate 7Abc123',
    'plate 12345',
    'plate AB1',
    'plate A-1',
  ])('%j is not one', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('Safe Harbor 12: a vehicle identification number by its check digit (49 CFR 565.15)', () => {
  it('blocks a VIN whose ninth character is its check digit, and not one whose is wrong', () => {
    // 1M8GDM9AXKP042788: the weighted sum of the other sixteen is 351, 351 mod 11 = 10, written X.
    expect(found('VIN 1M8GDM9AXKP042788 was in the lot.')).toEqual([['vehicle', '1M8GDM9AXKP042788']]);
    expect(found('VIN 1M8GDM9AYKP042788 was in the lot.')).toEqual([]);
  });

  it('reads a check digit written as a digit', () => {
    // 1HGCM82633A004352: the weighted sum is 311, 311 mod 11 = 3, the ninth character.
    expect(found('VIN 1HGCM82633A004352 on file')).toEqual([['vehicle', '1HGCM82633A004352']]);
    expect(found('VIN 1HGCM82643A004352 on file')).toEqual([]);
  });

  it('does not take seventeen digits or seventeen letters for a VIN, though their check digit fits', () => {
    // Seventeen 1s: the weights add up to 89, 89 mod 11 = 1, the ninth character.
    expect(found('VIN 11111111111111111 on file')).toEqual([]);
    // R (9) then A (1) and X ninth: 8×9 + 81×1 = 153, 153 mod 11 = 10, written X. With a digit for the
    // last A (1 = A's value) the same sum is a VIN.
    // (A digit elsewhere in the post, so that numbers are looked for at all.)
    expect(found('VIN RAAAAAAAXAAAAAAAA, bay 2.')).toEqual([]);
    expect(found('VIN RAAAAAAAXAAAAAAA1 on file')).toEqual([['vehicle', 'RAAAAAAAXAAAAAAA1']]);
  });
});

describe('Safe Harbor 10: bank account and payment card numbers by their check digits', () => {
  it('blocks an IBAN that is 1 modulo 97 (ISO 13616), and not one that is not', () => {
    expect(found('Refund to GB82 WEST 1234 5698 7654 32 today.')).toEqual([
      ['account', 'GB82 WEST 1234 5698 7654 32'],
    ]);
    expect(found('Refund to GB82 WEST 1234 5698 7654 33 today.')).toEqual([]);
  });

  it('reads IBANs of 15 to 34 characters (Norway’s are the shortest), letters as 10 to 35', () => {
    expect(found('Refund to NO93 8601 1117 947 today.')).toEqual([['account', 'NO93 8601 1117 947']]);
    expect(found('Refund to NO93 8601 1117 948 today.')).toEqual([]);
    // Austria's example: the A of AT is 10.
    expect(found('Refund to AT61 1904 3002 3457 3201 today.')).toEqual([
      ['account', 'AT61 1904 3002 3457 3201'],
    ]);
    // Check digits worked out for these (98 − the rest mod 97): right, but 12, 14 and 35 characters long.
    expect(found('Refund to DE52 1234 5678 today.')).toEqual([]);
    expect(found('Refund to DE79 1234 5678 90 today.')).toEqual([]);
    expect(found('Refund to DE87 1234 5678 9012 3456 7890 1234 5678 90 today.')).toEqual([
      ['account', 'DE87 1234 5678 9012 3456 7890 1234 5678 90'],
    ]);
    expect(found('Refund to DE34 1234 5678 9012 3456 7890 1234 5678 901 today.')).toEqual([]);
  });

  it.each([
    ['Card 3782 822463 10005 was declined', [['account', '3782 822463 10005']]], // American Express
    ['Card 5555-5555-5555-4444 charged', [['account', '5555-5555-5555-4444']]], // Mastercard
    ['Card 6011111111111117 ok', [['account', '6011111111111117']]], // Discover
    // Passes the Luhn check but no card network starts with 7.
    ['Card 7111 1111 1111 1114 was declined', []],
    // Starts like a Visa card but fails the Luhn check.
    ['Card 4111 1111 1111 1112 was declined', []],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('Safe Harbor 9: NHS numbers (modulus 11 check digit)', () => {
  // 943 476 5919: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 11 − (299 mod 11) = 9.
  it('blocks one after "NHS", or anywhere when the organisation is in the United Kingdom', () => {
    expect(found('NHS 943 476 5919')).toEqual([['health-plan', '943 476 5919']]);
    expect(found('Number 943 476 5919 on the form', { defaultCountry: 'GB' })).toEqual([
      ['health-plan', '943 476 5919'],
    ]);
    expect(found('Number 943 476 5919 on the form', { defaultCountry: 'gb' })).toEqual([
      ['health-plan', '943 476 5919'],
    ]);
  });

  it('reads it as a phone number elsewhere, and more than 30 characters after "NHS"', () => {
    expect(found('Number 943 476 5919 on the form')).toEqual([['phone', '943 476 5919']]);
    expect(found('NHS patients: please write the number 943 476 5919')).toEqual([['phone', '943 476 5919']]);
  });

  it('reads a remainder of 0 as the check digit 0, and a check digit of 10 as no NHS number', () => {
    // 100 000 006: 1×10 + 6×2 = 22, 22 mod 11 = 0, 11 − 0 = 11, written 0.
    expect(found('NHS 100 000 0060')).toEqual([['health-plan', '100 000 0060']]);
    // 100 000 001: 1×10 + 1×2 = 12, 12 mod 11 = 1, 11 − 1 = 10: no NHS number has it.
    const healthPlan = (text: string) => scan(text).filter((finding) => finding.category === 'health-plan');
    expect(healthPlan('NHS 100 000 0010')).toEqual([]);
    expect(healthPlan('NHS 100 000 0011')).toEqual([]);
  });

  it('holds exactly ten digits', () => {
    // The first ten of 943 476 5919 0 are a valid NHS number; eleven digits are not one.
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
  });
});

describe('each number says what it is', () => {
  it.each([
    ['512-48-7730', 'a Social Security number'],
    ['Her Medicare card (7AK2-HW3-PN45) was left at the desk.', 'a Medicare Beneficiary Identifier'],
    ['VIN 1M8GDM9AXKP042788 was in the lot.', 'a vehicle identification number (VIN)'],
    ['NHS 943 476 5919', 'an NHS number'],
    ['Refund to NO93 8601 1117 947 today.', 'a bank account number (IBAN)'],
    ['Card 6011111111111117 ok', 'a payment card number'],
    ['MR# 4471', 'a medical record number'],
  ])('%j: %s', (text, reason) => {
    expect(scan(text).map((finding) => finding.reason)).toEqual([reason]);
  });

  it('finds nothing inside the organisation’s own text', () => {
    const text = 'Give to the Riverbend Foundation, account 4412-9981, and to NHS 943 476 5919 Trust.';
    const allow = { terms: ['Riverbend Foundation, account 4412-9981', 'NHS 943 476 5919 Trust'] };
    expect(found(text, { allow })).toEqual([]);
    expect(found(text)).toEqual([
      ['account', '4412-9981'],
      ['health-plan', '943 476 5919'],
    ]);
  });
});

describe('Safe Harbor 8: the organisation’s own medical record number formats', () => {
  it('reads them in any text, with or without digits, and never reports an empty match', () => {
    expect(found('Wristband PT-ABCD found', { mrnPatterns: ['\\bPT-[A-Z]{4}\\b'] })).toEqual([
      ['mrn', 'PT-ABCD'],
    ]);
    expect(
      scan('Ref RB123456 ok', { mrnPatterns: ['(?:RB\\d{6})?'] }).map((finding) => [
        finding.category,
        finding.text,
        finding.reason,
      ]),
    ).toEqual([['mrn', 'RB123456', "a medical record number in the organisation's format"]]);
  });

  it('says which format is broken, with the reason the regular expression gave', () => {
    let thrown: unknown;
    try {
      scan('text', { mrnPatterns: ['RB-(\\d'] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toBe(
      `The policy's MRN pattern "RB-(\\\\d" is not a valid regular expression`,
    );
    expect((thrown as Error).cause).toBeInstanceOf(SyntaxError);
  });
});
