// How the picture set is scored, the same for its test and the benchmark. OCR may misread a character,
// so a labelled PHI span is found when a blocking finding holds most of its words (a word may differ by
// one character); a clean picture is a false alarm when anything blocks it.
'use strict';

const words = (text) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length > 1);

function withinOneEdit(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function spanFound(label, findings) {
  const wanted = words(label.text);
  return findings
    .filter((finding) => finding.severity === 'block')
    .some((finding) => {
      const got = words(finding.text);
      const matched = wanted.filter((word) => got.some((other) => withinOneEdit(word, other))).length;
      return matched * 2 >= wanted.length && matched > 0;
    });
}

/** `results`: [{ picture, findings }] → recall of PHI spans, false alarms among clean pictures. */
function score(results) {
  let spans = 0;
  let found = 0;
  let clean = 0;
  let falseAlarms = 0;
  const missed = [];
  const alarms = [];
  for (const { picture, findings } of results) {
    if (picture.hasPhi) {
      for (const label of picture.phi) {
        spans += 1;
        if (spanFound(label, findings)) found += 1;
        else missed.push({ id: picture.id, ...label });
      }
    } else {
      clean += 1;
      const blocking = findings.filter((finding) => finding.severity === 'block');
      if (blocking.length) {
        falseAlarms += 1;
        alarms.push({ id: picture.id, findings: blocking.map((f) => `${f.category}: ${f.text}`) });
      }
    }
  }
  return {
    spans,
    found,
    recall: spans ? found / spans : 1,
    clean,
    falseAlarms,
    falseAlarmRate: clean ? falseAlarms / clean : 0,
    missed,
    alarms,
  };
}

module.exports = { score, spanFound };
