import { createScanContext } from '../context';
import { findIdentifiers, isValidNhsNumber, isValidVin } from '../identifiers';
import { blocked, reported } from './checked-scan';

describe('Social Security numbers', () => {
  it('blocks one written with dashes or after its keyword', () => {
    expect(blocked('The SSN on the form should be 512-48-7730.', 'ssn')).toEqual(['512-48-7730']);
    expect(blocked('social security number 512487730', 'ssn')).toEqual(['512487730']);
  });

  it('does not take impossible numbers for one', () => {
    expect(reported('Ref 000-12-3456 and 666-12-3456 and 123-00-4567.', 'ssn')).toEqual([]);
  });
});

describe('medical record numbers', () => {
  it('blocks a number after its keyword', () => {
    expect(blocked('PT HANDOFF — MRN 4471902, admit 11/03', 'mrn')).toEqual(['4471902']);
    expect(blocked("Evelyn's new medical record no. is 88-410-293.", 'mrn')).toEqual(['88-410-293']);
    expect(blocked('Patient ID RB-20931177 got the wrong summary.', 'mrn')).toEqual(['RB-20931177']);
  });

  it('blocks the formats the policy configures, and only with them', () => {
    const text = 'Found a wristband, RB-30418862, by the chapel.';
    expect(blocked(text, 'mrn', { mrnPatterns: ['\\bRB-\\d{8}\\b'] })).toEqual(['RB-30418862']);
    expect(reported(text, 'mrn', {})).toEqual([]);
  });

  // Without configured formats, no text is a medical record number by its form alone.
  it.each(['Stryker was here', 'Kilroy was here 2024', 'RB-30418862'])(
    'reports no MRN in %p when the policy configures no format',
    (text) => {
      expect(reported(text, 'mrn', {})).toEqual([]);
    },
  );

  it('explains an MRN pattern that is not a regular expression', () => {
    expect(() => blocked('text', 'mrn', { mrnPatterns: ['('] })).toThrow(/not a valid regular expression/);
  });
});

describe('health plan numbers', () => {
  it('blocks a Medicare Beneficiary Identifier with or without dashes', () => {
    expect(blocked('Her Medicare card (7AK2-HW3-PN45) was left at the desk.', 'health-plan')).toEqual([
      '7AK2-HW3-PN45',
    ]);
    expect(blocked('MBI 1EG4TE5MK73 on file', 'health-plan')).toEqual(['1EG4TE5MK73']);
  });

  it('does not take a string with letters an MBI never uses for one', () => {
    expect(reported('Code 1SG4-TE5-MK73 and 1EG4-TO5-MK73', 'health-plan')).toEqual([]);
  });

  it('blocks a member ID', () => {
    expect(blocked('Member ID: XJH402817766, verify coverage', 'health-plan')).toEqual(['XJH402817766']);
  });

  it('blocks an NHS number whose check digit is right, and not one whose check digit is wrong', () => {
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943 476 5918')).toBe(false);
    expect(blocked('NHS no. 943 476 5919 for the visiting patient', 'health-plan')).toEqual(['943 476 5919']);
    expect(reported('NHS no. 943 476 5918 for the visiting patient', 'health-plan')).toEqual([]);
  });
});

