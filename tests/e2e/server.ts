import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

const APP_DIR = path.resolve(__dirname, '..', '..', 'playground');
const STRAPI_BIN = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json')),
  'bin',
  'strapi.js',
);

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export interface RunningStrapi {
  url: string;
  /** The SQLite file it runs on, for a test that must move time (a schedule made due). */
  databaseFile: string;
  output: () => string;
  stop(): Promise<void>;
}

/** `strapi start` of the built playground, seeded with the demo, on a fresh SQLite file and a free port. */
export const startStrapi = async ({
  env = {},
}: { env?: Record<string, string> } = {}): Promise<RunningStrapi> => {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'social-compliance-e2e-'));
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: APP_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'e2e.db'),
      SEED_DEMO: 'true',
      CRON_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Strapi did not answer within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    databaseFile: path.join(dir, 'e2e.db'),
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};
