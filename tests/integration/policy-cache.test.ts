import { POST, createDraft, makeCompliant, publishedRows } from './fixtures';
import { appSuite } from './suite';

const POLICY = 'plugin::social-compliance.policy';

/**
 * The policy is cached by version in each process; each publish reads which version is in force. These
 * write versions straight into the table, as another instance on the same database would, behind this
 * process's back: the gate must judge by them at once.
 */
describe('the policy in force, cached by version', () => {
  const suite = appSuite();

  const policyService = () => suite.app.strapi.plugin('social-compliance').service('policy');

  /** A new version written by "another instance": a copy of the latest row with `changes`. */
  const writeVersion = async (changes: Record<string, unknown>) => {
    const latest = await suite.app.strapi.db.query(POLICY).findOne({ orderBy: { version: 'desc' } });
    const { id: _id, documentId: _documentId, createdAt: _c, updatedAt: _u, ...row } = latest;
    return suite.app.strapi.db
      .query(POLICY)
      .create({ data: { ...row, ...changes, version: latest.version + 1, changeNote: 'other instance' } });
  };

  it('a version written by another instance is the one the next publish is judged by', async () => {
    const { documentId } = await createDraft(suite.app, suite.users);
    await makeCompliant(suite.app, suite.users, documentId);
    // Warm this process's copy with the version in force now.
    expect((await policyService().current()).approvalsRequired).toBe(1);

    await writeVersion({ approvalsRequired: 2 });
    await expect(suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' })).rejects.toThrow(
      /cannot be published yet/,
    );
    expect(await publishedRows(suite.app, documentId)).toBe(0);

    await writeVersion({ approvalsRequired: 1 });
    await suite.app.strapi.documents(POST).publish({ documentId, locale: 'en' });
    expect(await publishedRows(suite.app, documentId)).toBe(1);
  });

  it('a version read inside a transaction that rolled back is never served for the committed one', async () => {
    const before = await policyService().current();
    await expect(
      suite.app.strapi.db.transaction(async () => {
        await writeVersion({ disclaimer: 'Rolled back wording' });
        expect((await policyService().current()).disclaimer).toBe('Rolled back wording');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await policyService().current()).version).toBe(before.version);

    await writeVersion({ disclaimer: 'Committed wording' });
    const now = await policyService().current();
    expect(now.version).toBe(before.version + 1);
    expect(now.disclaimer).toBe('Committed wording');
  });

  it('callers cannot change the shared copy', async () => {
    const current = await policyService().current();
    expect(() => {
      (current as { approvalsRequired: number }).approvalsRequired = 0;
    }).toThrow(TypeError);
    expect((await policyService().current()).approvalsRequired).toBe(current.approvalsRequired);
  });
});
