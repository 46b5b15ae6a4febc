// Builds the playground's admin panel (with the plugin's admin) once for the browser suite.
const { execFileSync } = require('child_process');
const path = require('path');

module.exports = async () => {
  // For quick reruns while working on the tests only: E2E_SKIP_ADMIN_BUILD=1 reuses the last build.
  if (process.env.E2E_SKIP_ADMIN_BUILD === '1') return;
  const appDir = path.resolve(__dirname, '..', '..', 'playground');
  execFileSync('npx', ['strapi', 'build'], {
    cwd: appDir,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
};
