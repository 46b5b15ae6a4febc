// Every finding of a build of the scanner over the labelled corpus (with and without a lexicon), the
// presidio set, the bench's 3,000-character posts and 10 KB of each hostile shape, written to one JSON file;
// given the file of another build, the findings only one of them has. A change meant to be faster should
// show none. Run after the build (not a benchmark: bench/run.js runs only the files beside it):
//   SCANNER_DIST=/path/to/other/build node bench/lib/findings.js before.json  (outside the repository:
//   NODE_PATH=node_modules, for libphonenumber-js)
//   node bench/lib/findings.js after.json before.json
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const { scan } = require(
  path.resolve(process.env.SCANNER_DIST || path.join(__dirname, '../../dist/scanner')),
);
const presidio = require('../../tests/corpus/external/presidio-synth-v2.json');
const { ADVERSARIAL_SHAPES, adversarialText } = require('../../tests/corpus/adversarial');

const { posts, options, longPosts } = require('./long-posts');
const lexicon = [
  { term: 'lawsuit', severity: 'block' },
  { term: 'layoffs', severity: 'warn' },
];

const findings = {};
for (const post of posts) {
  findings[`corpus:${post.id}`] = scan(post.text, options);
  findings[`corpus-lexicon:${post.id}`] = scan(post.text, { ...options, lexicon });
}
presidio.forEach((sentence, index) => (findings[`presidio:${index}`] = scan(sentence.full_text)));
longPosts().forEach((text, index) => (findings[`long:${index}`] = scan(text, options)));
for (const shape of ADVERSARIAL_SHAPES) {
  findings[`hostile:${shape}`] = scan(adversarialText(shape, 10_000), options);
}
fs.writeFileSync(process.argv[2], JSON.stringify(findings));

const clean = posts.filter((post) => post.phi.length === 0);
const warned = clean.filter((post) => findings[`corpus:${post.id}`].length > 0).length;
console.log(
  `${Object.values(findings).flat().length} findings; clean corpus posts with a finding: ${warned} of ${clean.length}`,
);

if (process.argv[3]) {
  const other = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
  const key = (finding) =>
    JSON.stringify([finding.category, finding.start, finding.end, finding.severity, finding.reason]);
  const onlyIn = (a, b) => [...a].filter((finding) => !b.has(finding));
  let differences = 0;
  for (const text of new Set([...Object.keys(findings), ...Object.keys(other)])) {
    const mine = new Set((findings[text] ?? []).map(key));
    const theirs = new Set((other[text] ?? []).map(key));
    for (const finding of onlyIn(theirs, mine)) console.log(`${text} only before: ${finding}`);
    for (const finding of onlyIn(mine, theirs)) console.log(`${text} only now: ${finding}`);
    differences += onlyIn(theirs, mine).length + onlyIn(mine, theirs).length;
  }
  console.log(`${differences} findings differ`);
}
