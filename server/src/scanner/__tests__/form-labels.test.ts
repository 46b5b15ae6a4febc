// The label of a form's field is not a person's name, whichever name follows it: "Name: Bob" names Bob,
// not "Name" (faker's list of given names holds "Name", and a word before a colon reads as a speaker).
import { scan } from '../index';

const names = (text: string) =>
  scan(text)
    .filter((finding) => finding.category === 'name')
    .map((finding) => finding.text);

describe('a form label before a name', () => {
  it.each([
    ['Name: Bob', ['Bob']],
    ['Name: Bob Smith', ['Bob Smith']],
    ['Surname: Okafor. Forename: Chidi.', ['Okafor', 'Chidi']],
    ['Nickname: Ginny', ['Ginny']],
    ['Signature: Lisa Johnson', ['Lisa Johnson']],
    ['Names: Ana Ruiz and Bob Smith', ['Ana Ruiz', 'Bob Smith']],
  ])('"%s" finds only the name: %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
