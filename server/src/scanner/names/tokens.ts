// Words of a text for the name finder: letters with inner apostrophes and hyphens, a possessive 's apart.

export interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  capitalised: boolean;
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

function isUpper(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    let possessive = false;
    const last = word[word.length - 1];
    if ((last === 's' || last === 'S') && (word[word.length - 2] === "'" || word[word.length - 2] === '’')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (
      last === 's' &&
      (text[match.index + word.length] === "'" || text[match.index + word.length] === '’')
    ) {
      possessive = true;
    }
    // "IDs", "ICU" and other acronyms are not names, "McKay" and "O'Shea" are.
    const capitalised = isUpper(word[0]) && !isUpper(word[1]) && word !== word.toUpperCase();
    tokens.push({
      start: match.index,
      end: match.index + word.length,
      word,
      lower: word.toLowerCase(),
      capitalised,
      possessive,
    });
  }
  return tokens;
}

export function isInitial(text: string, token: Token): boolean {
  return /^\p{Lu}$/u.test(token.word) && text[token.end] === '.';
}
