import path from 'path';
import { fork, type ChildProcess } from 'child_process';

import { createIsolatedDatabase, type IsolatedDatabase } from '../databases';
import { bootStrapi, type TestApp } from './strapi';
import { POST, compliantData, createDraft, makeCompliant, seedUsers, type Users } from './fixtures';

// Several Strapi processes on one database is a PostgreSQL deployment; elsewhere this suite says so and skips.
const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
const describeOnPostgres = onPostgres ? describe : describe.skip;
if (!onPostgres) {
  process.stdout.write(
    'scheduler-instances: skipped, it runs three Strapi processes on one PostgreSQL database (DATABASE_CLIENT=postgres; `npm run test:db` runs it).\n',
  );
}

const INSTANCE = path.resolve(__dirname, '..', 'scheduler-instance.js');
const SCHEDULE = 'plugin::social-compliance.schedule';
const AUDIT = 'plugin::social-compliance.audit-event';
const LEASE_SECONDS = 10;
// Every instance polls every second here (the default is every minute), so the suite stays short.
const PLUGIN_CONFIG = {
  governedContentTypes: ['api::press-release.press-release'],
  scheduler: {
    enabled: true,
    rule: '* * * * * *',
    leaseSeconds: LEASE_SECONDS,
    batchSize: 50,
    maxAttempts: 3,
  },
  notifications: { enabled: false },
};

