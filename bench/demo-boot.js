// Does reading pictures slow the demo's boot? `strapi start` of the built playground, seeded as
// `npm run demo` seeds it, on a fresh SQLite file, with pictures read (OCR on) and without, alternately
// (BENCH_ROUNDS rounds): the time to the first answer of /_health, and with OCR on the time until the
// seeded whiteboard photo is read. Needs `npm run build` and the playground's build (`npx strapi build`
// in playground/). JSON lines {bench, metric, value, unit}.
const os = require('os');

const { startPlayground } = require('../tests/playground-process');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const POST = 'plugin::social-compliance.social-post';

const line = (metric, value, unit) =>
  process.stdout.write(`${JSON.stringify({ bench: 'demo-boot', metric, value, unit })}\n`);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const boot = async (ocr) => {
  const started = Date.now();
  const { url, stop } = await startPlayground({
    env: { SOCIAL_COMPLIANCE_OCR: String(ocr), LOG_LEVEL: 'error' },
    // A loaded machine has taken a minute to boot it; the bench waits longer than the browser suites.
    timeoutMs: 300_000,
  });
  try {
    const ready = Date.now() - started;
    let read = null;
    if (ocr) {
      const login = await fetch(`${url}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'editor@riverside-health.example', password: 'Compliance-Demo-1' }),
      });
      const headers = {
        Authorization: `Bearer ${(await login.json()).data.token}`,
        'Content-Type': 'application/json',
      };
      const list = await fetch(
        `${url}/content-manager/collection-types/${POST}?locale=en&filters[title][$eq]=${encodeURIComponent('Thank you, Ward 7')}`,
        { headers },
      );
      const [post] = (await list.json()).results;
      for (;;) {
        const response = await fetch(`${url}/social-compliance/evaluate`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ uid: POST, documentId: post.documentId, locale: 'en' }),
        });
        const { data } = await response.json();
        if (data.images.length && data.images.every((image) => image.status !== 'pending')) break;
        await sleep(100);
      }
      read = Date.now() - started;
    }
    return { ready, read };
  } finally {
    await stop();
  }
};

(async () => {
  const times = { off: [], on: [], read: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const ocr of [false, true]) {
      const { ready, read } = await boot(ocr);
      times[ocr ? 'on' : 'off'].push(ready);
      if (read !== null) times.read.push(read);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  line('boot-to-health-ocr-off-samples', times.off, 'ms');
  line('boot-to-health-ocr-on-samples', times.on, 'ms');
  line('boot-to-health-ocr-off', median(times.off), 'ms');
  line('boot-to-health-ocr-on', median(times.on), 'ms');
  line('boot-ratio-on-over-off', Number((median(times.on) / median(times.off)).toFixed(2)), 'x');
  line('seeded-picture-read-after-start', median(times.read), 'ms');
  line('load-average-1min', Number(os.loadavg()[0].toFixed(1)), '');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
