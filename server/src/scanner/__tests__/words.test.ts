import * as abbreviations from '../words/abbreviations';
import * as calendar from '../words/calendar';
import { LOOK_ALIKES } from '../words/look-alikes';
import * as nameParticles from '../words/name-particles';
import * as notAName from '../words/not-a-name';

const files = { abbreviations, calendar, nameParticles, notAName };

const listsOf = (file: object): [string, readonly string[]][] =>
  Object.entries(file).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));

describe("the scanner's word lists", () => {
  it.each(Object.entries(files))('%s: every word is written once, in lower case', (_name, file) => {
    const lists = listsOf(file);
    expect(lists.length).toBeGreaterThan(0);
    for (const [list, words] of lists) {
      const twice = words.filter((word, index) => words.indexOf(word) !== index);
      expect({ list, twice }).toEqual({ list, twice: [] });
      expect(words.filter((word) => word !== word.toLowerCase() || /\s/.test(word) || word === '')).toEqual(
        [],
      );
    }
  });

  it('puts each word that is not a name in one kind only', () => {
    const kinds = listsOf(notAName);
    const seen = new Map<string, string>();
    const inTwo: string[] = [];
    for (const [kind, words] of kinds) {
      for (const word of words) {
        if (seen.has(word)) inTwo.push(`${word} (${seen.get(word)}, ${kind})`);
        seen.set(word, kind);
      }
    }
    expect(inTwo).toEqual([]);
  });

  it('gives each look-alike one Latin letter or digit, and each of those one entry', () => {
    const latin = LOOK_ALIKES.map((entry) => entry[0]);
    const lookAlikes = LOOK_ALIKES.flatMap((entry) => Array.from(entry).slice(1));
    expect(latin.filter((char) => !/^[A-Za-z0-9]$/.test(char))).toEqual([]);
    expect(latin.filter((char, index) => latin.indexOf(char) !== index)).toEqual([]);
    expect(lookAlikes.filter((char, index) => lookAlikes.indexOf(char) !== index)).toEqual([]);
    expect(lookAlikes.filter((char) => char.charCodeAt(0) < 128)).toEqual([]);
  });
});
