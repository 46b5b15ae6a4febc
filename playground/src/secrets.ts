import { randomBytes } from 'crypto';
import fs from 'fs';
import path from 'path';

// The playground's folder: the nearest one above that holds its package.json (this file runs from src/
// and from dist/src/).
const findAppDir = (dir: string): string => {
  const manifest = path.join(dir, 'package.json');
  if (
    fs.existsSync(manifest) &&
    JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'social-compliance-playground'
  )
    return dir;
  if (path.dirname(dir) === dir) throw new Error('The playground app was not found above its config.');
  return findAppDir(path.dirname(dir));
};

/**
 * A secret of the demo app: the environment's value, or one generated on first run and kept in
 * playground/.env (gitignored), as create-strapi-app does. No secret is ever written in the repository.
 */
export const demoSecret = (name: string, count = 1): string => {
  const existing = process.env[name];
  if (existing) return existing;
  // Strapi reads .env from the working directory; the tests boot the app from the repository's root.
  const file = path.join(findAppDir(__dirname), '.env');
  const kept = fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .find((line) => line.startsWith(`${name}=`))
    : undefined;
  if (kept) return (process.env[name] = kept.slice(name.length + 1));
  const value = Array.from({ length: count }, () => randomBytes(24).toString('base64')).join(',');
  fs.appendFileSync(file, `${name}=${value}\n`, { mode: 0o600 });
  process.env[name] = value;
  return value;
};
