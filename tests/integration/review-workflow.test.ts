import { POST, compliantData, createDraft } from './fixtures';
import { recipients } from './mailbox';
import { appSuite, documentRoute, type Who } from './suite';

describe('the review workflow', () => {
  const suite = appSuite({ sessions: ['editor', 'reviewer', 'secondReviewer', 'superAdmin'], mailbox: true });
  const { as } = suite;

  const act = (who: Who, documentId: string, verb: string, body: object = {}) =>
    as(who).post(documentRoute(documentId, verb)).send(body);
  const record = (documentId: string) =>
    suite.app.strapi.db
      .query('plugin::social-compliance.compliance-record')
      .findOne({ where: { targetDocumentId: documentId } });

  it('e-mails the reviewers on submit and the author on approval, through a real SMTP receiver', async () => {
    const { documentId } = await createDraft(
      suite.app,
      suite.users,
      compliantData({ title: 'Mail me when approved' }),
    );
    expect((await act('editor', documentId, 'attest')).status).toBe(200);
    expect((await act('editor', documentId, 'submit')).status).toBe(200);

    // One mail per reviewer, so that no reviewer sees the others' addresses.
    const subject = 'Review requested: Mail me when approved';
    await suite.mailbox.waitFor(
      (mail) => mail.subject === subject && recipients(mail)[0] === suite.users.secondReviewer.email,
    );
    const requests = suite.mailbox.messages.filter((mail) => mail.subject === subject);
    expect(requests.map(recipients)).toEqual(
      expect.arrayContaining([[suite.users.reviewer.email], [suite.users.secondReviewer.email]]),
    );
    expect(requests.flatMap(recipients)).not.toContain(suite.users.editor.email);
    expect(requests[0].text).toContain(`/admin/content-manager/collection-types/${POST}/${documentId}`);

    const approval = await act('reviewer', documentId, 'approve', { comment: 'Good to go' });
    expect(approval.status).toBe(200);
    expect(approval.body.data.reviewState).toBe('approved');
    const approved = await suite.mailbox.waitFor(
      (mail) => mail.subject === 'Approved: Mail me when approved',
    );
    expect(recipients(approved)).toEqual([suite.users.editor.email]);
    expect(approved.text).toContain('Good to go');
  });

  it('sends a post back with a required comment, and tells its author', async () => {
    const { documentId } = await createDraft(
      suite.app,
      suite.users,
      compliantData({ title: 'Send me back' }),
    );
    await act('editor', documentId, 'attest');
    await act('editor', documentId, 'submit');

    const withoutComment = await act('reviewer', documentId, 'request-changes', {});
    expect(withoutComment.status).toBe(400);
    expect(withoutComment.body.error.message).toMatch(/comment is required/);
    expect((await record(documentId)).reviewState).toBe('in-review');

    const sentBack = await act('reviewer', documentId, 'request-changes', {
      comment: 'Add the clinic hours.',
    });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body.data.reviewState).toBe('changes-requested');
    const mail = await suite.mailbox.waitFor(
      (message) => message.subject === 'Changes requested: Send me back',
    );
    expect(recipients(mail)).toEqual([suite.users.editor.email]);
    expect(mail.text).toContain('Add the clinic hours.');
  });

  it('never lets the author approve their own post, through any route', async () => {
    // The super admin holds every permission, review included: only the four-eyes rule stops them.
    const { documentId } = await createDraft(suite.app, suite.users);
    expect((await act('superAdmin', documentId, 'attest')).status).toBe(200);
    expect((await act('superAdmin', documentId, 'submit')).status).toBe(200);
    const before = await record(documentId);

    const own = await act('superAdmin', documentId, 'approve');
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/another reviewer must do it/);
    const sendBackOwn = await act('superAdmin', documentId, 'request-changes', { comment: 'Self review' });
    expect(sendBackOwn.status).toBe(403);
    expect(await record(documentId)).toEqual(before);
  });

  it('refuses a body that names another user, and changes nothing', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await act('editor', documentId, 'attest');
    await act('editor', documentId, 'submit');
    const before = await record(documentId);
    const forged = await act('reviewer', documentId, 'approve', { userId: suite.users.secondReviewer.id });
    expect(forged.status).toBe(400);
    expect(forged.body.error.message).toMatch(/Unknown field in the request: userId/);
    expect(await record(documentId)).toEqual(before);
  });

  it('does not approve content that changed after it was submitted', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await act('editor', documentId, 'attest');
    await act('editor', documentId, 'submit');
    await suite.app.strapi
      .documents(POST)
      .update({ documentId, locale: 'en', data: { body: 'Edited after submission.' } as never });
    const stale = await act('reviewer', documentId, 'approve');
    expect(stale.status).toBe(400);
    expect(stale.body.error.message).toMatch(/changed after it was submitted/);
    expect((await record(documentId)).approvals).toEqual([]);
  });

  it('needs as many distinct reviewers as the policy asks; two approving at once are both recorded', async () => {
    const policy = suite.app.strapi.plugin('social-compliance').service('policy');
    const current = await policy.current();
    await policy.update({ ...current, approvalsRequired: 2 }, { expectedVersion: current.version });
    try {
      const { documentId } = await createDraft(suite.app, suite.users);
      await act('editor', documentId, 'attest');
      await act('editor', documentId, 'submit');
      const [first, second] = await Promise.all([
        act('reviewer', documentId, 'approve'),
        act('secondReviewer', documentId, 'approve'),
      ]);
      expect([first.status, second.status]).toEqual([200, 200]);
      const stored = await record(documentId);
      expect(stored.approvals.map((approval: { userId: number }) => approval.userId).sort()).toEqual(
        [suite.users.reviewer.id, suite.users.secondReviewer.id].sort(),
      );
      expect(stored.reviewState).toBe('approved');
      expect(stored.approvals[0].policyVersion).toBe(current.version + 1);
    } finally {
      const now = await policy.current();
      await policy.update({ ...now, approvalsRequired: 1 }, { expectedVersion: now.version });
    }
  });

  it('one reviewer approving twice at the same moment is recorded once', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await act('editor', documentId, 'attest');
    await act('editor', documentId, 'submit');
    const answers = await Promise.all([
      act('reviewer', documentId, 'approve'),
      act('reviewer', documentId, 'approve'),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400]);
    expect((await record(documentId)).approvals).toHaveLength(1);
  });

  it('lets a reviewer override one PHI finding with a reason, and it stops counting when the text changes', async () => {
    const { documentId } = await createDraft(
      suite.app,
      suite.users,
      compliantData({ body: 'Happy 100th birthday, Mabel! Aged 100 and still volunteering.' }),
    );
    const inspect = async () =>
      (await as('reviewer').get(`/social-compliance/documents/${POST}/${documentId}?locale=en`)).body.data;
    const { findings } = await inspect();
    const age = findings.find((finding: { category: string }) => finding.category === 'age');
    expect(age).toBeDefined();

    const tooShort = await act('reviewer', documentId, 'overrides', {
      fingerprint: age.fingerprint,
      reason: 'ok',
    });
    expect(tooShort.status).toBe(400);
    const unknown = await act('reviewer', documentId, 'overrides', {
      fingerprint: 'nope',
      reason: 'Consent form PC-2026-114 on file',
    });
    expect(unknown.status).toBe(404);
    const byEditor = await act('editor', documentId, 'overrides', {
      fingerprint: age.fingerprint,
      reason: 'Consent form PC-2026-114 on file',
    });
    expect(byEditor.status).toBe(403);

    const overridden = await act('reviewer', documentId, 'overrides', {
      fingerprint: age.fingerprint,
      reason: 'Consent form PC-2026-114 on file',
    });
    expect(overridden.status).toBe(200);
    const after = await inspect();
    expect(
      after.findings.find((finding: { fingerprint: string }) => finding.fingerprint === age.fingerprint)
        .override.reason,
    ).toBe('Consent form PC-2026-114 on file');

    await suite.app.strapi.documents(POST).update({
      documentId,
      locale: 'en',
      data: { body: 'Happy 101st birthday, Mabel! Aged 101 and still volunteering.' } as never,
    });
    const edited = await inspect();
    expect(
      edited.findings.filter(
        (finding: { category: string; override?: unknown }) => finding.category === 'age' && finding.override,
      ),
    ).toEqual([]);
  });
});
