/** A word list written as text, a few words a line, split on white space: data, not code. */
export const wordList = (text: string): readonly string[] => text.trim().split(/\s+/);
