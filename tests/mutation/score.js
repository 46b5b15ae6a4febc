// The mutation score of one or more Stryker JSON reports added up, as Stryker counts it:
// (killed + timeout) / (killed + timeout + survived + no coverage). Compile errors, runtime errors and
// ignored (static, when left out) mutants are not in it. Used by run.js to print each area's figure;
// `node tests/mutation/score.js <mutation.json...>` prints the score and every mutant that lived.
const fs = require('fs');

const COUNTED = ['Killed', 'Timeout', 'Survived', 'NoCoverage'];

/** Counts of each status over the reports' mutants, and the score (null when nothing was counted). */
const score = (reportFiles) => {
  const counts = {};
  for (const file of reportFiles) {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const { mutants } of Object.values(report.files)) {
      for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
    }
  }
  const [killed, timeout, survived, noCoverage] = COUNTED.map((status) => counts[status] ?? 0);
  const counted = killed + timeout + survived + noCoverage;
  return { counts, score: counted ? (100 * (killed + timeout)) / counted : null };
};

/** Each survived or uncovered mutant of the reports: `file:line:column status mutator: replacement`. */
const survivors = (reportFiles) =>
  reportFiles.flatMap((file) =>
    Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')).files).flatMap(([source, { mutants }]) =>
      mutants
        .filter(({ status }) => status === 'Survived' || status === 'NoCoverage')
        .map(
          ({ location: { start }, status, mutatorName, replacement }) =>
            `${source}:${start.line}:${start.column} ${status} ${mutatorName}: ${JSON.stringify(replacement)}`,
        ),
    ),
  );

if (require.main === module) {
  const files = process.argv.slice(2);
  const { counts, score: value } = score(files);
  process.stdout.write(
    `${survivors(files).join('\n')}\n\nscore ${value?.toFixed(2) ?? '-'} % ${JSON.stringify(counts)}\n`,
  );
}

module.exports = { score, survivors };
