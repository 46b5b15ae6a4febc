// Streets named before a street word written in lower case, then the house number, as Hungarian, Norwegian,
// Swedish or Danish addresses are written ("Erzsébet tér 19.", "Karl Johans gate 22"): an address. The
// same words after no name ("at gate 5", "The gate 5") are not.
import { findAddressesAndZipCodes } from '../address-and-zip';
import { createScanContext } from '../context';
import { scan } from '../index';

const addresses = (text: string) =>
  scan(text)
    .filter((finding) => finding.category === 'address')
    .map((finding) => finding.text);

describe('a lower-case street word between the street name and the number', () => {
  it.each([
    // The stop after a house number or a town is read with it, as for every address the scanner reads on.
    ['She lives at Erzsébet tér 19.', 'Erzsébet tér 19.'],
    ['Send cards to Kossuth Lajos utca 5, Budapest.', 'Kossuth Lajos utca 5, Budapest.'],
    ['His flat is at Karl Johans gate 22, Oslo.', 'Karl Johans gate 22, Oslo.'],
    ['Home: Storgatan vei 7', 'Storgatan vei 7'],
    // A name of one letter, even where the text starts ("B utca", Budapest's lettered streets).
    ['B utca 5, Budapest.', 'B utca 5, Budapest.'],
  ])('"%s" holds the address "%s"', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each(['Meet us at gate 5 for the shuttle.', 'The gate 5 entrance is closed today.'])(
    '"%s" holds no address',
    (text) => {
      expect(addresses(text)).toEqual([]);
    },
  );
});

// Streets read from a number in either direction, with capitals and spaces beyond ASCII, particles between
// the words, and punctuation that keeps a word from a number.
describe('streets read around a number, in ASCII and beyond it', () => {
  it.each([
    ['She lives at Østergade 14 in Aarhus.', 'Østergade 14'],
    ['Home: 12 Åkervägen, Umeå.', '12 Åkervägen, Umeå.'],
    ['Home: 12 ÉTOILEGADE', '12 ÉTOILEGADE'],
    ['Home: 7 de Koskikatu', '7 de Koskikatu'],
    ['Home: 12\tKoskikatu', '12\tKoskikatu'],
    ['Home: 12\u2003Koskikatu', '12\u2003Koskikatu'],
    ['Lives at Ørstedsvej. 4', 'Ørstedsvej. 4'],
    ['Home: Kotipolku 5', 'Kotipolku 5'],
    ['Home: KOTIPOLKU. 5', 'KOTIPOLKU. 5'],
    ['Home: 5 Kotipolku', '5 Kotipolku'],
  ])('"%s" holds the address "%s"', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    'Home: 12 ålandsvägen',
    'Send cards to 3,Rue des Lilas.',
    'Home: 4,Koskikatu',
    // A street ending is a word's ending: the bare "Polku" and a lower-case "kotipolku" are not streets.
    'Home: Polku 5',
    'Home: 5 Polku',
    'Home: kotipolku 5',
  ])('"%s" holds no address', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});

// Where a street found from a number starts and ends, and which of the streets that overlap is the one read.
describe('the bounds of a street read around a number', () => {
  it.each([
    // A number at the very start of the text is read as any other.
    ['12 Kotipolku is where she lives.', ['12 Kotipolku']],
    // "ul." right before the number is the street word, even with no capitalised name before it.
    ['write to her at ul. 12', ['ul. 12']],
    // A unit written without a comma is part of the address.
    ['Home: Kotipolku 5 Apt 3', ['Kotipolku 5 Apt 3']],
    // At most four lines of town, region, country and code are read after a street.
    ['Home: Kotipolku 5, Oulu, Pohjois, Suomi, Europa, Maa', ['Kotipolku 5, Oulu, Pohjois, Suomi, Europa']],
    // A street read from the number after it, then again from the number before it, is one address.
    ['Home: 5 Kotipolku 7', ['5 Kotipolku 7']],
    // Of two streets read from the same number, the longer is the address: "12 Koskikatu Ave" and
    // "12 Koskikatu Ave 5" are one street, read to its house number.
    ['Home: 12 Koskikatu Ave 5', ['12 Koskikatu Ave 5']],
    // Streets are read in the order of the text: an earlier foreign street is not hidden by a later one.
    ['Home: Kotipolku 5 and 12 Main Street', ['Kotipolku 5', '12 Main Street']],
    // A street word needs no more than four place words between it and the number.
    ['Home: ul. Jana Pawła Drugiego Wielkiego 5', []],
    // A word is read whole, however long: a street ending in a word of 42 letters that opens in lower case,
    // whose 40 last letters open with a capital, is not a street's.
    ['Home: xyK' + 'a'.repeat(30) + 'kotipolku 5', []],
    ['Home: K' + 'a'.repeat(40) + 'kotipolku 5', ['K' + 'a'.repeat(40) + 'kotipolku 5']],
    // A number is read once: of three numbers in a row, the first two are one, and the street follows the third.
    ['Home: 12 34 56 Kotipolku', ['56 Kotipolku']],
  ])('"%s" holds the addresses %j', (text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });
});

describe("a person's town after a preposition", () => {
  it.each([
    ['She moved to Springfield.. last year', ['Springfield']],
    ['She moved to Mt. Vernon last year', ['Mt. Vernon']],
  ])('"%s" holds the town %j', (text, expected) => {
    expect(addresses(text)).toEqual(expected);
  });
});

describe("the reason given for a patient's address, ZIP code and town", () => {
  const NAME = "a patient's or relative's name: a patient is not named without written consent";
  it.each([
    [
      'Tom Briggs was treated in our ER. He lives at 12 Main Street, Springfield and his zip is 62704.',
      [
        ['name', 'Tom Briggs', 'block', NAME],
        ['address', '12 Main Street', 'block', "a person's street address"],
        ['zip', '62704', 'block', "a person's ZIP code"],
      ],
    ],
    [
      'Tom Briggs was treated in our ER after he moved here from Tjæreborg.',
      [
        ['name', 'Tom Briggs', 'block', NAME],
        ['address', 'Tjæreborg', 'block', "a patient's town: smaller than a state"],
      ],
    ],
    [
      'Mail for the clinic goes to zip 62704.',
      [['zip', '62704', 'warn', 'a ZIP code: check it is a public place']],
    ],
  ])('"%s" gives the findings %j', (text, expected) => {
    expect(scan(text).map((f) => [f.category, f.text, f.severity, f.reason])).toEqual(expected);
  });
});

// The address detector itself, before the scan merges what overlaps: one finding for one stretch of text.
describe('one finding for each stretch of an address, from the address detector', () => {
  const detected = (text: string) =>
    findAddressesAndZipCodes(createScanContext(text, {}), []).map((finding) => finding.text);

  it.each([
    // A street read from the number after it, then again from the number before it, is one address.
    ['Home: 5 Kotipolku 7', ['5 Kotipolku 7']],
    // A town in a street address is part of that address, not a second finding.
    ['She lives in Kotipolku 5', ['Kotipolku 5']],
  ])('"%s" holds the addresses %j', (text, expected) => {
    expect(detected(text)).toEqual(expected);
  });

  // A town is the patient's when it follows the patient's name, with only spaces and commas between: a word
  // between the name and "of" ("Tom Briggs, now of Beaverton") is another clause, not the patient's town.
  it.each([
    ['Tom Briggs of Beaverton thanks us.', ['Beaverton']],
    ['Tom Briggs, of Beaverton, thanks us.', ['Beaverton']],
    ['Tom Briggs, now of Beaverton, thanks us.', []],
  ])('with the patient "Tom Briggs", "%s" holds the towns %j', (text, expected) => {
    const towns = findAddressesAndZipCodes(createScanContext(text, {}), [{ start: 0, end: 10 }]);
    expect(towns.map((town) => town.text)).toEqual(expected);
  });
});

// Mutants of address-and-zip.ts (from line 321) that no test can kill (Stryker run of 2 December, code of today):
// - address-and-zip.ts:380 UnaryOperator → `firstEnd === +1`: a first word ending at 1 is one character, never a street word nor a place word with a street word before it; and firstEnd -1 still fails (charCodeAt(-1) is NaN), so the answer is undefined either way.
// - address-and-zip.ts:380 ConditionalExpression → `false` (whole test, and `firstEnd === -1` alone): a pre-filter; with no word before (-1) wordBefore is undefined, and a word whose first character may not open a street word fails every test below it (no street ending, not in the sets, no place word).
// - address-and-zip.ts:380 LogicalOperator → `firstEnd === -1 && ...`: the same pre-filter switched off; the tests below give the same undefined.
// - address-and-zip.ts:465 ArrayDeclaration → `["Stryker was here"]`: `seen` is never added to; a string has no start nor end, so covers() is false as for the empty index.
// - address-and-zip.ts:468 StringLiteral → `mayHold(ctx, [""])`: a pre-filter; "" is in every cue list, so both box patterns are always tried, and without "box" in the text they match nothing.
// - address-and-zip.ts:496 ArrowFunction → `() => undefined`, ConditionalExpression → `false`, StringLiteral → `""`: a ZIP in the sentence where a blocked address starts is blocked by residentialSeverity anyway (that sentence holds a residential word or is a patient's, the two reasons an address is blocked), so nearBlockedAddress never changes a severity.
// - address-and-zip.ts:499 ConditionalExpression → `true`, LogicalOperator → `||`: pre-filters; LABELLED_POSTAL_CODE matches only where one of POSTAL_CODE_LABELS is written, and each holds "zip" or "post".
// - address-and-zip.ts:566 EqualityOperator → `from >= 0`, ConditionalExpression → `true`: at from 0, text[-1] is undefined and /[\s,]/ finds no space nor comma in "undefined", so the loop stops there as before.
