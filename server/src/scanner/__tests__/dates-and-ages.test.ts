import { blocked, reported } from './checked-scan';
import { createScanContext } from '../context';
import { findAges, findDates } from '../dates-and-ages';

describe('dates', () => {
  it.each([
    ['Pt DOB 04/17/1958, see chart.', '04/17/1958'],
    ['He was admitted on 11/28 with RSV and is home now.', '11/28'],
    ['Baby Thomas arrived at 3:14 a.m. on February 9, weighing 8 lb.', 'February 9'],
    ['Mr. Voss, a member of our rehab group, died on March 8.', 'March 8'],
    ['She passed away on the 19th of July, surrounded by family.', '19th of July'],
    ['He was discharged on 12 April 2024 and rode a bike today.', '12 April 2024'],
    ['Our new arrival was born on Christmas Eve 2024 at 24 weeks.', 'Christmas Eve 2024'],
    ['He was brought to our ED unconscious on 2025-01-14.', '2025-01-14'],
    ['Our stroke team saved Mr. Fenwick’s life on Nov. 17.', 'Nov. 17'],
  ])('blocks a person’s date in %j', (text, date) => {
    expect(blocked(text, 'date')).toEqual([date]);
  });

  it.each([
    'Join us Saturday, May 17 from 9 a.m. for our free Community Health Fair.',
    'All clinics will be closed Tuesday, Jan. 14 due to the ice storm.',
    'Our ER admitted 214 patients during the snowstorm on Feb. 12.',
    'If you were treated at our Eastside clinic between March 1 and March 15, please read this notice.',
    'Florence Nightingale was born May 12, 1820 in Florence, Italy.',
    'Our Emergency Department remains open 24/7.',
    'Since Jan. 1, 3,412 babies have been born at Riverbend.',
  ])('does not report an event’s or a statistic’s date in %j', (text) => {
    expect(reported(text, 'date')).toEqual([]);
  });
});

describe('ages', () => {
  it.each([
    ['The oldest person we treated, aged 92, went home today.', 'aged 92'],
    ['Happy 104th birthday to our patient on 5 West!', '104th birthday'],
    ['Ninety-three years young and back on her feet after hip surgery!', 'Ninety-three years young'],
    ['So grateful for Hector Luna, 101 years old and still the funniest man on our floor.', '101 years old'],
    ['Today we said goodbye to Gus Thibodeaux, 91, who fought ALS.', '91'],
    ["She's 97 and just finished physical therapy!", "She's 97"],
    ['Join us in wishing Grandpa Leon a happy 99th!', 'happy 99th'],
  ])('blocks an age over 89 in %j', (text, age) => {
    expect(blocked(text, 'age')).toEqual([age]);
  });

  it.each([
    'Adults aged 50 to 74 should be screened for colorectal cancer.',
    'Adults 90 and older are the fastest-growing age group in our county.',
    'Happy 100th anniversary, Riverbend!',
    'Our 95-year-old hospital building gets a new roof this summer.',
    'People aged 90 and over can book a home visit.',
  ])('does not report %j', (text) => {
    expect(reported(text, 'age')).toEqual([]);
  });

  it.each([
    ['A 35-year-old man was treated for a broken arm.', '35-year-old'],
    ['Pt is a 45 y/o female with a history of asthma', '45 y/o'],
    ['My father retired at the age of 61', 'at the age of 61'],
    ["My birthday is on Sunday. I'll turn 23.", "I'll turn 23"],
    ['He just turned 46 years old', '46 years old'],
    ['Written when he was 78.', 'he was 78'],
  ])('finds an age under 90 given with a person, as a warning: %j', (text, age) => {
    const findings = reported(text, 'age');
    expect(findings.map((finding) => finding.text)).toContain(age);
    expect(findings.every((finding) => finding.severity === 'warn')).toBe(true);
  });
});

describe('dates found by their form (issue 16)', () => {
  it.each([
    ['Please tell me your date of birth. It is 11/3/1995', '11/3/1995'],
    ['What is your DOB? Mine is 1988-02-14.', '1988-02-14'],
    ['When was she born? She told us: March 3, 1972.', 'March 3, 1972'],
  ])('blocks a date of birth given in the sentence after the question: %j', (text, date) => {
    expect(blocked(text, 'date')).toContain(date);
  });

  it.each([
    ['When: 2000-04-16 11:34:35', '2000-04-16 11:34:35'],
    ['It has been like that since 12/1/1981', '12/1/1981'],
    ['The letter was dated 4 June 2019.', '4 June 2019'],
  ])('warns for a full date nothing places: %j', (text, date) => {
    const findings = reported(text, 'date');
    expect(findings.map((finding) => [finding.text, finding.severity])).toEqual([[date, 'warn']]);
  });

  it('does not block an anniversary date in the sentence after a birthday', () => {
    const text = 'Happy 100th birthday to our hospital! We opened our doors on June 6, 1926.';
    expect(blocked(text, 'date')).toEqual([]);
  });
});

