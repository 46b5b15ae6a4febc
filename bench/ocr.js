// OCR benchmark (issue 13): the generated picture set (tests/ocr/pictures.js) read by the built reader
// with one worker, as the plugin runs it: recall of PHI spans, false alarms on clean pictures, OCR time per
// 1080×1080 picture (p50, p95, warm), the worker's start, and the memory the pool holds. Run after the
// build: node bench/ocr.js
'use strict';

const path = require('node:path');

const { createOcrPool, scanImageText } = require(path.resolve(__dirname, '../dist/ocr/index.js'));
const { SCAN_OPTIONS, renderPictures } = require('../tests/ocr/pictures');
const { score } = require('../tests/ocr/score');
const { reporter } = require('./lib/report');

const report = reporter('ocr');
// Goals are ceilings unless `atLeast`: the shared shape of bench/lib/report.js.
const line = (metric, value, unit, goal, atLeast = false) => report({ metric, value, unit, goal, atLeast });

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function main() {
  const pictures = await renderPictures(13);
  global.gc?.();
  const before = process.memoryUsage().rss;
  const pool = createOcrPool({ workers: 1, languages: ['eng'], maxPixels: 40_000_000, maxQueue: 100 });
  await pool.warm();
  const results = [];
  const times = [];
  try {
    for (const picture of pictures) {
      const start = performance.now();
      const text = await pool.read(picture.image);
      if (!picture.small) times.push(performance.now() - start);
      results.push({ picture, findings: scanImageText(text, SCAN_OPTIONS) });
    }
    const held = (process.memoryUsage().rss - before) / 2 ** 20;
    const figures = score(results);
    times.sort((a, b) => a - b);
    const [workerStart] = pool.stats().startMs;
    line('recall', figures.recall, 'ratio of PHI spans', 0.95, true);
    line('false-alarms', figures.falseAlarmRate, 'ratio of clean pictures', 0.05);
    line('pictures', results.length, 'pictures', 60, true);
    line('ocr-p50', percentile(times, 0.5), 'ms per 1080x1080 picture', 1000);
    line('ocr-p95', percentile(times, 0.95), 'ms per 1080x1080 picture', 2000);
    line('worker-start', workerStart, 'ms', 2000);
    line('pool-memory', held, 'MB rss held by a pool of 1 worker', 400);
    for (const missed of figures.missed)
      process.stderr.write(`missed ${missed.id}: ${missed.category} "${missed.text}"\n`);
    for (const alarm of figures.alarms)
      process.stderr.write(`false alarm ${alarm.id}: ${alarm.findings.join('; ')}\n`);
  } finally {
    await pool.terminate();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
