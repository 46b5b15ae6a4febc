// Names (Safe Harbor identifier 1): a patient's or relative's name blocks, a colleague's at most warns.
import { makeFinding, sentencesOf, type ScanContext, type Span } from '../context';
import type { Finding, Severity } from '../types';
import { PATIENT_CUE } from './cues';
import { findPatientHashtags } from './hashtags';
import { isOwnerOfNumber, judgeByForm, judgeRun, readRun, staffWordsOf, type Evidence } from './judge';
import { findRecordStyleNames } from './record-style';
import { findRuns, type NameRun } from './runs';
import { shareAcrossCoordination, shareAcrossMentions } from './sharing';
import { tokenise } from './tokens';

/** `identifiers` are the spans of blocking numbers and ages: a person named beside one is their owner. */
export function findNames(ctx: ScanContext, identifiers: Span[] = []): Finding[] {
  const tokens = tokenise(ctx.text, ctx.lower);
  const runs = findRuns(ctx, tokens);
  const readings = runs.map((run) => readRun(ctx, tokens, run));
  const evidence: Evidence = {
    staffWords: staffWordsOf(tokens, runs, readings),
    identifierSentences: sentencesOf(ctx, identifiers),
    postHasPatientCue: PATIENT_CUE.test(ctx.text),
  };
  runs.forEach((run, index) => {
    if (isOwnerOfNumber(ctx, run)) {
      run.severity = 'block';
      run.reason = 'the name of the person a record or account number belongs to';
      run.own = true;
    } else judgeRun(ctx, tokens, run, readings[index], evidence);
  });
  shareAcrossCoordination(ctx, runs);
  shareAcrossMentions(tokens, runs);
  // Again: a repeated name placed just now passes its place on to the names coordinated with it.
  shareAcrossCoordination(ctx, runs);
  runs.forEach((run, index) => {
    if (!run.severity) judgeByForm(ctx, tokens, run, readings[index]);
  });
  shareAcrossMentions(tokens, runs);

  const findings = runs
    .filter((run): run is NameRun & { severity: Severity; reason: string } => !!run.severity && !!run.reason)
    .map((run) => makeFinding(ctx, 'name', run.start, run.end, run.severity, run.reason));
  return [...findings, ...findRecordStyleNames(ctx), ...findPatientHashtags(ctx)];
}