// The date patterns are tried only where a date can start (a run of digits, a month's first letters, a
// holiday's first word): each kind of start, and dates next to each other.
describe('dates at each place one can start', () => {
  it.each([
    ['She was born on Juneteenth 2019.', ['Juneteenth 2019']],
    ["He was admitted on St. Patrick's Day.", ["St. Patrick's Day"]],
    ["He was admitted on St Patrick's Day 2023.", ["St Patrick's Day 2023"]],
    ['He was admitted on the Fourth of July.', ['Fourth of July']],
    ["She was born on New Year's Eve 1999.", ["New Year's Eve 1999"]],
    ['He was admitted in mid- March 2023 and discharged in late April.', ['March 2023', 'April']],
    ['She was born 3 March 2020 and died in March 2021.', ['3 March 2020', 'March 2021']],
    ['He died Sept. 3, 2021, at home.', ['Sept. 3, 2021']],
    [
      'He was admitted on Juneteenth, discharged on 6/24 and seen again on 2024-07-01.',
      ['Juneteenth', '6/24', '2024-07-01'],
    ],
    ['Dad was admitted through December, and mid-January he went home.', ['December']],
    // A date in numbers before a date in words: each is found, in the order written.
    ['He was admitted on 6/24 and discharged on July 2.', ['6/24', 'July 2']],
    // A count right after a date is not a second date read from the date's month ("March 12").
    ['He was admitted on 5 March 12 days after his fall.', ['5 March']],
  ])('blocks the dates in %j', (text, dates) => {
    expect(blocked(text, 'date')).toEqual(dates);
  });
});

// "she's 97", "he just turned 101" are tried where the digits start and read back to their words: the
// finding starts where a search from the left would start it.
describe('ages read back from their digits', () => {
  it.each([
    ['She just turned 95 today!', ['She just turned 95']],
    ['The just turned 95 group.', ['turned 95']],
    ['Ashe turned 95 today.', ['turned 95']],
    ['He turns  92 next week.', ['He turns  92']],
    ['Our Rose: she’s 101!', ['she’s 101']],
    ["She's 97 and he's 98.", ["She's 97", "he's 98"]],
    ['Turning 100 is a feat!', ['Turning 100']],
    ['Mom, she turning 90 soon.', ['turning 90']],
    ['The he is 93 case.', ['he is 93']],
    ["Ruth, who's 95 and she's  96.", ["she's  96"]],
  ])('blocks the ages in %j', (text, ages) => {
    expect(blocked(text, 'age')).toEqual(ages);
  });
});

describe('ages after "at the age of", "aged" and "was", read back from their digits', () => {
  it.each([
    ['She died at the age of 61.', ['at the age of 61']],
    ['That the age of 95 matters.', []],
    ['Mrs. Lee, aged  101 and proud.', ['aged  101']],
    ['aged 90 to 95', []],
    ['I was 91.', ['I was 91']],
    ['When she was 78.', ['she was 78']],
    ['Ashe was 93.', []],
    ['Hi was 95.', []],
    ['He was 1234.', []],
    ['He was 95 and she was 96!', ['she was 96']],
  ])('finds the ages in %j', (text, ages) => {
    expect(reported(text, 'age').map((finding) => finding.text)).toEqual(ages);
  });
});

describe('ages after "turn", read back from their digits', () => {
  it.each([
    ["I'll turn 23.", ["I'll turn 23"]],
    ['She will turn 95, she says.', ['She will turn 95']],
    ["They'll turn 91 years old.", ["They'll turn 91", '91 years old']],
    ['Return 95 items.', []],
    ['Ashe will turn 93!', ['turn 93']],
    ['We turn 94.', ['turn 94']],
    ['They will turn 100; we celebrate.', ['They will turn 100']],
  ])('finds the ages in %j', (text, ages) => {
    expect(reported(text, 'age').map((finding) => finding.text)).toEqual(ages);
  });
});

// findDates and findAges read the text they are given, whether or not scan() has normalised it first.
describe('findDates and findAges on the text as given', () => {
  it.each([
    ['4/17/1958 is written on the back of the May 2 letter.', ['4/17/1958']],
    ['12/1/1981: she was born that night, on Dec 1.', ['12/1/1981', 'Dec 1']],
  ])('finds each date once, a date that opens the text too: %j', (text, dates) => {
    const found = findDates(createScanContext(text, {}), []);
    expect(found.map((finding) => finding.text)).toEqual(dates);
  });

  it.each([
    // U+2010 HYPHEN, as word processors write it: the same age as with "-".
    ['Grandma Ida is ninety\u2010three years young today.', 'ninety\u2010three years young'],
    ['Walt, eighty\u2010one years old, went home.', 'eighty\u2010one years old'],
    ['Ida is ninety\u20103 years young today.', 'ninety\u20103 years young'],
    ['Ida is one\u2010hundred\u2010and\u20105 years old.', 'one\u2010hundred\u2010and\u20105 years old'],
  ])('reads an age written with a Unicode hyphen: %j', (text, age) => {
    const found = findAges(createScanContext(text, {}));
    expect(found.map((finding) => finding.text)).toEqual([age]);
  });
});

// Mutants of dates-and-ages.ts that no test can kill (Stryker run of 2 December, code of 4ace7d6):
// - dates-and-ages.ts:98 MethodExpression (the last `.slice(-' between'.length)` left out) and StringLiteral `' between'` → `""` (slice(-0) keeps all): RANGE_AROUND_BEFORE is anchored at the end and its \b reads one character before "between", which the cut keeps, so the whole sentence before gives the same answer.
// - dates-and-ages.ts:156 ArrayDeclaration → ["Stryker was here"]: a start that is not a number tries position 0 (lastIndex NaN → 0) before the first real start, where a match is one the first start finds or skips anyway.
// - dates-and-ages.ts:160 ConditionalExpression `i < a.length` → true: past the end of `a`, `a[i] <= b[j]` compares undefined and is false, so `b` is taken as before.
// - dates-and-ages.ts:160 EqualityOperator `i < a.length` → `i <= a.length`: the same, `a[a.length]` is undefined.
// - dates-and-ages.ts:160 EqualityOperator `a[i] <= b[j]` → `a[i] < b[j]`: a run of digits and a month's or holiday's first word never start at the same index.
// - dates-and-ages.ts:329 ConditionalExpression `cues && !mayHold(ctx, cues)` → false: each pattern's cues are in every text it matches (the text lower-cased; under /i without u no other letter matches an ASCII one).
