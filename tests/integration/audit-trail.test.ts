import { GENESIS_HASH, hashEvent } from '../../server/src/services/audit';
import type { AuditEvent } from '../../shared/contracts/audit';
import { POST, createDraft, makeCompliant, publishedRows } from './fixtures';
import { appSuite } from './suite';

const EVENT = 'plugin::social-compliance.audit-event';

describe('the audit trail (rule 1)', () => {
  const suite = appSuite({ sessions: ['policyOwner'] });
  const { as } = suite;
  let documentId: string;
  const audit = () => suite.app.strapi.plugin('social-compliance').service('audit');
  const table = () => suite.app.strapi.db.metadata.get(EVENT).tableName;

  beforeAll(async () => {
    ({ documentId } = await createDraft(suite.app, suite.users));
    await makeCompliant(suite.app, suite.users, documentId);
    await suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' });
  });

  it('records every act with its actor, chained by hashes', async () => {
    const events = await audit().list({ documentId });
    expect(events.map((event: { action: string }) => event.action)).toEqual([
      'attest',
      'submit',
      'approve',
      'publish',
    ]);
    expect(events[0].actorLabel).toBe('Eddie Editor');
    expect(events[2].actorLabel).toBe('Rita Reviewer');
    expect(events[2].details.policyVersion).toBe(1);
    expect(await audit().verify()).toMatchObject({ ok: true });

    // Each event holds the hash of the one before it, the first one the genesis hash.
    const chain: { seq: number; prevHash: string; hash: string }[] = await audit().list({ limit: 1000 });
    expect(chain.map((event) => event.seq)).toEqual(chain.map((_event, index) => index + 1));
    expect(chain[0].prevHash).toBe(GENESIS_HASH);
    for (let index = 1; index < chain.length; index += 1)
      expect(chain[index].prevHash).toBe(chain[index - 1].hash);
  });

  // Each event is stored as Strapi's query engine stores a row (its document id and timestamps, which
  // Strapi's lifecycles set, so an app subscribed to them sees every event), one event or many, chained.
  it.each([1, 3, 25])('stores an append of %i events as Strapi stores a row, chained', async (count) => {
    // A document of its own, so the other tests' lists of this post's events stay as they are.
    const target = { uid: POST, documentId: `audit-append-${count}`, locale: 'en' };
    const inputs = Array.from({ length: count }, (_, index) => ({
      action: 'override' as const,
      actorLabel: 'audit test',
      target,
      contentHash: 'c'.repeat(64),
      details: { index, note: `append of ${count}` },
    }));
    const appended = await suite.app.strapi.db.transaction(() => audit().appendAll(inputs));
    const rows = await suite.app.strapi.db.query(EVENT).findMany({
      where: { seq: { $in: appended.map((event: AuditEvent) => event.seq) } },
      orderBy: { seq: 'asc' },
    });
    expect(rows).toHaveLength(count);
    rows.forEach((row: Record<string, unknown>, index: number) => {
      expect(row).toMatchObject({
        action: 'override',
        actorLabel: 'audit test',
        targetUid: POST,
        targetDocumentId: target.documentId,
        targetLocale: 'en',
        details: { index, note: `append of ${count}` },
        prevHash: appended[index].prevHash,
        hash: appended[index].hash,
      });
      expect(String(row.seq)).toBe(String(appended[index].seq));
      expect(new Date(row.occurredAt as string).toISOString()).toBe(appended[index].occurredAt);
      expect(row.documentId).toEqual(expect.any(String));
      expect(row.createdAt).toEqual(expect.any(String));
      expect(row.publishedAt).toEqual(expect.any(String));
    });
    expect(await audit().verify()).toMatchObject({ ok: true });
  });

  it('exports CSV and JSON, filtered by post and date, with the chain check', async () => {
    const csv = await as('policyOwner').get(
      `/social-compliance/audit/export?format=csv&documentId=${documentId}`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.headers['x-audit-chain']).toMatch(/^ok; head [0-9a-f]{64}$/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe(
      'seq,occurredAt,actorId,actorLabel,action,targetUid,targetDocumentId,targetLocale,contentHash,details,prevHash,hash',
    );
    expect(lines).toHaveLength(5);

    const json = await as('policyOwner').get(
      `/social-compliance/audit/export?format=json&from=2000-01-01&to=2000-12-31`,
    );
    expect(json.status).toBe(200);
    expect(json.body.events).toEqual([]);
    expect(json.body.verification.ok).toBe(true);

    const bad = await as('policyOwner').get('/social-compliance/audit/export?format=pdf');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/format is csv or json/);
  });

  it('notices an altered event', async () => {
    const [target] = await suite.app.strapi.db
      .connection(table())
      .where({ action: 'approve' })
      .select('id', 'details');
    const original = target.details;
    await suite.app.strapi.db
      .connection(table())
      .where({ id: target.id })
      .update({
        details: JSON.stringify({
          policyVersion: 1,
          policyOwner: 'Someone else',
          comment: null,
          reviewState: 'approved',
        }),
      });
    try {
      const result = await audit().verify();
      expect(result.ok).toBe(false);
      expect(result.reason).toMatch(/does not match its hash/);
    } finally {
      await suite.app.strapi.db
        .connection(table())
        .where({ id: target.id })
        .update({ details: asColumn(original) });
    }
    expect((await audit().verify()).ok).toBe(true);
  });

  // Rule 1, "make it clear everyone is responsible for what they write": who approved what cannot be
  // rewritten unnoticed, even by someone who recomputes the rewritten event's own hash. Only the next
  // event's link to it gives the rewrite away.
  it('notices an event rewritten with a recomputed hash, at the event after it', async () => {
    const [row] = await suite.app.strapi.db.connection(table()).where({ action: 'approve' }).select('*');
    const [original] = await audit()
      .list({ documentId, limit: 1000 })
      .then((events: AuditEvent[]) => events.filter((event) => event.seq === Number(row.seq)));
    const { hash: _hash, ...rest } = original;
    const rewritten = { ...rest, details: { ...original.details, policyOwner: 'Someone else' } };
    const hash = hashEvent(rewritten);
    expect(hash).not.toBe(original.hash);
    await suite.app.strapi.db
      .connection(table())
      .where({ id: row.id })
      .update({ details: JSON.stringify(rewritten.details), hash });
    try {
      const result = await audit().verify();
      expect(result).toMatchObject({
        ok: false,
        brokenAt: original.seq + 1,
        reason: 'it does not link to the event before it',
      });
    } finally {
      await suite.app.strapi.db
        .connection(table())
        .where({ id: row.id })
        .update({ details: asColumn(row.details), hash: row.hash });
    }
    expect((await audit().verify()).ok).toBe(true);
  });

  it('notices a deleted event', async () => {
    const [row] = await suite.app.strapi.db.connection(table()).where({ action: 'submit' }).select('*');
    await suite.app.strapi.db.connection(table()).where({ id: row.id }).delete();
    try {
      const result = await audit().verify();
      expect(result.ok).toBe(false);
      expect(result.brokenAt).toBe(Number(row.seq));
    } finally {
      await suite.app.strapi.db.connection(table()).insert({ ...row, details: asColumn(row.details) });
    }
    expect((await audit().verify()).ok).toBe(true);
  });

  // The gate reads the chain's head in its content read, a statement after the one that took the chain's
  // lock (with the drafts'): on PostgreSQL and MariaDB these publishes run on several connections at once,
  // and a head read before the lock was granted would collide on the sequence number and refuse them.
  it('publishes posts at the same moment as other acts are recorded: each commits, the chain holds', async () => {
    const documentIds: string[] = [];
    for (let index = 0; index < 8; index += 1) {
      const { documentId: id } = await createDraft(suite.app, suite.users);
      await makeCompliant(suite.app, suite.users, id);
      documentIds.push(id);
    }
    const target = { uid: POST, documentId: 'audit-concurrent-acts', locale: 'en' };
    const outcomes = await Promise.allSettled([
      ...documentIds.map((id) => suite.app.strapi.documents(POST).publish({ documentId: id, locale: 'en' })),
      ...Array.from({ length: 4 }, (_, index) =>
        audit().append({ action: 'override', actorLabel: 'audit test', target, details: { index } }),
      ),
    ]);
    expect(outcomes.filter(({ status }) => status === 'rejected')).toEqual([]);
    for (const id of documentIds) {
      expect(await publishedRows(suite.app, id)).toBe(1);
      expect((await audit().list({ documentId: id, action: 'publish' })).length).toBe(1);
    }
    expect(await audit().verify()).toMatchObject({ ok: true });
  });

  it('records a policy change with the versions and what changed', async () => {
    const policy = suite.app.strapi.plugin('social-compliance').service('policy');
    const current = await policy.current();
    const response = await as('policyOwner')
      .put('/social-compliance/policy')
      .send({
        expectedVersion: current.version,
        note: 'Two approvals for everything',
        policy: {
          owner: current.owner,
          attestation: { wording: `${current.attestation.wording} I have read the privacy policy.` },
          lexicon: current.lexicon,
          categories: current.categories,
          channels: current.channels,
          approvalsRequired: 2,
          disclaimer: current.disclaimer,
          allow: current.allow,
          mrnPatterns: current.mrnPatterns,
          copyrightLine: current.copyrightLine,
        },
      });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      version: current.version + 1,
      approvalsRequired: 2,
      attestation: { version: 2 },
    });
    const [event] = (await audit().list({})).filter(
      (entry: { action: string }) => entry.action === 'policy-changed',
    );
    expect(event.details).toMatchObject({
      fromVersion: current.version,
      toVersion: current.version + 1,
      changed: ['attestation', 'approvalsRequired'],
      note: 'Two approvals for everything',
    });

    const stale = await as('policyOwner')
      .put('/social-compliance/policy')
      .send({
        expectedVersion: current.version,
        policy: { ...response.body.data, attestation: { wording: current.attestation.wording } },
      });
    expect(stale.status).toBe(400);

    const invalid = await as('policyOwner')
      .put('/social-compliance/policy')
      .send({
        expectedVersion: current.version + 1,
        policy: { ...validSettings(response.body.data), mrnPatterns: ['(unclosed'] },
      });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toMatch(/not a valid regular expression/);
    expect((await policy.current()).version).toBe(current.version + 1);
  });
});

// MySQL's driver hands JSON columns back parsed; writing them back needs the text again.
const asColumn = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

const validSettings = (policy: Record<string, unknown>) => {
  const {
    version: _version,
    attestation,
    ...rest
  } = policy as { version: number; attestation: { wording: string } };
  return { ...rest, attestation: { wording: attestation.wording } };
};
