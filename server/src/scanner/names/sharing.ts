// A name without evidence of its own takes the place of the name it is coordinated with or repeats.
import type { ScanContext } from '../context';
import { firstRunWordIn, isRunWord, type NameRun } from './runs';
import type { Token } from './tokens';

// Read from the end of one name: it must reach the next name's start exactly.
const COORDINATION = /\s*(?:and|&)\s*/y;

/** Whether only "and" or "&" (with white space) stands between the two names. */
function areCoordinated(text: string, left: NameRun, right: NameRun): boolean {
  COORDINATION.lastIndex = left.end;
  return COORDINATION.test(text) && COORDINATION.lastIndex === right.start;
}

// "Jess and Marco", "Harold & June Whitaker": a name coordinated with a placed name shares its place.
export function shareAcrossCoordination(ctx: ScanContext, runs: NameRun[]): void {
  for (let index = 0; index + 1 < runs.length; index += 1) {
    const left = runs[index];
    const right = runs[index + 1];
    if (!areCoordinated(ctx.text, left, right)) continue;
    if (left.own && !right.own && left.severity) {
      right.severity = left.severity;
      right.reason = left.reason;
      right.staff = left.staff;
    } else if (right.own && !left.own && right.severity) {
      left.severity = right.severity;
      left.reason = right.reason;
      left.staff = right.staff;
    }
  }
}

// "Keisha Lambert's family ... Keisha died": a repeated name keeps the place it was given; a colleague's
// name wins over any other, since the colleague was introduced as one.
export function shareAcrossMentions(tokens: Token[], runs: NameRun[]): void {
  // Made when the first placed run is met: a post without one builds no map.
  let placed: Map<string, NameRun> | undefined;
  for (const run of runs) {
    if (!run.severity) continue;
    placed ??= new Map();
    // runWords(tokens, run), read from the tokens without building the list.
    for (let index = run.first; index <= run.last; index += 1) {
      if (!isRunWord(tokens[index])) continue;
      const word = tokens[index].lower;
      if (run.staff || !placed.has(word)) placed.set(word, run);
    }
  }
  if (!placed || placed.size === 0) return;
  for (const run of runs) {
    if (run.severity) continue;
    const source = firstRunWordIn(tokens, run, placed);
    if (source) {
      run.severity = source.severity;
      run.reason = source.reason;
      run.staff = source.staff;
    }
  }
}
