import { waitForAudit } from './fixtures';
import { recipients } from './mailbox';
import { schedulingSuite } from './scheduling-suite';

// Issue 12, missed schedules: after downtime, a publish found later than `scheduler.maxLateness` (or the
// schedule's own) is not published late; it is marked missed, audited, and its author and the policy
// owner are e-mailed. Within the lateness it goes out as before.
describe('missed schedules', () => {
  const suite = schedulingSuite();
  const { approvedPost, scheduleVia, runDue, schedulesOf, recordOf, publishedRows } = suite;

  it('marks a publish found more than two hours late as missed, publishes nothing and tells the people', async () => {
    const documentId = await approvedPost('Missed while the servers were down');
    expect(
      (await scheduleVia('reviewer', documentId, { publishAt: '2030-01-01T10:00', timeZone: 'UTC' })).status,
    ).toBe(201);

    const result = await runDue('2030-01-01T12:00:01Z');
    expect(result).toMatchObject({ published: 0, missed: 1 });

    const [row] = await schedulesOf(documentId);
    expect(row.status).toBe('missed');
    expect(row.reasons[0].message).toBe(
      'Not published: the scheduler found it 2 hours after 2030-01-01 10:00 UTC, later than the 2 hours allowed. Publish it now or choose a new time.',
    );
    expect(await publishedRows(documentId)).toBe(0);
    expect((await recordOf(documentId)).reviewState).toBe('approved');
    const [event] = await waitForAudit(suite.app, 'schedule-missed', documentId);
    expect(event.details).toMatchObject({ maxLateness: 7200, foundAt: '2030-01-01T12:00:01.000Z' });

    const subject = 'Scheduled publish missed: Missed while the servers were down';
    await suite.mailbox.waitFor(
      (mail) => mail.subject === subject && recipients(mail)[0] === suite.users.policyOwner.email,
    );
    const mails = suite.mailbox.messages.filter((mail) => mail.subject === subject);
    expect(mails.flatMap(recipients).sort()).toEqual(
      [suite.users.editor.email, suite.users.policyOwner.email].sort(),
    );
    expect(mails[0].text).toContain('/admin/plugins/social-compliance/calendar');

    // One click later: scheduled again, it goes out.
    expect(
      (await scheduleVia('reviewer', documentId, { publishAt: '2030-01-01T12:05', timeZone: 'UTC' })).status,
    ).toBe(201);
    expect(await runDue('2030-01-01T12:06:00Z')).toMatchObject({
      published: 1,
    });
    expect(await publishedRows(documentId)).toBe(1);
  });

  it('still publishes a post found within the allowed lateness', async () => {
    const documentId = await approvedPost('Late but within the limit');
    await scheduleVia('reviewer', documentId, { publishAt: '2030-02-01T10:00', timeZone: 'UTC' });
    const result = await runDue('2030-02-01T11:59:59Z');
    expect(result).toMatchObject({ published: 1, missed: 0 });
    expect((await schedulesOf(documentId))[0].status).toBe('done');
    expect(await publishedRows(documentId)).toBe(1);
  });

  it("takes a schedule's own lateness, and refuses one that is not a number of seconds", async () => {
    const documentId = await approvedPost('Only ten minutes of slack');
    const bad = await scheduleVia('reviewer', documentId, {
      publishAt: '2030-03-01T10:00',
      timeZone: 'UTC',
      maxLateness: 10,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('maxLateness is at least 60 seconds.');
    expect(await schedulesOf(documentId)).toEqual([]);

    const created = await scheduleVia('reviewer', documentId, {
      publishAt: '2030-03-01T10:00',
      timeZone: 'UTC',
      maxLateness: 600,
    });
    expect(created.status).toBe(201);
    expect(created.body.data.maxLateness).toBe(600);
    expect(await runDue('2030-03-01T10:10:01Z')).toMatchObject({ missed: 1 });
    expect(await publishedRows(documentId)).toBe(0);
  });
});