interface Instance {
  child: ChildProcess;
  owner: string;
  messages: { type: string; owner: string; ids?: number[] }[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items`, `width` at a time. */
const inParallel = async <T, R>(items: T[], width: number, work: (item: T, index: number) => Promise<R>) => {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
};

describeOnPostgres('exactly once across Strapi processes on one PostgreSQL database', () => {
  let database: IsolatedDatabase;
  let app: TestApp;
  let users: Users;
  const instances: Instance[] = [];

  const start = (env: Record<string, string> = {}) =>
    new Promise<Instance>((resolve, reject) => {
      const child = fork(INSTANCE, [], {
        env: {
          ...process.env,
          ...database.env,
          LOG_LEVEL: 'error',
          CRON_ENABLED: 'true',
          SOCIAL_COMPLIANCE_CONFIG: JSON.stringify(PLUGIN_CONFIG),
          ...env,
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const instance: Instance = { child, owner: '', messages: [] };
      child.on('message', (message: Instance['messages'][number]) => {
        instance.messages.push(message);
        if (message.type === 'ready') {
          instance.owner = message.owner;
          resolve(instance);
        }
      });
      child.on('exit', (code, signal) => {
        if (!instance.owner)
          reject(new Error(`A Strapi instance exited before it was ready (${code ?? signal}).`));
      });
      instances.push(instance);
    });

  const scheduler = () => app.strapi.plugin('social-compliance').service('schedule');

  const approvedPosts = (count: number, label: string) =>
    inParallel(Array.from({ length: count }), 4, async (_item, index) => {
      const { documentId } = await createDraft(app, users, compliantData({ title: `${label} ${index + 1}` }));
      await makeCompliant(app, users, documentId);
      return documentId;
    });

  const scheduleAll = (documentIds: string[], publishAt: Date) =>
    inParallel(documentIds, 4, (documentId) =>
      scheduler().schedule({
        uid: POST,
        documentId,
        locale: 'en',
        publishAt: publishAt.toISOString(),
        timeZone: 'Europe/London',
        user: users.reviewer,
      }),
    );

  /**
   * Schedules through the service an hour ahead (however long that takes on a busy machine), then moves
   * every row to `dueAt` in one statement: the instances find them all due at one instant, and no
   * schedule is refused as "already passed" because creating the posts took longer than planned.
   */
  const scheduleAllAt = async (documentIds: string[], dueAt: Date) => {
    await scheduleAll(documentIds, new Date(Date.now() + 3_600_000));
    const { count } = await app.strapi.db.query(SCHEDULE).updateMany({
      where: { targetDocumentId: { $in: documentIds }, status: 'pending' },
      data: { runAt: dueAt },
    });
    expect(count).toBe(documentIds.length);
  };

  /** Kills the instances of earlier cases and waits until they are gone. */
  const stopAll = async () => {
    await Promise.all(
      instances.map(({ child }) =>
        child.exitCode !== null || child.signalCode !== null
          ? undefined
          : new Promise((resolve) => {
              child.once('exit', resolve);
              child.kill('SIGKILL');
            }),
      ),
    );
  };

  const waitUntilSettled = async (documentIds: string[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const open = await app.strapi.db.query(SCHEDULE).count({
        where: { targetDocumentId: { $in: documentIds }, status: { $in: ['pending', 'claimed'] } },
      });
      if (open === 0) return;
      if (Date.now() > deadline) throw new Error(`${open} schedules were still open after ${timeoutMs} ms.`);
      await sleep(250);
    }
  };

  /** For each document: its published rows and its 'publish' audit events. */
  const countsOf = async (documentIds: string[]) => {
    const [rows, events] = await Promise.all([
      app.strapi.db.query(POST).findMany({
        where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
        select: ['documentId', 'publishedAt'],
      }),
      app.strapi.db.query(AUDIT).findMany({
        where: { targetDocumentId: { $in: documentIds }, action: 'publish' },
        select: ['targetDocumentId'],
      }),
    ]);
    const tally = (values: string[]) =>
      documentIds.map((documentId) => values.filter((value) => value === documentId).length);
    return {
      published: tally(rows.map((row: { documentId: string }) => row.documentId)),
      events: tally(events.map((event: { targetDocumentId: string }) => event.targetDocumentId)),
      publishedAt: new Map<string, Date>(
        rows.map((row: { documentId: string; publishedAt: string }) => [
          row.documentId,
          new Date(row.publishedAt),
        ]),
      ),
    };
  };

  beforeAll(async () => {
    database = await createIsolatedDatabase('postgres');
    app = await bootStrapi({
      database,
      env: { SOCIAL_COMPLIANCE_CONFIG: JSON.stringify({ ...PLUGIN_CONFIG, scheduler: { enabled: false } }) },
    });
    users = await seedUsers(app.strapi);
  });

  afterAll(async () => {
    for (const { child } of instances)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await app?.stop();
    await database?.drop();
  });

  it('three instances publish 200 posts due at the same instant, each exactly once, none missed', async () => {
    const documentIds = await approvedPosts(200, 'Due together');
    await Promise.all([start(), start(), start()]);
    const owners = instances.map((instance) => instance.owner);

    // The next whole second: every instance's every-second poll finds all 200 due at once.
    const dueAt = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000);
    await scheduleAllAt(documentIds, dueAt);

    await waitUntilSettled(documentIds, 90_000);
    const { published, events } = await countsOf(documentIds);
    expect(published.filter((count) => count !== 1)).toEqual([]);
    expect(events.filter((count) => count !== 1)).toEqual([]);

    const rows = await app.strapi.db
      .query(SCHEDULE)
      .findMany({ where: { targetDocumentId: { $in: documentIds } } });
    expect(rows.filter((row: { status: string }) => row.status !== 'done')).toEqual([]);
    const byOwner = owners.map(
      (owner) => rows.filter((row: { claimOwner: string }) => row.claimOwner === owner).length,
    );
    expect(byOwner.reduce((sum, count) => sum + count, 0)).toBe(200);
    const lastDone = Math.max(...rows.map((row: { completedAt: string }) => Date.parse(row.completedAt)));
    process.stdout.write(
      `${JSON.stringify({ suite: 'scheduler-instances', posts: 200, instances: 3, byOwner, drainedSecondsAfterDue: (lastDone - dueAt.getTime()) / 1000 })}\n`,
    );
  });

  it('an instance SIGKILLed after it claimed: its posts still go out once each, after its lease', async () => {
    // The dying instance is the only one when the posts come due (no cron of its own: its 50 ms loop
    // claims them); the instance that takes over starts after the kill.
    await stopAll();
    const documentIds = await approvedPosts(20, 'Claimed by an instance that dies');
    const dying = await start({ CLAIM_AND_WAIT: 'true', CRON_ENABLED: 'false' });
    const claimed = new Promise<number[]>((resolve) => {
      dying.child.on('message', (message: Instance['messages'][number]) => {
        if (message.type === 'claimed') resolve(message.ids!);
      });
    });

    const dueAt = new Date();
    await scheduleAllAt(documentIds, dueAt);
    const ids = await claimed;
    dying.child.kill('SIGKILL');
    expect(ids.length).toBe(20);
    await start();

    const held = await app.strapi.db.query(SCHEDULE).findMany({ where: { id: { $in: ids } } });
    expect(
      held.every(
        (row: { status: string; claimOwner: string }) =>
          row.status === 'claimed' && row.claimOwner === dying.owner,
      ),
    ).toBe(true);
    const leaseUntil = Math.min(...held.map((row: { leaseUntil: string }) => Date.parse(row.leaseUntil)));
    expect(leaseUntil).toBeGreaterThanOrEqual(dueAt.getTime() + LEASE_SECONDS * 1000 - 1000);

    await waitUntilSettled(documentIds, 60_000);
    const { published, events, publishedAt } = await countsOf(documentIds);
    expect(published.filter((count) => count !== 1)).toEqual([]);
    expect(events.filter((count) => count !== 1)).toEqual([]);
    for (const documentId of documentIds)
      expect(publishedAt.get(documentId)!.getTime()).toBeGreaterThanOrEqual(leaseUntil);

    const rows = await app.strapi.db.query(SCHEDULE).findMany({ where: { id: { $in: ids } } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'done', attempts: 2 });
      expect(row.claimOwner).not.toBe(dying.owner);
    }
  });

  it('an instance SIGKILLed in the middle of publishing its batch: nothing is published twice, nothing is missed', async () => {
    // The victim is the only instance when the posts come due, so it claims a batch of 50 (of 150); it
    // publishes 3 and stops inside the 4th publish. Killed there, it leaves 47 claims (the 4th one's
    // "done" rolled back with its transaction); two new instances publish the other 100 and, after the
    // lease, take the 47 over.
    await stopAll();
    const documentIds = await approvedPosts(150, 'Out while an instance is killed');
    const victim = await start({ STALL_AFTER_PUBLISHING: '3' });
    const stalled = new Promise<void>((resolve) => {
      victim.child.on('message', (message: Instance['messages'][number]) => {
        if (message.type === 'stalled') resolve();
      });
    });
    await scheduleAllAt(documentIds, new Date());
    await stalled;
    victim.child.kill('SIGKILL');
    await new Promise((resolve) => victim.child.once('exit', resolve));
    const byVictim = await app.strapi.db.query(SCHEDULE).findMany({
      where: { claimOwner: victim.owner, targetDocumentId: { $in: documentIds } },
    });
    const stranded = byVictim.filter((row: { status: string }) => row.status === 'claimed').length;
    expect(byVictim.filter((row: { status: string }) => row.status === 'done')).toHaveLength(3);
    expect(stranded).toBe(47);
    await Promise.all([start(), start()]);

    await waitUntilSettled(documentIds, 60_000);
    const { published, events } = await countsOf(documentIds);
    expect(published.filter((count) => count !== 1)).toEqual([]);
    expect(events.filter((count) => count !== 1)).toEqual([]);
    const rows = await app.strapi.db
      .query(SCHEDULE)
      .findMany({ where: { targetDocumentId: { $in: documentIds } } });
    expect(rows.filter((row: { status: string }) => row.status !== 'done')).toEqual([]);
    process.stdout.write(
      `${JSON.stringify({ suite: 'scheduler-instances', killedMidBatch: true, strandedClaimsTakenOver: stranded })}\n`,
    );
  });
});
