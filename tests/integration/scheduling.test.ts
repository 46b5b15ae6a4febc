import { bootStrapi } from './strapi';
import { POST, addLocale, compliantData, createDraft, makeCompliant, waitForAudit } from './fixtures';
import { recipients } from './mailbox';
import { AUDIT, RECORD, SCHEDULE, schedulingSuite } from './scheduling-suite';
import type { PluginConfig } from '../../server/src/config';

describe('scheduled publishing', () => {
  const suite = schedulingSuite();
  const { scheduler, runDue, route, as, scheduleVia, approvedPost, schedulesOf, recordOf, eventsOf } = suite;
  const { publishedRows } = suite;

  /** Everything a refused request could have changed: it must all stay as it was. */
  const stateOf = async (documentId: string) => ({
    schedules: await schedulesOf(documentId),
    record: await recordOf(documentId),
    events: await suite.app.strapi.db.query(AUDIT).count({ where: { targetDocumentId: documentId } }),
    published: await publishedRows(documentId),
  });

  describe('in the editor’s time zone, across daylight-saving changes', () => {
    it('America/New_York: noon before and after the spring change publishes at 17:00 and 16:00 UTC', async () => {
      const before = await approvedPost('Noon the day before the clocks change');
      const after = await approvedPost('Noon the day the clocks change');

      const first = await scheduleVia('reviewer', before, {
        publishAt: '2027-03-13T12:00',
        timeZone: 'America/New_York',
      });
      expect(first.status).toBe(201);
      expect(first.body.data).toMatchObject({
        runAt: '2027-03-13T17:00:00.000Z',
        timeZone: 'America/New_York',
        local: { local: '2027-03-13T12:00', offset: '-05:00' },
        status: 'pending',
        action: 'publish',
      });
      const second = await scheduleVia('reviewer', after, {
        publishAt: '2027-03-14T12:00',
        timeZone: 'America/New_York',
      });
      expect(second.status).toBe(201);
      expect(second.body.data).toMatchObject({
        runAt: '2027-03-14T16:00:00.000Z',
        local: { local: '2027-03-14T12:00', offset: '-04:00' },
      });
      expect((await recordOf(after)).reviewState).toBe('scheduled');
      const [scheduled] = await eventsOf(after, 'schedule');
      expect(scheduled).toMatchObject({
        actorId: suite.users.reviewer.id,
        details: expect.objectContaining({ runAt: '2027-03-14T16:00:00.000Z', timeZone: 'America/New_York' }),
      });

      expect(await runDue('2027-03-13T16:59:59Z')).toMatchObject({ published: 0 });
      expect(await publishedRows(before)).toBe(0);
      expect(await runDue('2027-03-13T17:00:00Z')).toMatchObject({ published: 1, failed: 0 });
      expect(await publishedRows(before)).toBe(1);

      // Read as EST (a bug that ignores the change), the second would not be due until 17:00 UTC.
      expect(await runDue('2027-03-14T15:59:00Z')).toMatchObject({ published: 0 });
      expect(await runDue('2027-03-14T16:00:00Z')).toMatchObject({ published: 1 });
      expect(await publishedRows(after)).toBe(1);
      expect(await eventsOf(after, 'publish')).toHaveLength(1);
      expect((await recordOf(after)).reviewState).toBe('published');
      expect((await schedulesOf(after))[0]).toMatchObject({ status: 'done', attempts: 1 });
    });

    it('Europe/London: 09:00 in summer time and in winter time, and an explicit offset on a fall-back night', async () => {
      const summer = await approvedPost('London summer morning');
      const winter = await approvedPost('London winter morning');
      const night = await approvedPost('New York fall-back night');

      const cases = [
        [summer, '2027-03-28T09:00', 'Europe/London', '2027-03-28T08:00:00.000Z'],
        [winter, '2027-10-31T09:00', 'Europe/London', '2027-10-31T09:00:00.000Z'],
        [night, '2027-11-07T01:30-05:00', 'America/New_York', '2027-11-07T06:30:00.000Z'],
      ] as const;
      for (const [documentId, publishAt, timeZone, utc] of cases) {
        const response = await scheduleVia('reviewer', documentId, { publishAt, timeZone });
        expect(response.status).toBe(201);
        expect(response.body.data.runAt).toBe(utc);
      }
      for (const [documentId, , , utc] of cases) {
        const instant = new Date(utc).getTime();
        await runDue(new Date(instant - 1000).toISOString());
        expect(await publishedRows(documentId)).toBe(0);
        await runDue(utc);
        expect(await publishedRows(documentId)).toBe(1);
      }
    });

    it('refuses the nonexistent 02:30 of a spring-forward day, and a fall-back time that happens twice, changing nothing', async () => {
      const documentId = await approvedPost('Not at a time that does not exist');
      const before = await stateOf(documentId);

      const gap = await scheduleVia('reviewer', documentId, {
        publishAt: '2027-03-14T02:30',
        timeZone: 'America/New_York',
      });
      expect(gap.status).toBe(400);
      expect(gap.body.error.message).toBe(
        '2027-03-14 02:30 does not exist in America/New_York: the clocks go forward 1 hour that night, from 02:00 to 03:00. Choose a time outside that gap, for example 03:30.',
      );

      const twice = await scheduleVia('reviewer', documentId, {
        publishAt: '2027-10-31T01:30',
        timeZone: 'Europe/London',
      });
      expect(twice.status).toBe(400);
      expect(twice.body.error.message).toMatch(
        /happens twice in Europe\/London.*2027-10-31T01:30\+01:00 \(the first\) or 2027-10-31T01:30\+00:00 \(the second\)/,
      );
      expect(await stateOf(documentId)).toEqual(before);
    });
  });

  it('a post changed after approval is not published; its failure is on the schedule, in the audit trail, in the calendar and in the policy owner’s mail', async () => {
    const title = 'Edited after it was approved';
    const documentId = await approvedPost(title);
    expect(
      (
        await scheduleVia('reviewer', documentId, {
          publishAt: '2027-05-04T10:00Z',
          timeZone: 'Europe/London',
        })
      ).status,
    ).toBe(201);
    await suite.app.strapi.documents(POST).update({
      documentId,
      locale: 'en',
      data: { body: `${compliantData().body} Bring the whole family!` } as never,
    });

    expect(await runDue('2027-05-04T10:00:00Z')).toMatchObject({ published: 0, failed: 1 });
    expect(await publishedRows(documentId)).toBe(0);

    const [schedule] = await schedulesOf(documentId);
    expect(schedule.status).toBe('failed');
    expect(schedule.reasons.map((reason: { message: string }) => reason.message).join(' ')).toMatch(
      /changed after it was (attested|approved)/,
    );
    expect((await recordOf(documentId)).reviewState).toBe('approved');

    const [failed] = await eventsOf(documentId, 'schedule-failed');
    expect(failed.actorLabel).toMatch(/^scheduler \(/);
    expect(failed.details.reasons).toEqual(schedule.reasons);
    expect(await waitForAudit(suite.app, 'publish-refused', documentId)).toHaveLength(1);
    expect(await eventsOf(documentId, 'publish')).toHaveLength(0);

    const mail = await suite.mailbox.waitFor(
      (message) => message.subject === `Scheduled publish failed: ${title}`,
    );
    expect(recipients(mail)).toEqual([suite.users.policyOwner.email]);
    expect(mail.text).toContain('2027-05-04 11:00 Europe/London');
    expect(mail.text).toMatch(/changed after it was (attested|approved)/);

    const calendar = await as('reviewer')
      .get('/social-compliance/calendar')
      .query({ from: '2027-05-01', to: '2027-06-01', status: 'failed', timeZone: 'America/New_York' });
    expect(calendar.status).toBe(200);
    const entry = calendar.body.data.find(
      (item: { target: { documentId: string } }) => item.target.documentId === documentId,
    );
    expect(entry).toMatchObject({
      title,
      status: 'failed',
      runAt: '2027-05-04T10:00:00.000Z',
      local: { local: '2027-05-04T11:00', offset: '+01:00' },
      inViewerZone: { local: '2027-05-04T06:00', offset: '-04:00' },
      scheduledBy: { id: suite.users.reviewer.id, label: expect.stringContaining('Rita') },
    });
    expect(entry.reasons.length).toBeGreaterThan(0);
  });

  it('reschedules and cancels, each audited, and the post goes out at the new time only', async () => {
    const moved = await approvedPost('Moved to Thursday');
    await scheduleVia('reviewer', moved, { publishAt: '2027-06-01T09:00', timeZone: 'Europe/London' });
    const put = await as('reviewer')
      .put(route(moved))
      .send({ publishAt: '2027-06-03T09:00', timeZone: 'Europe/London' });
    expect(put.status).toBe(200);
    expect(put.body.data.runAt).toBe('2027-06-03T08:00:00.000Z');
    expect(await runDue('2027-06-01T08:30:00Z')).toMatchObject({ published: 0 });
    expect(await publishedRows(moved)).toBe(0);
    expect(await runDue('2027-06-03T08:00:00Z')).toMatchObject({ published: 1 });
    const events = await eventsOf(moved, 'schedule');
    expect(events).toHaveLength(2);
    expect(events[1].details).toMatchObject({ rescheduledFrom: '2027-06-01T08:00:00.000Z' });

    const called = await approvedPost('Called off');
    await scheduleVia('reviewer', called, { publishAt: '2027-06-05T09:00', timeZone: 'Europe/London' });
    const cancel = await as('reviewer').delete(route(called));
    expect(cancel.status).toBe(200);
    expect(cancel.body.data).toEqual([expect.objectContaining({ status: 'cancelled', action: 'publish' })]);
    expect((await recordOf(called)).reviewState).toBe('approved');
    expect(await eventsOf(called, 'schedule-cancelled')).toHaveLength(1);
    expect(await runDue('2027-06-05T09:00:00Z')).toMatchObject({ published: 0 });
    expect(await publishedRows(called)).toBe(0);

    const again = await as('reviewer').delete(route(called));
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('Nothing is scheduled for this post: there is nothing to cancel.');
  });

  it('takes a post down at its time (unpublish-at), after publishing it at its own', async () => {
    const documentId = await approvedPost('Open day, this weekend only');
    await scheduleVia('reviewer', documentId, { publishAt: '2027-07-01T08:00', timeZone: 'Europe/London' });
    const tooEarly = await scheduleVia('reviewer', documentId, {
      unpublishAt: '2027-07-01T07:00',
      timeZone: 'Europe/London',
    });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.message).toBe(
      'The take-down must come after the post is published, at 2027-07-01 08:00 Europe/London: choose a later time.',
    );
    const takeDown = await scheduleVia('reviewer', documentId, {
      unpublishAt: '2027-07-04T20:00',
      timeZone: 'Europe/London',
    });
    expect(takeDown.status).toBe(201);
    expect(takeDown.body.data).toMatchObject({ action: 'unpublish', runAt: '2027-07-04T19:00:00.000Z' });

    await runDue('2027-07-01T07:00:00Z');
    expect(await publishedRows(documentId)).toBe(1);
    expect(await runDue('2027-07-04T19:00:00Z')).toMatchObject({ unpublished: 1 });
    expect(await publishedRows(documentId)).toBe(0);
    expect(await eventsOf(documentId, 'unpublish')).toHaveLength(1);
    expect((await recordOf(documentId)).reviewState).toBe('approved');
  });

  it('schedules per locale: the Spanish version goes out at its time, the English one stays a draft', async () => {
    const documentId = await approvedPost('Flu clinic, in two languages');
    await addLocale(
      suite.app,
      documentId,
      'es',
      compliantData({ title: 'Vacunación gratuita', body: 'Vacunas gratis el sábado.' }),
    );
    await makeCompliant(suite.app, suite.users, documentId, 'es');
    const response = await as('reviewer')
      .post(route(documentId, 'es'))
      .send({ publishAt: '2027-08-05T10:00', timeZone: 'Europe/Madrid' });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ target: { locale: 'es' }, runAt: '2027-08-05T08:00:00.000Z' });
    expect(await runDue('2027-08-05T08:00:00Z')).toMatchObject({ published: 1 });
    expect(await publishedRows(documentId, 'es')).toBe(1);
    expect(await publishedRows(documentId, 'en')).toBe(0);
  });

  it('publishes on the next poll what came due while no instance was running', async () => {
    const documentId = await approvedPost('Due during the outage');
    await scheduleVia('reviewer', documentId, { publishAt: '2027-08-01T09:00Z', timeZone: 'UTC' });
    // Within scheduler.maxLateness (2 h); later than that it is missed (tests/integration/missed-schedules.test.ts).
    expect(await runDue('2027-08-01T10:27:00Z')).toMatchObject({ published: 1 });
    expect(await publishedRows(documentId)).toBe(1);
  });

  it('takes over a claim whose holder died, once its lease has expired, and not before', async () => {
    const documentId = await approvedPost('Claimed by an instance that died');
    await scheduleVia('reviewer', documentId, { publishAt: '2027-08-02T09:00Z', timeZone: 'UTC' });
    const [row] = await schedulesOf(documentId);
    // What a claim by another instance looks like in the database, which then died before publishing.
    await suite.app.strapi.db.query(SCHEDULE).update({
      where: { id: row.id },
      data: {
        status: 'claimed',
        claimOwner: 'dead-host:4242:abcdef',
        leaseUntil: new Date('2027-08-02T09:02:00Z'),
        attempts: 1,
      },
    });
    expect(await runDue('2027-08-02T09:01:00Z')).toMatchObject({ published: 0 });
    expect(await publishedRows(documentId)).toBe(0);
    expect(await runDue('2027-08-02T09:02:01Z')).toMatchObject({ published: 1 });
    expect(await publishedRows(documentId)).toBe(1);
    expect(await eventsOf(documentId, 'publish')).toHaveLength(1);
    expect((await schedulesOf(documentId))[0]).toMatchObject({
      status: 'done',
      claimOwner: scheduler().owner,
      attempts: 2,
    });
  });

  /**
   * Runs a poll of this instance that stalls between claiming its row and finishing it (the transaction
   * that marks it done and publishes), while `meanwhile` runs: what a garbage-collection pause, a slow
   * disk or a stopped VM does to a real instance.
   */
  const pollThatStalls = async (now: string, meanwhile: () => Promise<void>) => {
    const db = suite.app.strapi.db;
    const transaction = db.transaction.bind(db);
    const stall = jest.spyOn(db, 'transaction').mockImplementationOnce((async (...args: unknown[]) => {
      stall.mockRestore();
      await meanwhile();
      return (transaction as (...inner: unknown[]) => unknown)(...args);
    }) as never);
    try {
      return await runDue(now);
    } finally {
      stall.mockRestore();
    }
  };

  /** A second scheduler on the same database, as another Strapi instance runs it: a claim owner of its own. */
  const anotherInstance = () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const plugin = require('../../dist/server/index.js');
    return (plugin.default ?? plugin).services.schedule({ strapi: suite.app.strapi });
  };

  // DESIGN, scheduling: "N instances on one database publish each post exactly once". A claim whose holder
  // stalls past its lease is taken over; when the first holder wakes up, its compare-and-set on the claim
  // fails and it stands down instead of finishing what is no longer its own.
  it('a claim holder that stalls past its lease, then tries to finish, stands down: the instance that took over publishes', async () => {
    const documentId = await approvedPost('Claimed by an instance that stalled');
    await scheduleVia('reviewer', documentId, { publishAt: '2027-08-04T09:00Z', timeZone: 'UTC' });
    const other = anotherInstance();
    expect(other.owner).not.toBe(scheduler().owner);
    const { leaseSeconds } = suite.app.strapi.config.get<PluginConfig>('plugin::social-compliance').scheduler;
    const afterLease = new Date(Date.parse('2027-08-04T09:00:00Z') + (leaseSeconds + 1) * 1000);

    let tookOver: unknown;
    const stalled = await pollThatStalls('2027-08-04T09:00:00Z', async () => {
      const [claimed] = await schedulesOf(documentId);
      expect(claimed).toMatchObject({ status: 'claimed', claimOwner: scheduler().owner });
      tookOver = await other.runDue({ now: afterLease });
    });

    expect(tookOver).toMatchObject({ published: 1 });
    expect(stalled).toMatchObject({ published: 0, failed: 0, retrying: 0 });
    expect(await publishedRows(documentId)).toBe(1);
    expect(await eventsOf(documentId, 'publish')).toHaveLength(1);
    expect((await schedulesOf(documentId))[0]).toMatchObject({
      status: 'done',
      claimOwner: other.owner,
      attempts: 2,
    });
  });

  // DESIGN, scheduling: "a takeover or a cancel in between makes this instance stand down". A reviewer
  // who cancels a schedule while an instance holds its claim wins: the post does not go out.
  it('a cancel that meets a claimed row wins: the instance holding the claim stands down and publishes nothing', async () => {
    const documentId = await approvedPost('Called off while being claimed');
    await scheduleVia('reviewer', documentId, { publishAt: '2027-08-05T09:00Z', timeZone: 'UTC' });

    const stalled = await pollThatStalls('2027-08-05T09:00:00Z', async () => {
      expect((await schedulesOf(documentId))[0].status).toBe('claimed');
      const cancel = await as('reviewer').delete(route(documentId));
      expect(cancel.status).toBe(200);
      expect(cancel.body.data).toEqual([expect.objectContaining({ status: 'cancelled' })]);
    });

    expect(stalled).toMatchObject({ published: 0, failed: 0, retrying: 0 });
    expect(await publishedRows(documentId)).toBe(0);
    expect(await eventsOf(documentId, 'publish')).toHaveLength(0);
    expect(await eventsOf(documentId, 'schedule-cancelled')).toHaveLength(1);
    expect((await schedulesOf(documentId))[0]).toMatchObject({ status: 'cancelled', claimOwner: null });
    expect((await recordOf(documentId)).reviewState).toBe('approved');
  });

  it('does not publish again what is already out with the approved content', async () => {
    const documentId = await approvedPost('Published by hand before its time');
    await scheduleVia('reviewer', documentId, { publishAt: '2027-08-03T09:00Z', timeZone: 'UTC' });
    await suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' });
    expect(await runDue('2027-08-03T09:00:00Z')).toMatchObject({ published: 1, failed: 0 });
    expect(await publishedRows(documentId)).toBe(1);
    expect(await eventsOf(documentId, 'publish')).toHaveLength(1);
    expect((await schedulesOf(documentId))[0].status).toBe('done');
  });

  it('retries a transient database error with backoff, and fails for good after the last attempt', async () => {
    const recovers = await approvedPost('Survives a database hiccup');
    const givesUp = await approvedPost('Never gets through');
    await scheduleVia('reviewer', recovers, { publishAt: '2027-09-01T09:00Z', timeZone: 'UTC' });
    await scheduleVia('reviewer', givesUp, { publishAt: '2027-09-01T09:00Z', timeZone: 'UTC' });
    const { db } = suite.app.strapi;
    const table = db.metadata.get(RECORD).tableName;
    const at = (seconds: number) =>
      new Date(Date.parse('2027-09-01T09:00:00Z') + seconds * 1000).toISOString();

    await db.connection.schema.renameTable(table, `${table}_off`);
    try {
      expect(await runDue(at(0))).toMatchObject({ published: 0, failed: 0, retrying: 2 });
      const [waiting] = await schedulesOf(recovers);
      expect(waiting).toMatchObject({ status: 'pending', attempts: 1, claimOwner: null });
      expect(new Date(waiting.nextAttemptAt).toISOString()).toBe(at(30));
      expect(waiting.lastError).toBeTruthy();
      expect(await runDue(at(29))).toMatchObject({ retrying: 0 });
      expect(await runDue(at(30))).toMatchObject({ retrying: 2 });
      expect(new Date((await schedulesOf(recovers))[0].nextAttemptAt).toISOString()).toBe(at(90));
    } finally {
      await db.connection.schema.renameTable(`${table}_off`, table);
    }
    // The third attempt of one works; the other is stopped again and, out of attempts, fails for good.
    await db.query(SCHEDULE).updateMany({
      where: { targetDocumentId: givesUp },
      data: { nextAttemptAt: new Date(at(95)) },
    });
    expect(await runDue(at(90))).toMatchObject({ published: 1 });
    expect(await publishedRows(recovers)).toBe(1);

    await db.connection.schema.renameTable(table, `${table}_off`);
    try {
      expect(await runDue(at(95))).toMatchObject({ failed: 1 });
    } finally {
      await db.connection.schema.renameTable(`${table}_off`, table);
    }
    const [failed] = await schedulesOf(givesUp);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed.reasons[0].message).toMatch(/^Publishing failed 3 times because of a server error/);
    expect(await eventsOf(givesUp, 'schedule-failed')).toHaveLength(1);
    expect(await publishedRows(givesUp)).toBe(0);
  });

  describe('only an approved, compliant post, by someone allowed to schedule', () => {
    it('refuses a post that is not approved yet, with what is missing', async () => {
      const { documentId } = await createDraft(
        suite.app,
        suite.users,
        compliantData({ title: 'Not reviewed yet' }),
      );
      const before = await stateOf(documentId);
      const response = await scheduleVia('reviewer', documentId, {
        publishAt: '2027-10-01T09:00',
        timeZone: 'Europe/London',
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(
        /^This post cannot be scheduled yet: \d+ requirements? of the social media policy/,
      );
      expect(
        response.body.error.details.errors.map((error: { message: string }) => error.message).join(' '),
      ).toMatch(/Attest/);
      expect(await stateOf(documentId)).toEqual(before);
    });

    it('refuses a second schedule of the same post: reschedule or cancel the first', async () => {
      const documentId = await approvedPost('Only once');
      await scheduleVia('reviewer', documentId, { publishAt: '2027-10-02T09:00', timeZone: 'Europe/London' });
      const before = await stateOf(documentId);
      const response = await scheduleVia('reviewer', documentId, {
        publishAt: '2027-10-03T09:00',
        timeZone: 'Europe/London',
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        'This post is already scheduled to publish at 2027-10-02 09:00 Europe/London: reschedule or cancel that first.',
      );
      expect(await stateOf(documentId)).toEqual(before);
    });

    it('answers 403 to an admin without the schedule permission, 401 without a session, and changes nothing', async () => {
      const documentId = await approvedPost('Not yours to schedule');
      await scheduleVia('reviewer', documentId, { publishAt: '2027-10-04T09:00', timeZone: 'Europe/London' });
      const before = await stateOf(documentId);
      const body = { publishAt: '2027-10-05T09:00', timeZone: 'Europe/London' };
      for (const who of ['editor', 'outsider'] as const) {
        expect((await as(who).post(route(documentId)).send(body)).status).toBe(403);
        expect((await as(who).put(route(documentId)).send(body)).status).toBe(403);
        expect((await as(who).delete(route(documentId))).status).toBe(403);
      }
      expect(
        (await as('outsider').get('/social-compliance/calendar?from=2027-10-01&to=2027-11-01')).status,
      ).toBe(403);
      expect((await suite.app.http().post(route(documentId)).send(body)).status).toBe(401);
      expect(await stateOf(documentId)).toEqual(before);

      await expect(
        scheduler().schedule({ uid: POST, documentId, locale: 'en', ...body, user: suite.users.editor }),
      ).rejects.toMatchObject({ message: 'You do not have the permission to schedule posts.' });
    });

    it('answers bad input with a 400 and a sentence, and changes nothing', async () => {
      const documentId = await approvedPost('Bad input changes nothing');
      const before = await stateOf(documentId);
      const bad: [object, RegExp][] = [
        [{ publishAt: '2027-10-06T09:00' }, /^Say which time zone the time is in/],
        [{ timeZone: 'Europe/London' }, /^Say when: send publishAt/],
        [
          { publishAt: '2027-10-06T09:00', unpublishAt: '2027-10-07T09:00', timeZone: 'Europe/London' },
          /^Say when: .*not both/,
        ],
        [{ publishAt: '2027-10-06T09:00', timeZone: 'Mars/Olympus' }, /^"Mars\/Olympus" is not a time zone/],
        [{ publishAt: 'next Tuesday', timeZone: 'Europe/London' }, /is not a date and time: write it as/],
        [
          { publishAt: 1_900_000_000, timeZone: 'Europe/London' },
          /^publishAt is a date and time written as text/,
        ],
        [
          { publishAt: '2020-01-01T09:00', timeZone: 'Europe/London' },
          /^2020-01-01 09:00 Europe\/London has already passed/,
        ],
        [
          { publishAt: '2027-10-06T09:00', timeZone: 'Europe/London', user: 1 },
          /^Unknown field in the request: user/,
        ],
      ];
      for (const [body, message] of bad) {
        const response = await scheduleVia('reviewer', documentId, body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
        expect(response.body.error.message).toMatch(message);
      }
      const put = await as('reviewer')
        .put(route(documentId))
        .send({ publishAt: '2027-10-06T09:00', timeZone: 'Europe/London' });
      expect(put.status).toBe(404);
      expect(put.body.error.message).toBe('This post is not scheduled to publish: schedule it instead.');
      const badPut = await as('reviewer').put(route(documentId)).send({ timeZone: 'Europe/London' });
      expect(badPut.status).toBe(400);
      expect(badPut.body.error.message).toMatch(/^Say when: send publishAt/);
      const cancel = await as('reviewer').delete(`${route(documentId)}&action=everything`);
      expect(cancel.status).toBe(400);
      expect(cancel.body.error.message).toMatch(/^action is publish .* or unpublish/);
      const missing = await as('reviewer')
        .post(`/social-compliance/documents/${POST}/no-such-document/schedule?locale=en`)
        .send({ publishAt: '2027-10-06T09:00', timeZone: 'Europe/London' });
      expect(missing.status).toBe(404);

      const calendar = (query: Record<string, string>) =>
        as('reviewer').get('/social-compliance/calendar').query(query);
      const badCalendar: [Record<string, string>, RegExp][] = [
        [{ to: '2027-11-01' }, /^Say which period to show: from is missing/],
        [{ from: '2027-11-01', to: '2027-10-01' }, /^to must come after from/],
        [{ from: '2027-01-01', to: '2029-01-01' }, /^Show at most 400 days at once/],
        [{ from: 'soon', to: '2027-10-01' }, /^from must be a date/],
        [{ from: '2027-10-01', to: '2027-11-01', status: 'late' }, /^status must be one or more of pending/],
        [{ from: '2027-10-01', to: '2027-11-01', timeZone: 'Mars/Olympus' }, /is not a time zone/],
        [{ from: '2027-10-01', to: '2027-11-01', pageSize: '5000' }, /^pageSize is at most 500/],
        [{ from: '2027-10-01', to: '2027-11-01', sort: 'title' }, /^Unknown parameter: sort/],
      ];
      for (const [query, message] of badCalendar) {
        const response = await calendar(query);
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
        expect(response.body.error.message).toMatch(message);
      }
      expect(await stateOf(documentId)).toEqual(before);
    });
  });

  it('shows the calendar of a period: each schedule in its zone and in the viewer’s, filtered by status, paginated', async () => {
    const ids = [await approvedPost('Calendar one'), await approvedPost('Calendar two')];
    await scheduleVia('reviewer', ids[0], { publishAt: '2027-12-01T09:00', timeZone: 'Europe/London' });
    await scheduleVia('reviewer', ids[1], { publishAt: '2027-12-02T09:00', timeZone: 'America/New_York' });
    const get = (query: Record<string, string>) =>
      as('reviewer').get('/social-compliance/calendar').query(query);

    const all = await get({
      from: '2027-12-01',
      to: '2028-01-01',
      timeZone: 'Asia/Tokyo',
      status: 'pending',
    });
    expect(all.status).toBe(200);
    expect(all.body.meta.pagination).toMatchObject({ total: 2, page: 1 });
    expect(all.body.data.map((item: { title: string }) => item.title)).toEqual([
      'Calendar one',
      'Calendar two',
    ]);
    expect(all.body.data[1]).toMatchObject({
      runAt: '2027-12-02T14:00:00.000Z',
      timeZone: 'America/New_York',
      local: { local: '2027-12-02T09:00', offset: '-05:00' },
      inViewerZone: { local: '2027-12-02T23:00', offset: '+09:00' },
    });
    const second = await get({ from: '2027-12-01', to: '2028-01-01', page: '2', pageSize: '1' });
    expect(second.body.data.map((item: { title: string }) => item.title)).toEqual(['Calendar two']);
    expect(second.body.meta.pagination).toMatchObject({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
    const done = await get({ from: '2027-12-01', to: '2028-01-01', status: 'done,failed' });
    expect(done.body.data).toEqual([]);
  });
});

describe("the scheduler's cron task", () => {
  const NAME = 'social-compliance.scheduler';
  const withScheduler = (scheduler: object) =>
    JSON.stringify({ governedContentTypes: ['api::press-release.press-release'], scheduler });

  it('polls on an instance whose cron is on, with the configured rule, and not where CRON_ENABLED=false', async () => {
    const off = await bootStrapi();
    try {
      expect(off.strapi.cron.jobs.map((job) => job.name)).not.toContain(NAME);
    } finally {
      await off.stop();
    }
    const on = await bootStrapi({
      env: { CRON_ENABLED: 'true', SOCIAL_COMPLIANCE_CONFIG: withScheduler({ rule: '*/30 * * * * *' }) },
    });
    try {
      const job = on.strapi.cron.jobs.find((candidate) => candidate.name === NAME);
      expect(job?.options).toEqual({ rule: '*/30 * * * * *' });
    } finally {
      await on.stop();
    }
  });

  it('stops the boot on a rule Strapi cannot read, rather than never publishing', async () => {
    await expect(
      bootStrapi({
        env: { CRON_ENABLED: 'true', SOCIAL_COMPLIANCE_CONFIG: withScheduler({ rule: 'every minute' }) },
      }),
    ).rejects.toThrow(
      'Error regarding social-compliance config: scheduler.rule "every minute" is not a cron rule; write one such as "* * * * *" (every minute).',
    );
  });
});
