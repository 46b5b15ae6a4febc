// `npm run test:mutation [area...]`: StrykerJS over one area or, without an argument, every area, one
// after the other, then each area's score against its goal. Slow (minutes per area), so not part of
// `npm test`. Reports: reports/mutation/<area>/. Exits non-zero when a run fails or a score misses its goal.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { score } = require('./score');

// Issue 15's goals; the gate has none of its own.
const GOALS = { compliance: 90, scanner: 80, scheduling: 80, gate: null };
const root = path.resolve(__dirname, '..', '..');
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in GOALS));
if (unknown.length) {
  console.error(`Unknown area ${unknown.join(', ')}: choose among ${Object.keys(GOALS).join(', ')}.`);
  process.exit(2);
}

const stryker = (name, env = {}) =>
  spawnSync('npx', ['stryker', 'run', path.join('tests', 'mutation', `${name}.config.mjs`)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  }).status === 0;

const reportOf = (name) => path.join(root, 'reports', 'mutation', name, 'mutation.json');

const main = async () => {
  let failed = false;
  const lines = [];
  for (const name of asked.length ? asked : Object.keys(GOALS)) {
    // The scanner runs in parts (scanner.config.mjs says why) unless STRYKER_SCANNER_PART names one.
    const onePart = process.env.STRYKER_SCANNER_PART;
    const parts =
      name === 'scanner'
        ? onePart
          ? [onePart]
          : Object.keys((await import('./scanner.config.mjs')).PARTS)
        : [null];
    const reports = [];
    for (const part of parts) {
      const label = part ? `${name} (${part})` : name;
      process.stdout.write(`\n=== mutation testing: ${label} ===\n`);
      if (!stryker(name, part ? { STRYKER_SCANNER_PART: part } : {})) failed = true;
      reports.push(reportOf(part ? `${name}/${part}` : name));
    }
    const found = reports.filter((file) => fs.existsSync(file));
    const { counts, score: value } = score(found);
    const goal = GOALS[name];
    const missed = value === null || (goal !== null && value < goal);
    if (goal !== null && missed) failed = true;
    const of = onePart && name === 'scanner' ? ` (part ${onePart} only)` : '';
    lines.push(
      `${name}${of}: ${value === null ? 'no score' : `${value.toFixed(2)} %`}` +
        (goal === null ? '' : ` (goal ≥ ${goal} %: ${missed ? 'missed' : 'met'})`) +
        ` — ${JSON.stringify(counts)}`,
    );
  }
  process.stdout.write(`\n=== mutation scores ===\n${lines.join('\n')}\n`);
  process.exit(failed ? 1 : 0);
};

main();
