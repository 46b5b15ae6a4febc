// HIPAA Safe Harbor identifier 3: "all elements of dates (except year) for dates directly related to an
// individual, including birth date, admission date, discharge date, date of death; and all ages over 89".
// Policy, rule 9 (patient confidentiality): "staff cannot release confidential information about patients
// ... without authority". The tables are the rule written out, not read from the scanner.
import { scan } from '../index';
import type { Finding } from '../types';

const ages = (text: string): [string, string][] =>
  scan(text)
    .filter((finding) => finding.category === 'age')
    .map((finding) => [finding.text, finding.severity]);

describe('Safe Harbor 3: an age over 89 blocks, a younger age only warns', () => {
  it.each([
    ['Happy birthday to our volunteer, aged 89, from all of us.', 'aged 89', 'warn'],
    ['Happy birthday to our volunteer, aged 90, from all of us.', 'aged 90', 'block'],
    ['She is eighty-nine years old today.', 'eighty-nine years old', 'warn'],
    ['She is ninety years old today.', 'ninety years old', 'block'],
    ['She is a hundred years old today.', 'a hundred years old', 'block'],
    ['She is one hundred and two years old today.', 'one hundred and two years old', 'block'],
    ['He is one hundred and ten years old.', 'one hundred and ten years old', 'block'],
    ['She is one hundred and eleven years old.', 'one hundred and eleven years old', 'block'],
    ['She is one hundred and twelve years old.', 'one hundred and twelve years old', 'block'],
    ['She is one hundred years old.', 'one hundred years old', 'block'],
    ['She is eighty years old.', 'eighty years old', 'warn'],
    ['She is eighty-two years old.', 'eighty-two years old', 'warn'],
    ['She is eighty two years old.', 'eighty two years old', 'warn'],
    ['She is one hundred  and two years old.', 'one hundred  and two years old', 'block'],
    ['A patient in her 80s walked out today.', 'in her 80s', 'warn'],
    ['A patient in her 90s walked out today.', 'in her 90s', 'block'],
    // In words after "turn", as in digits; "happy 91st" before "today", "to" or "from" as before punctuation.
    ['Our patient turned ninety-two on the ward this weekend!', 'turned ninety-two', 'block'],
    ['He is turning a hundred and one next week.', 'turning a hundred and one', 'block'],
    ['Wishing Agnieszka a happy 91st today from the rehab unit.', 'happy 91st', 'block'],
  ])('%j: %s is found as %s', (text, age, severity) => {
    expect(ages(text)).toEqual([[age, severity]]);
  });

  it.each([
    ['Ninety-three years young and back on her feet!', 93],
    ['She is ninety-one years old.', 91],
    ['She is one hundred and one years old.', 101],
    ['She is one hundred and ten years old.', 110],
    ['She is one hundred and twelve years old.', 112],
  ])('reads %j as %i', (text, age) => {
    expect(scan(text).map((finding) => finding.reason)).toEqual([
      `an age over 89 (${age}) identifies a person`,
    ]);
  });

  it('reads no age in a number no one reaches, written in words', () => {
    expect(ages('She is one hundred and fifty years old.')).toEqual([]);
  });

  it('finds no age inside the organisation’s own text', () => {
    expect(scan('Riverbend: 90 years young!', { allow: { terms: ['90 years young'] } })).toEqual([]);
  });

  it('says which age it read, in figures, whether written in words or figures', () => {
    const reasons = (text: string) => scan(text).map((finding: Finding) => finding.reason);
    expect(reasons('She is one hundred and two years old today.')).toEqual([
      'an age over 89 (102) identifies a person',
    ]);
    expect(reasons('She is ninety years old today.')).toEqual(['an age over 89 (90) identifies a person']);
    expect(reasons('A patient in her 80s walked out today.')).toEqual([
      "a person's age: with other details it may identify them",
    ]);
  });

  it('reads 125 as an age and 126 as no one’s', () => {
    expect(ages('The record says 125 years old.')).toEqual([['125 years old', 'block']]);
    expect(ages('The record says 126 years old.')).toEqual([]);
  });
});

