import { POST, compliantData, createDraft } from './fixtures';
import { appSuite, documentRoute, type Who } from './suite';

// The reviewer's screen (issue 12): one read with each network's copy, the earlier versions to diff
// against and the four-eyes answer; and the audit page's actor and action filters.
describe('the review screen and the audit filters', () => {
  const suite = appSuite({ sessions: ['editor', 'reviewer', 'policyOwner', 'superAdmin', 'outsider'] });
  const { as } = suite;

  const act = (who: Who, documentId: string, verb: string, body: object = {}) =>
    as(who).post(documentRoute(documentId, verb)).send(body);
  const screen = (who: Who, documentId: string) => as(who).get(documentRoute(documentId, 'review'));

  it('shows each network its copy and the version sent back, and lets a reviewer decide', async () => {
    const { documentId } = await createDraft(
      suite.app,
      suite.users,
      compliantData({ title: '<img src=x onerror=alert(1)>', channels: ['x', 'linkedin'] }),
    );
    await act('editor', documentId, 'attest');
    await act('editor', documentId, 'submit');

    const first = await screen('reviewer', documentId);
    expect(first.status).toBe(200);
    const data = first.body.data;
    expect(data.post.title).toBe('<img src=x onerror=alert(1)>');
    expect(data.networks.map((network: { channel: string }) => network.channel)).toEqual(['x', 'linkedin']);
    expect(data.networks[0]).toMatchObject({ label: 'X', maxLength: 280 });
    expect(data.networks[0].length).toBeGreaterThan(0);
    expect(data.networks[0].text).toContain(data.post.body.trim());
    expect(data.decision).toEqual({
      canDecide: true,
      reason: null,
      ownPost: false,
      canOverride: true,
      canSchedule: true,
    });
    expect(data.sentBack).toBeNull();
    expect(data.lastApproved).toBeNull();

    expect((await act('reviewer', documentId, 'request-changes', { comment: 'Add the hours.' })).status).toBe(
      200,
    );
    await suite.app.strapi
      .documents(POST)
      .update({ documentId, locale: 'en', data: { body: `${data.post.body} Open 9 to 5.` } as never });
    await act('editor', documentId, 'attest');
    await act('editor', documentId, 'submit');

    const second = (await screen('reviewer', documentId)).body.data;
    expect(second.sentBack).toMatchObject({
      kind: 'changes-requested',
      body: data.post.body,
      comment: 'Add the hours.',
    });
    expect(second.post.body).toContain('Open 9 to 5.');

    expect((await act('reviewer', documentId, 'approve')).status).toBe(200);
    const third = (await screen('reviewer', documentId)).body.data;
    expect(third.lastApproved).toMatchObject({ kind: 'approved', body: second.post.body });
    expect(third.sentBack).toBeNull();
  });

  it('tells the author of a post why they cannot approve it, before they try', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await act('superAdmin', documentId, 'attest');
    await act('superAdmin', documentId, 'submit');
    const own = (await screen('superAdmin', documentId)).body.data.decision;
    expect(own).toEqual({
      canDecide: false,
      reason: 'You cannot review a post you wrote, submitted or attested: another reviewer must do it.',
      ownPost: true,
      canOverride: false,
      canSchedule: true,
    });
    // The editor may read the screen, not decide: no review permission.
    const editor = (await screen('editor', documentId)).body.data.decision;
    expect(editor).toMatchObject({
      canDecide: false,
      reason: 'You do not have the permission to review posts.',
    });
    expect((await screen('outsider', documentId)).status).toBe(403);
  });

  it('filters the audit log by actor and action, and refuses an unknown action', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await act('editor', documentId, 'attest');
    await act('editor', documentId, 'submit');
    const audit = (query: string) => as('policyOwner').get(`/social-compliance/audit?${query}`);

    const submits = await audit(`action=submit&documentId=${documentId}`);
    expect(submits.status).toBe(200);
    expect(submits.body.data.map((event: { action: string }) => event.action)).toEqual(['submit']);
    const byEditor = await audit(`actorId=${suite.users.editor.id}&documentId=${documentId}`);
    expect(byEditor.body.data.map((event: { action: string }) => event.action)).toEqual(['attest', 'submit']);
    expect((await audit(`actorId=${suite.users.reviewer.id}&documentId=${documentId}`)).body.data).toEqual(
      [],
    );

    const bad = await audit('action=delete-everything');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/action must be one of attest, submit/);

    const csv = await as('policyOwner').get(
      `/social-compliance/audit/export?format=csv&action=attest&documentId=${documentId}`,
    );
    expect(csv.status).toBe(200);
    const lines = csv.text.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',attest,');
  });

  it("browses the policy's versions as they were", async () => {
    const current = (await as('policyOwner').get('/social-compliance/policy')).body.data;
    const { version: _version, attestation, ...settings } = current;
    const saved = await as('policyOwner')
      .put('/social-compliance/policy')
      .send({
        expectedVersion: current.version,
        note: 'New wording',
        policy: { ...settings, attestation: { wording: `${attestation.wording} (revised)` } },
      });
    expect(saved.status).toBe(200);
    const earlier = await as('reviewer').get(`/social-compliance/policy/versions/${current.version}`);
    expect(earlier.status).toBe(200);
    expect(earlier.body.data.attestation).toEqual(attestation);
    const later = await as('reviewer').get(`/social-compliance/policy/versions/${current.version + 1}`);
    expect(later.body.data.attestation.wording).toBe(`${attestation.wording} (revised)`);
    const missing = await as('reviewer').get('/social-compliance/policy/versions/999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('There is no version 999 of the policy.');
  });
});
