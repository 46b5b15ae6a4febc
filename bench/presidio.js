// The scanner on labelled text written by someone else: presidio-research's synthetic sentences
// (tests/corpus/external/presidio-synth-v2.json, MIT, see PRESIDIO-RESEARCH-LICENSE beside it), their
// labels mapped to HIPAA categories, side by side with redact-pii and openredaction in the same run.
// A labelled span is found when a tool's spans cover at least half of its characters. Recall is reported
// per category and overall, for the scanner counting any finding (warnings too) and blocking findings only;
// a false alarm is a sentence without any mapped label on which a tool reports something (for the scanner:
// something that blocks; its warnings there are reported apart).
// Run after the build:
//   node bench/presidio.js       (SCANNER_DIST points at another build; PRESIDIO_MISSES=file writes the misses)
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const { openRedactionTool, redactPiiTool } = require('./lib/anchors');
const { reporter } = require('./lib/report');

const scannerDist = path.resolve(__dirname, process.env.SCANNER_DIST || '../dist/scanner');
const { scan } = require(path.join(scannerDist, 'index.js'));
const sentences = require('../tests/corpus/external/presidio-synth-v2.json');

// presidio's entity types as HIPAA Safe Harbor categories. Countries and states (in GPE) are not Safe
// Harbor identifiers, but the set does not tell them from towns and cities, so all of GPE is counted as a
// place. ORGANIZATION, TITLE (job titles) and NRP (nationality, religion, politics) are not identifiers:
// their spans are left out, and a sentence holding only them counts as free of PHI.
const HIPAA_CATEGORY = {
  PERSON: 'name',
  STREET_ADDRESS: 'address',
  GPE: 'place',
  ZIP_CODE: 'zip',
  DATE_TIME: 'date',
  AGE: 'age',
  PHONE_NUMBER: 'phone',
  EMAIL_ADDRESS: 'email',
  US_SSN: 'ssn',
  CREDIT_CARD: 'account',
  IBAN_CODE: 'account',
  US_DRIVER_LICENSE: 'license',
  DOMAIN_NAME: 'url',
  IP_ADDRESS: 'ip',
};

// Goals of issue 16, for the scanner: any finding ≥ 0.60 overall; nothing blocks on a PHI-free sentence.
const RECALL_GOAL = 0.6;
const FALSE_ALARM_GOAL = 0;

/** Whether spans cover at least half of start..end. */
function covered(spans, start, end) {
  const hit = new Uint8Array(end - start);
  for (const span of spans) {
    for (let at = Math.max(start, span.start); at < Math.min(end, span.end); at += 1) hit[at - start] = 1;
  }
  return hit.reduce((sum, value) => sum + value, 0) * 2 >= end - start;
}

const tools = [
  {
    tool: 'scanner',
    run: (text) => {
      const findings = scan(text);
      return { any: findings, block: findings.filter((finding) => finding.severity === 'block') };
    },
  },
  { tool: 'redact-pii', run: redactPiiTool() },
  { tool: 'openredaction', run: openRedactionTool() },
];

async function measure(tool) {
  const kinds = tool.tool === 'scanner' ? ['any', 'block'] : ['any'];
  const totals = {};
  const found = Object.fromEntries(kinds.map((kind) => [kind, {}]));
  const falseAlarms = Object.fromEntries(kinds.map((kind) => [kind, 0]));
  const misses = [];
  const alarms = [];
  let clean = 0;
  for (const sentence of sentences) {
    const text = sentence.full_text;
    const result = await tool.run(text);
    const spansOf = Array.isArray(result) ? { any: result } : result;
    const labels = sentence.spans.filter((span) => HIPAA_CATEGORY[span.entity_type]);
    if (labels.length === 0) {
      clean += 1;
      for (const kind of kinds) if (spansOf[kind].length > 0) falseAlarms[kind] += 1;
      if (spansOf.any.length > 0) alarms.push({ text, findings: spansOf.any });
      continue;
    }
    for (const label of labels) {
      const category = HIPAA_CATEGORY[label.entity_type];
      totals[category] = (totals[category] ?? 0) + 1;
      for (const kind of kinds) {
        if (covered(spansOf[kind], label.start_position, label.end_position)) {
          found[kind][category] = (found[kind][category] ?? 0) + 1;
        } else if (kind === 'any') {
          misses.push({ category, label: label.entity_value, text });
        }
      }
    }
  }
  return { kinds, totals, found, falseAlarms, clean, misses, alarms };
}

const report = reporter('presidio');
const figure = (metric, value, unit, goal = null, atLeast = false) =>
  report({ metric, value, unit, goal, atLeast });

async function main() {
  const written = {};
  for (const tool of tools) {
    const { kinds, totals, found, falseAlarms, clean, misses, alarms } = await measure(tool);
    const spans = Object.values(totals).reduce((sum, count) => sum + count, 0);
    for (const kind of kinds) {
      const name = kind === 'any' ? tool.tool : `${tool.tool}:block`;
      const all = Object.values(found[kind]).reduce((sum, count) => sum + count, 0);
      const isGoal = tool.tool === 'scanner' && kind === 'any';
      figure(`recall:${name}:all`, all / spans, `of ${spans} spans`, isGoal ? RECALL_GOAL : null, true);
      for (const category of Object.keys(totals).sort()) {
        figure(
          `recall:${name}:${category}`,
          (found[kind][category] ?? 0) / totals[category],
          `of ${totals[category]} spans`,
        );
      }
      const isAlarmGoal = tool.tool === 'scanner' && kind === 'block';
      figure(
        `false-alarms:${name}`,
        falseAlarms[kind],
        `of ${clean} PHI-free sentences`,
        isAlarmGoal ? FALSE_ALARM_GOAL : null,
      );
    }
    written[tool.tool] = { misses, alarms };
  }
  if (process.env.PRESIDIO_MISSES) {
    fs.writeFileSync(process.env.PRESIDIO_MISSES, JSON.stringify(written.scanner, null, 1));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