describe('account, licence, vehicle and device numbers', () => {
  it('blocks an account number and a payment card number', () => {
    expect(blocked('Account 5521-0087-3344 went to collections', 'account')).toEqual(['5521-0087-3344']);
    expect(blocked('Card 4111 1111 1111 1111 was declined', 'account')).toEqual(['4111 1111 1111 1111']);
    expect(reported('Card 4111 1111 1111 1112 was declined', 'account')).toEqual([]);
  });

  it('blocks a driver’s licence number but not a licence plate as one', () => {
    expect(blocked("The driver's license number is WDL8823KQ7.", 'license')).toEqual(['WDL8823KQ7']);
    expect(reported('silver Subaru, license plate 8KLM402', 'license')).toEqual([]);
  });

  it('blocks a licence plate', () => {
    expect(blocked('silver Subaru, plate 8KLM402. Please move it!', 'vehicle')).toEqual(['8KLM402']);
    expect(blocked('his truck (Oregon plate 411 MKT)', 'vehicle')).toEqual(['411 MKT']);
    expect(reported('Tag 3 friends who deserve a plate of cookies', 'vehicle')).toEqual([]);
  });

  it('blocks a VIN whose check digit is right, and not one whose check digit is wrong', () => {
    expect(isValidVin('1HGCM82633A004352')).toBe(true);
    expect(isValidVin('1HGCM82643A004352')).toBe(false);
    expect(blocked('VIN 1HGCM82633A004352 has its lights on', 'vehicle')).toEqual(['1HGCM82633A004352']);
    expect(reported('VIN 1HGCM82643A004352 has its lights on', 'vehicle')).toEqual([]);
  });

  // VINs are read only around runs of digits: the digit may stand anywhere in the VIN, even last.
  it.each([
    ['ABCDEFGAXJKLMNPR1 at the start', ['ABCDEFGAXJKLMNPR1']],
    ['at the end ABCDEFGAXJKLMNPR1', ['ABCDEFGAXJKLMNPR1']],
    ['ABCDEFGH5JKLMNPRS and ABCDEFGH4JKLMNPR7.', ['ABCDEFGH5JKLMNPRS', 'ABCDEFGH4JKLMNPR7']],
    ['_ABCDEFGH4JKLMNPR7 is part of a longer word', []],
    ['ZABCDEFGH4JKLMNPR7 is one character too long', []],
    ['ABCDEFGH4JKLMNPR7ABCDEFGH4JKLMNPR7 is two VINs in one word', []],
  ])('finds the VINs of %p', (text, vins) => {
    expect(blocked(text, 'vehicle')).toEqual(vins);
  });

  // A VIN is a whole word: whatever stands next to it that is not a letter, digit or underscore ends it.
  it.each([
    ['VIN:1HGCM82633A004352 has its lights on', ['1HGCM82633A004352']],
    ['VIN—1HGCM82633A004352 has its lights on', ['1HGCM82633A004352']],
    ['VIN [1HGCM82633A004352] has its lights on', ['1HGCM82633A004352']],
    ['Lot B|1HGCM82633A004352|silver sedan', ['1HGCM82633A004352']],
    ['VIN~1HGCM82633A004352~ has its lights on', ['1HGCM82633A004352']],
    ['(1HGCM82633A004352) has its lights on', ['1HGCM82633A004352']],
    ['ZABCDEFG5JKLMNPR5 starts with the letter Z', ['ZABCDEFG5JKLMNPR5']],
  ])('finds the VIN set off by punctuation in %p', (text, vins) => {
    expect(blocked(text, 'vehicle')).toEqual(vins);
  });

  it('reports a VIN once, however many runs of digits it holds', () => {
    const ctx = createScanContext('VIN 1HGCM82633A004352 has its lights on', {});
    expect(findIdentifiers(ctx).map((finding) => finding.text)).toEqual(['1HGCM82633A004352']);
    const first = createScanContext('ABCDEFGH5JKLMNPRS is parked out front, bay 2', {});
    expect(findIdentifiers(first).map((finding) => finding.text)).toEqual(['ABCDEFGH5JKLMNPRS']);
  });

  it.each([
    ['1HGCM82633A0043521', 'eighteen characters whose first seventeen check out'],
    ['1HGCM82633A00435', 'sixteen characters'],
    ['ABCDEFGHXJKLMNPBD', 'seventeen letters whose check letter X works out'],
  ])('does not take %p (%s) for a VIN', (value) => {
    expect(isValidVin(value)).toBe(false);
  });

  it('blocks a device serial number', () => {
    expect(blocked('an insulin pump (serial number PM4782-11093)', 'device')).toEqual(['PM4782-11093']);
    expect(blocked('Medtronic pacemaker S/N PJN214587H', 'device')).toEqual(['PJN214587H']);
    expect(reported('The north parking lot 104 reopens Monday.', 'device')).toEqual([]);
  });
});

