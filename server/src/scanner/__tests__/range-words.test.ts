// An age is not a range because the word after it merely starts like a range word ("today", "tonight",
// "throughout"): only the whole words "to" and "through" (and the dashes, "and over", "or older", "+")
// make the number one end of a range of ages.
import { scan } from '../index';

const ages = (text: string) =>
  scan(text)
    .filter((finding) => finding.category === 'age')
    .map((finding) => [finding.text, finding.severity]);

describe('an age followed by a word that starts like "to" or "through"', () => {
  it.each([
    ['She is aged 92 today.', 'aged 92'],
    ['Aged 95 tonight, he still walks the ward.', 'Aged 95'],
    ['At the age of 101 tomorrow she will cut the cake.', 'At the age of 101'],
    ['He was aged 93 throughout his stay.', 'aged 93'],
    ['Age: 97 together with her twin.', 'Age: 97'],
  ])('"%s" holds the age "%s", which blocks (over 89)', (text, age) => {
    expect(ages(text)).toEqual([[age, 'block']]);
  });

  it.each([
    'Open to everyone aged 90 to 95.',
    'Residents aged 91 through 99 get the booster.',
    'Guests age 92-99 ride free.',
    'Patients aged 90 and over are seen first.',
    'For those aged 95+ the clinic opens early.',
  ])('"%s" names a range of ages: no person\'s age', (text) => {
    expect(ages(text)).toEqual([]);
  });
});
