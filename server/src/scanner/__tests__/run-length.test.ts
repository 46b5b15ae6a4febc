// How long a run of capitalised words may be and still be a person's name: four words, initials and
// particles counted ("Maria del Carmen Lopez", "Mary Ann E. Lopez"); five or more are a heading or an organisation.
import { scan } from '../index';

const names = (text: string) =>
  scan(text)
    .filter((finding) => finding.category === 'name')
    .map((finding) => finding.text);

describe('the length of a name', () => {
  it.each([
    ['Please pray for Maria del Carmen Lopez after her surgery.', 'Maria del Carmen Lopez'],
    ['Please pray for Mary Ann E. Lopez after her surgery.', 'Mary Ann E. Lopez'],
  ])('four words are a name: "%s"', (text, name) => {
    expect(names(text)).toEqual([name]);
  });

  it('five capitalised words in a row are a heading, not a name', () => {
    expect(names('Please pray for Juan Carlos Maria Lopez Garcia after his surgery.')).toEqual([]);
  });
});
