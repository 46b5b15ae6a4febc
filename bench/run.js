// `npm run bench`: every benchmark in this folder, one after the other, each printing JSON lines.
// BENCH=scanner,gate runs a selection.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const selected = process.env.BENCH ? process.env.BENCH.split(',') : null;
const benches = fs
  .readdirSync(__dirname)
  .filter((file) => file.endsWith('.js') && file !== 'run.js')
  .map((file) => file.replace(/\.js$/, ''))
  .filter((name) => !selected || selected.includes(name));

let failed = false;
for (const name of benches) {
  process.stderr.write(`\n=== bench: ${name} ===\n`);
  const run = spawnSync(process.execPath, [path.join(__dirname, `${name}.js`)], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
