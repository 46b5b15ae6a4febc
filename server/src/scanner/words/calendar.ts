// Months and weekdays, in full and abbreviated, lower case.
import { wordList } from './list';

export const MONTHS = wordList(`
  january february march april may june july august september october november december
`);

export const MONTH_ABBREVIATIONS = wordList(`jan feb mar apr jun jul aug sep sept oct nov dec`);

export const WEEKDAYS = wordList(`monday tuesday wednesday thursday friday saturday sunday`);

export const WEEKDAY_ABBREVIATIONS = wordList(`mon tue tues wed thu thur thurs fri sat sun`);