// An age written partly in words and partly in digits is the same age: the hundreds in words, the rest in
// words or digits, joined by "and", white space or hyphens. Over 89 it identifies; 89 and under it does not.
describe('Safe Harbor 3: an age in words and digits mixed is read whole', () => {
  it.each([
    ['She is one hundred and 5 years old today.', 'one hundred and 5 years old', 'block'],
    ['He is a hundred and 2 years old.', 'a hundred and 2 years old', 'block'],
    ['Our volunteer, aged one hundred 3, still knits.', 'aged one hundred 3', 'block'],
    ['He is a hundred and five years old.', 'a hundred and five years old', 'block'],
    ['She is one hundred seven years old.', 'one hundred seven years old', 'block'],
    ['Our one-hundred-and-4-year-old patient went home.', 'one-hundred-and-4-year-old', 'block'],
    ['Our one-hundred-four-year-old patient went home.', 'one-hundred-four-year-old', 'block'],
    ['She is one hundred and twenty-two years old.', 'one hundred and twenty-two years old', 'block'],
    ['She is ninety-3 years old.', 'ninety-3 years old', 'block'],
    ['She is eighty-9 years old today.', 'eighty-9 years old', 'warn'],
    ['She is eighty 9 years old today.', 'eighty 9 years old', 'warn'],
  ])('%j: %s is found as %s', (text, age, severity) => {
    expect(ages(text)).toEqual([[age, severity]]);
  });

  it.each([
    ['She is one hundred and 5 years old today.', 105],
    ['He is a hundred and 2 years old.', 102],
    ['Aged one hundred 3, she still knits.', 103],
    ['Our one-hundred-and-4-year-old patient went home.', 104],
    ['She is one hundred and fifteen years old.', 115],
    ['She is one hundred and twenty-two years old.', 122],
    ['She is one hundred and 22 years old.', 122],
    ['She is ninety-3 years old.', 93],
  ])('reads %j as %i', (text, age) => {
    expect(scan(text).map((finding) => finding.reason)).toEqual([
      `an age over 89 (${age}) identifies a person`,
    ]);
  });

  it.each([
    // A count of people, not an age.
    'One hundred and 5 volunteers ran the 5K for our cancer center.',
    // A count in words of people whose age is in digits: such an age is written all in digits.
    'We vaccinated a hundred 5-year-old children this week.',
    'Ninety 4-year-old kids came to the safety fair.',
    // A number no one reaches.
    'The bell tower is one hundred and 50 years old.',
  ])('reads no age over 89 in %j', (text) => {
    expect(ages(text)).toEqual([]);
  });
});

const dates = (text: string): [string, string][] =>
  scan(text)
    .filter((finding) => finding.category === 'date')
    .map((finding) => [finding.text, finding.severity]);

