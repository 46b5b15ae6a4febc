// The one shape every benchmark prints: one JSON line per figure, {bench, db, metric, value, unit, goal, ok}.
// `goal` is null when a figure has none (then `ok` is null too); a goal is a ceiling unless `atLeast` is
// set. bench/run.js reads these lines and exits non-zero when any `ok` is false.
'use strict';

const round = (value) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value);

/**
 * @param {string} bench
 * @returns {(figure: { db?: string | null, metric: string, value: number, unit: string,
 *   goal?: number | null, atLeast?: boolean }) => object}
 */
const reporter =
  (bench) =>
  ({ db = null, metric, value, unit, goal = null, atLeast = false }) => {
    const ok = goal === null ? null : Number.isFinite(value) && (atLeast ? value >= goal : value <= goal);
    const line = { bench, db, metric, value: round(value), unit, goal, ok };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    return line;
  };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The value at or below which `fraction` of the values lie (nearest rank). */
const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
};

module.exports = { median, percentile, reporter, round };
