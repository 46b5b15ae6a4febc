// `npm run bench`: every benchmark in this folder, one after the other, each printing one JSON line per
// figure (bench/lib/report.js). BENCH=scanner,gate runs a selection. Exits non-zero when a benchmark
// fails or any figure misses its goal (`"ok": false`), and says which.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const readline = require('readline');

const selected = process.env.BENCH ? process.env.BENCH.split(',') : null;
const available = fs
  .readdirSync(__dirname)
  .filter((file) => file.endsWith('.js') && file !== 'run.js')
  .map((file) => file.replace(/\.js$/, ''));
const unknown = (selected ?? []).filter((name) => !available.includes(name));
if (unknown.length) {
  process.stderr.write(`No benchmark named ${unknown.join(', ')}; there are: ${available.join(', ')}.\n`);
  process.exit(2);
}
const benches = available.filter((name) => !selected || selected.includes(name));

/** Runs one benchmark, passing its output through; resolves with its exit code and its figures. */
const runBench = (name) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, `${name}.js`)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const figures = [];
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      process.stdout.write(`${line}\n`);
      try {
        const figure = JSON.parse(line);
        if (figure && typeof figure === 'object' && 'metric' in figure) figures.push(figure);
      } catch {
        // Not a figure: passed through as it is.
      }
    });
    child.on('close', (code, signal) => resolve({ code: code ?? signal, figures }));
  });

(async () => {
  const problems = [];
  for (const name of benches) {
    process.stderr.write(`\n=== bench: ${name} ===\n`);
    const { code, figures } = await runBench(name);
    if (code !== 0) problems.push(`${name} failed (exit ${code})`);
    for (const figure of figures.filter((one) => one.ok === false)) {
      problems.push(
        `${figure.bench}${figure.db ? ` on ${figure.db}` : ''}: ${figure.metric} = ${figure.value} ${figure.unit}, goal ${figure.value > figure.goal ? '≤' : '≥'} ${figure.goal}`,
      );
    }
  }
  if (problems.length) {
    process.stderr.write(`\nMissed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    process.exit(1);
  }
  process.stderr.write('\nEvery figure met its goal.\n');
})();
