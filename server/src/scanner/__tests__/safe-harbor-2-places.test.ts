// HIPAA Safe Harbor identifier 2: "all geographic subdivisions smaller than a state, including street
// address, city, county, precinct, ZIP code". Policy, rule 9 (patient confidentiality): "staff cannot
// release confidential information about patients ... without authority". Where a person lives blocks; an
// address nothing ties to a person (a venue, a clinic) warns, for a person to check.
import { scan } from '../index';

const PERSONS_ADDRESS = "a person's street address";
const PUBLIC_ADDRESS = 'a street address: check it is a public place';
const PUBLIC_ZIP = 'a ZIP code: check it is a public place';

const places = (text: string): [string, string, string, string][] =>
  scan(text)
    .filter((finding) => finding.category === 'address' || finding.category === 'zip')
    .map((finding) => [finding.category, finding.text, finding.severity, finding.reason]);

describe('Safe Harbor 2: ZIP and postal codes', () => {
  it.each([
    // A ZIP code counts after a state or a label, or in its ZIP+4 form; a bare five-digit number is a count.
    ['Ship to 97322-1234 today', [['zip', '97322-1234', 'warn', PUBLIC_ZIP]]],
    ['Salem, OR 97322', [['zip', '97322', 'warn', PUBLIC_ZIP]]],
    ['Salem, Oregon 97322', [['zip', '97322', 'warn', PUBLIC_ZIP]]],
    ['zip: 97322', [['zip', '97322', 'warn', PUBLIC_ZIP]]],
    ['We raised 97322 dollars', []],
    ['Postcode SW1A 1AA please', [['zip', 'SW1A 1AA', 'warn', PUBLIC_ZIP]]],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('Safe Harbor 2: street addresses, whose they are', () => {
  it.each([
    ['She lives at 12 Oak Street.', [['address', '12 Oak Street.', 'block', PERSONS_ADDRESS]]],
    ['Send flowers to 12 Oak Street.', [['address', '12 Oak Street.', 'block', PERSONS_ADDRESS]]],
    ['The fair is at 12 Oak Street.', [['address', '12 Oak Street.', 'warn', PUBLIC_ADDRESS]]],
    [
      'Our patient lives at 12 Oak Street, Salem, OR 97322.',
      [['address', '12 Oak Street, Salem, OR 97322', 'block', PERSONS_ADDRESS]],
    ],
    [
      'The fair is at 12 Oak Street, Salem, OR 97322.',
      [['address', '12 Oak Street, Salem, OR 97322', 'warn', PUBLIC_ADDRESS]],
    ],
    ['He lives at 12 N Main St.', [['address', '12 N Main St.', 'block', PERSONS_ADDRESS]]],
    ['He lives at 12 21st Ave.', [['address', '12 21st Ave.', 'block', PERSONS_ADDRESS]]],
    ['12 Oak St #4, Salem', [['address', '12 Oak St #4, Salem', 'warn', PUBLIC_ADDRESS]]],
    ['Send cards to P.O. Box 287', [['address', 'P.O. Box 287', 'block', PERSONS_ADDRESS]]],
    ['PSC 0413, Box 8144', [['address', 'PSC 0413, Box 8144', 'warn', PUBLIC_ADDRESS]]],
    // Streets of other languages: the street word after the number, or ending the street's name.
    [
      'She lives at 4410 Brandvej 17, Odense',
      [['address', '4410 Brandvej 17, Odense', 'block', PERSONS_ADDRESS]],
    ],
    ['Søndergade 52, Aarhus', [['address', 'Søndergade 52, Aarhus', 'warn', PUBLIC_ADDRESS]]],
    // A number, a word and a number are a street only when a town or a unit follows.
    ['20789 Allika 46', []],
    ['20789 Allika 46, Tallinn', [['address', '20789 Allika 46, Tallinn', 'warn', PUBLIC_ADDRESS]]],
    ['He lives in Room 4', []],
    // One person placed at the address: their home. A clinic, or patients in the plural, is a public place.
    [
      'Our patient at 1427 Maple Ridge Drive asked us to share her thanks.',
      [['address', '1427 Maple Ridge Drive', 'block', PERSONS_ADDRESS]],
    ],
    [
      'Our clinic at 1427 Maple Ridge Drive is open Saturdays.',
      [['address', '1427 Maple Ridge Drive', 'warn', PUBLIC_ADDRESS]],
    ],
    [
      'Our patients at 1427 Maple Ridge Drive can park for free.',
      [['address', '1427 Maple Ridge Drive', 'warn', PUBLIC_ADDRESS]],
    ],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('Safe Harbor 2: towns', () => {
  it.each([
    [
      'A 35-year-old man from Sweet Home was hurt.',
      [['address', 'Sweet Home', 'block', "a person's town: smaller than a state"]],
    ],
    [
      'She moved here from Tjæreborg.',
      [['address', 'Tjæreborg', 'warn', 'a place a person lives in or goes to: is it smaller than a state?']],
    ],
    // A department of the hospital, a month or a title is not a place.
    ['She moved here from Oncology.', []],
    ['A man from December', []],
    ['A woman from Dr Lee’s team', []],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});