describe('Safe Harbor 3: a person’s dates block; history, events and statistics do not', () => {
  it.each([
    ['He was born May 12, 1900 in Salem.', [['May 12, 1900', 'block']]],
    // A date before 1900 is history, not a living patient's.
    ['He was born May 12, 1899 in Salem.', []],
    ['He was admitted in December.', [['December', 'block']]],
    ['The clinic opens in December.', []],
    // A month and a year with nothing saying whose: a person judges it.
    ['The clinic opened in December 2023.', [['December 2023', 'warn']]],
    // A count of people is a statistic, before or after the event's word.
    ['214 patients were admitted on Feb. 12.', []],
    // A range is a period of the organisation's, not one person's day.
    ['We saw them from March 1 to March 15 this year.', []],
    ['Open March 1 - 15 for flu shots.', []],
    // A date in a sentence about a named patient is theirs; the same date alone is no one's.
    ['Please keep Marisol Vega-Duarte in your prayers, see you on March 3.', [['March 3', 'block']]],
    ['See you on March 3.', []],
    // A word of care in another sentence says nothing of this date.
    ['He was admitted yesterday. The fair is on March 3.', []],
    ['See you on March 3. We opened in 1995.', []],
    // A period: "from" a date, or a date and a range after it.
    ['Admitted from March 1 onward.', []],
    ['From March 1, 2024 our clinic opens on Sundays.', []],
    ['He was admitted March 1 - 15 for rehab.', []],
    ['He was admitted on March 1 and 15 for rehab.', []],
    // A year elsewhere in the post is not this date's year.
    ['Our hospital opened in 1852. He was born on May 12, 1990.', [['May 12, 1990', 'block']]],
    // A count of people far before the word of care is not this person's.
    [
      'Of our 3,412 babies this year, the smallest, little Ava, was born on May 3, 2024.',
      [['May 3, 2024', 'block']],
    ],
    // A month in lower case between a day and a year is a month ("born 25 jun 1933"); elsewhere a word.
    ['He was born 25 jun 1933 in Salem.', [['25 jun 1933', 'block']]],
    ['DOB: 3 sept. 2001', [['3 sept. 2001', 'block']]],
    ['Born 14 march, 1990, she turns 35.', [['14 march, 1990', 'block']]],
    ['The clinic opened 5 march 2020.', [['5 march 2020', 'warn']]],
    ['He was admitted, see you 25 jun.', []],
    ['He was admitted: 2 may be late, 4 decks 2020.', []],
    // A date of service is a patient's date.
    ['DOS: 03/14/2024', [['03/14/2024', 'block']]],
    // A day, a month's name and a year as records print them, in any case, with hyphens or slashes.
    ['Admission date: 14-Oct-2025. Patient: K. Brennan.', [['14-Oct-2025', 'block']]],
    ['DOB 03-MAR-1931', [['03-MAR-1931', 'block']]],
    ['Admitted 14 OCT 2025', [['14 OCT 2025', 'block']]],
    ['Discharged 2/nov/2025', [['2/nov/2025', 'block']]],
    ['Our OCT 2025 newsletter: 14 NEW nurses!', []],
    // A place named by the event ("surgery center") is no event: its dates are the place's.
    ['The surgery center will be closed 12/24 and 12/25.', []],
    ['Our stroke team saw him on 11/17/2025.', [['11/17/2025', 'block']]],
    // "(d. …)", "(b. …)": died, born, though the abbreviation's stop reads as a sentence's end.
    ['Sadly, patient Rita Gomez (d. 11/22/2025) was loved by all.', [['11/22/2025', 'block']]],
    ['Our founder Ruth Ames (b. 3/9/1931) visited.', [['3/9/1931', 'block']]],
    [
      'Please tell me your date of birth. It is 11/3/1995, thanks a lot for your patience with all of this paperwork today.',
      [['11/3/1995', 'block']],
    ],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  // The white space after "from" is no part of the word: a period however much of it there is.
  it.each([1, 30])('"Admitted from" and %i spaces before the date: a period, no person’s date', (spaces) => {
    expect(dates(`Admitted from${' '.repeat(spaces)}March 1 onward.`)).toEqual([]);
    expect(dates(`Seen between${' '.repeat(spaces)}March 1, 2024 and the end of May.`)).toEqual([]);
  });

  it('says which word made the date a person’s, in lower case', () => {
    expect(scan('He was Admitted on 11/28.').map((finding) => finding.reason)).toEqual([
      'a date next to "admitted": a person\'s dates are identifiers',
    ]);
    expect(
      scan('Please keep Marisol Vega-Duarte in your prayers, see you on March 3.')
        .filter((finding) => finding.category === 'date')
        .map((finding) => finding.reason),
    ).toEqual(["a date in a sentence about a patient: a patient's dates are identifiers"]);
    expect(scan('Pt DOB 04/17/1958, see chart.').map((finding) => finding.reason)).toEqual([
      'a date of birth, admission or discharge',
    ]);
    expect(scan('The clinic opened in December 2023.').map((finding) => finding.reason)).toEqual([
      "a full date: check it is not a person's",
    ]);
  });

  it('finds no date inside the organisation’s own text', () => {
    expect(scan('He was admitted on March 3.', { allow: { terms: ['March 3'] } })).toEqual([]);
  });
});
