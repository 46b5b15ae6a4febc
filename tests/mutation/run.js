// `npm run test:mutation [area...]`: StrykerJS over one area or, without an argument, every area, one
// after the other. Slow (minutes per area), so not part of `npm test`. Reports: reports/mutation/<area>/.
const { spawnSync } = require('child_process');
const path = require('path');

const AREAS = ['compliance', 'scanner', 'scheduling', 'gate'];
const root = path.resolve(__dirname, '..', '..');
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !AREAS.includes(name));
if (unknown.length) {
  console.error(`Unknown area ${unknown.join(', ')}: choose among ${AREAS.join(', ')}.`);
  process.exit(2);
}

let failed = false;
for (const name of asked.length ? asked : AREAS) {
  process.stdout.write(`\n=== mutation testing: ${name} ===\n`);
  const run = spawnSync('npx', ['stryker', 'run', path.join('tests', 'mutation', `${name}.config.mjs`)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
