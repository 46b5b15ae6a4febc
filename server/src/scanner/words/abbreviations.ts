// Abbreviations whose full stop never ends a sentence ("Dr. Lee", "Mt. Hood", "No. 4"), lower case.
import { wordList } from './list';

export const NEVER_ENDS_SENTENCE = wordList(`
  mr mrs ms mx dr st mt jr sr rev prof no vs apt ste ft gen sgt capt lt col hon fr e.g i.e approx dept ext
`);