describe('identifiers by any keyword variant: <keyword>[#:. ]+<id> (issue 16)', () => {
  it.each([
    ['SS# 123-45-6789', 'ssn', '123-45-6789'],
    ['SSN#: 123 45 6789', 'ssn', '123 45 6789'],
    ['Med Rec# 00482913', 'mrn', '00482913'],
    ['Med. Rec. No. 7731-2209', 'mrn', '7731-2209'],
    ['EMR: 5521903', 'mrn', '5521903'],
    ['MRN#774120', 'mrn', '774120'],
    ['policy number AB12345678', 'health-plan', 'AB12345678'],
    ['member id: XJH4455201', 'health-plan', 'XJH4455201'],
    ['Health card # 1234-567-890', 'health-plan', '1234-567-890'],
    ['acct. 5521-0087', 'account', '5521-0087'],
    ['Acct nbr: 00911823', 'account', '00911823'],
  ])('blocks %j', (text, category, value) => {
    expect(blocked(text, category as Parameters<typeof blocked>[1])).toEqual([value]);
  });

  it('blocks a bank account number whose check digits hold (IBAN)', () => {
    expect(blocked('Please refund to GB82 WEST 1234 5698 7654 32', 'account')).toEqual([
      'GB82 WEST 1234 5698 7654 32',
    ]);
    expect(blocked('Please refund to GB82WEST12345698765432', 'account')).toEqual(['GB82WEST12345698765432']);
    expect(blocked('Order code GB83 WEST 1234 5698 7654 32', 'account')).toEqual([]);
  });
});

// Mutants of identifiers.ts that no test can kill (Stryker runs of 1 and 2 December; the lines are those of today):
// - identifiers.ts:130 EqualityOperator code <= 57 → code < 57: a 9 is never the character before a VIN (\b) nor among the letters before its first run of digits; a start it cuts short fails VIN's \b as before.
// - identifiers.ts:130 ConditionalExpression code >= 48 → false, EqualityOperator → code > 48: the same for every digit or for 0.
// - identifiers.ts:130 ConditionalExpression code >= 97 → false, EqualityOperator → code > 97, code <= 122 → code < 122: VIN holds no lower-case letter, and none stands before one (\b).
// - identifiers.ts:130 ConditionalExpression code === 95 → false: VIN holds no underscore, and none stands before one (\b).
// - identifiers.ts:145 ConditionalExpression start > 0 → true, start > 0 && run - start < 17 → true, EqualityOperator → start >= 0, LogicalOperator → ||: at start 0, charCodeAt(-1) is NaN and isWordCode(NaN) is false.
// - identifiers.ts:145 ConditionalExpression run - start < 17 → true, EqualityOperator → <= 17: a start more than 16 characters before the run is inside a word longer than a VIN, where VIN's \b fails as at run - 17.
// - identifiers.ts:203 ConditionalExpression check === 10 → false: no digit equals 10, so the last line returns false as well.
// - identifiers.ts:233 EqualityOperator digit > 9 → digit >= 9: a doubled digit is even, never 9.
// - identifiers.ts:235 AssignmentOperator sum += digit → sum -= digit: -sum is a multiple of 10 when sum is (-0 === 0).
// - identifiers.ts:244 ConditionalExpression !pattern → true: a cache; a new RegExp of the same source finds the same matches.
// - identifiers.ts:269 ConditionalExpression `!mayHold(ctx, cues)` → false: a pre-filter; each pattern's keywords hold one of its cues, so a text without any has no match.
// - identifiers.ts:283, 289, 295, 300 ArrayDeclaration [] → ["Stryker was here"]: taken only without a digit; match[0] is "S", which no VIN, NHS, IBAN or card check passes.
// - identifiers.ts:288 StringLiteral 'US' → '': neither is 'GB'.
