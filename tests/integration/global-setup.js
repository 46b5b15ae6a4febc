// Compiles the playground's TypeScript once for every integration suite; each suite then boots it.
const path = require('path');
const fs = require('fs');
const { compileStrapi } = require('@strapi/strapi');

module.exports = async () => {
  const root = path.resolve(__dirname, '..', '..');
  if (!fs.existsSync(path.join(root, 'dist', 'server', 'index.js'))) {
    throw new Error('The plugin is not built: run `npm run build` first (npm test does it for you).');
  }
  await compileStrapi({ appDir: path.join(root, 'playground') });
};
