// `npm run test:db`: the integration suites again on PostgreSQL and on MariaDB, each suite in a schema or
// database of its own that it drops afterwards.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.resolve(__dirname, '..');
const clients = (process.env.TEST_DATABASES ?? 'postgres,mysql').split(',');

let failed = false;
for (const client of clients) {
  process.stdout.write(`\n=== integration suites on ${client} ===\n`);
  const run = spawnSync('npx', ['jest', '--selectProjects', 'integration', '--runInBand'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_CLIENT: client },
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
