// Two builds of the scanner side by side, in one process: the bench's 3,000-character posts scanned by
// each build in turn, round after round, so that whatever the machine does meanwhile falls on both. Prints,
// per build, the median over rounds of the mean CPU time per post and the p50 and p99 of every post's CPU
// time, then the second build's mean over the first's. For a change meant to be faster; its findings are
// compared by findings.js. Not a benchmark (bench/run.js runs only the files beside it). Run after the build:
//   node bench/lib/compare-builds.js <before-build> <after-build>   (each a folder holding index.js; a
//   build outside the repository needs NODE_PATH=node_modules, for libphonenumber-js)
//   BENCH_ROUNDS (15) timed rounds, after 20 rounds of warm-up for each build.
'use strict';

const path = require('node:path');

const { longPosts, options } = require('./long-posts');

const builds = process.argv.slice(2).map((folder) => path.resolve(folder));
if (builds.length !== 2) {
  console.error('Usage: node bench/lib/compare-builds.js <before-build> <after-build>');
  process.exit(2);
}
const scans = builds.map((folder) => require(path.join(folder, 'index.js')).scan);
const posts = longPosts();
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARM_UP_ROUNDS = 20;

const cpuMs = (run) => {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
const quantile = (values, fraction) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * fraction))];

for (let round = 0; round < WARM_UP_ROUNDS; round += 1)
  for (const scan of scans) for (const text of posts) scan(text, options);

const means = scans.map(() => []);
const samples = scans.map(() => []);
for (let round = 0; round < ROUNDS; round += 1) {
  scans.forEach((scan, build) => {
    let sum = 0;
    for (const text of posts) {
      const ms = cpuMs(() => scan(text, options));
      samples[build].push(ms);
      sum += ms;
    }
    means[build].push(sum / posts.length);
  });
}

builds.forEach((folder, build) =>
  console.log(
    JSON.stringify({
      build: folder,
      meanMsPerPost: +quantile(means[build], 0.5).toFixed(3),
      p50Ms: +quantile(samples[build], 0.5).toFixed(3),
      p99Ms: +quantile(samples[build], 0.99).toFixed(3),
    }),
  ),
);
console.log(
  JSON.stringify({ afterOverBefore: +(quantile(means[1], 0.5) / quantile(means[0], 0.5)).toFixed(3) }),
);
