import { POST, compliantData, createDraft } from './fixtures';
import { appSuite } from './suite';

describe('the review queue', () => {
  const suite = appSuite({ sessions: ['reviewer'] });
  const submitted: { documentId: string; category: string; channels: string[] }[] = [];

  beforeAll(async () => {
    const service = (name: string) => suite.app.strapi.plugin('social-compliance').service(name);
    for (let index = 0; index < 30; index += 1) {
      const category = index % 3 === 0 ? 'health-tip' : 'event';
      const channels = index % 2 === 0 ? ['x'] : ['facebook', 'linkedin'];
      const { documentId } = await createDraft(
        suite.app,
        suite.users,
        compliantData({ title: `Post ${String(index).padStart(2, '0')}`, category, channels }),
      );
      const target = { uid: POST, documentId, locale: 'en' };
      await service('attestation').attest({ ...target, user: suite.users.editor });
      await service('review').submit({ ...target, user: suite.users.editor });
      submitted.push({ documentId, category, channels });
    }
    // One post approved and one never submitted: neither waits for review.
    await service('review').approve({
      uid: POST,
      documentId: submitted[29].documentId,
      locale: 'en',
      user: suite.users.reviewer,
    });
    await createDraft(suite.app, suite.users, compliantData({ title: 'Not submitted' }));
  });

  const queue = (query = '') => suite.as('reviewer').get(`/social-compliance/review-queue${query}`);

  it('lists the posts waiting for review, longest waiting first, with their evaluation', async () => {
    const response = await queue();
    expect(response.status).toBe(200);
    expect(response.body.pagination).toEqual({ page: 1, pageSize: 25, total: 29, pageCount: 2 });
    const [first] = response.body.results;
    expect(first).toMatchObject({
      title: 'Post 00',
      reviewState: 'in-review',
      submittedBy: 'Eddie Editor',
      changedSinceSubmission: false,
    });
    expect(first.evaluation.compliant).toBe(false);
    expect(first.evaluation.failing.map((check: { id: string }) => check.id)).toEqual(['approval.missing']);
  });

  it('filters by state, channel, category and author, sorts and pages', async () => {
    const approved = await queue('?state=approved');
    expect(approved.body.results.map((row: { title: string }) => row.title)).toEqual(['Post 29']);

    const onX = await queue('?channel=x&pageSize=100');
    expect(onX.body.pagination.total).toBe(15);
    expect(onX.body.results.every((row: { channels: string[] }) => row.channels.includes('x'))).toBe(true);

    const tips = await queue('?category=health-tip&sort=title:desc&pageSize=3');
    expect(tips.body.results.map((row: { title: string }) => row.title)).toEqual([
      'Post 27',
      'Post 24',
      'Post 21',
    ]);

    const page2 = await queue('?page=2');
    expect(page2.body.results).toHaveLength(4);

    const mine = await queue(`?authorId=${suite.users.editor.id}&state=in-review,approved`);
    expect(mine.body.pagination.total).toBe(30);
    const nobody = await queue(`?authorId=${suite.users.reviewer.id}`);
    expect(nobody.body.pagination.total).toBe(0);

    const future = await queue('?waitingSince=2000-01-01T00:00:00Z');
    expect(future.body.pagination.total).toBe(0);
  });

  it('shows a post edited after it was submitted', async () => {
    await suite.app.strapi
      .documents(POST)
      .update({ documentId: submitted[1].documentId, locale: 'en', data: { body: 'Edited.' } as never });
    const response = await queue('?pageSize=5');
    expect(response.body.results[1]).toMatchObject({ title: 'Post 01', changedSinceSubmission: true });
  });

  it('answers bad filters with a 400 that says what is allowed', async () => {
    const state = await queue('?state=lost');
    expect(state.status).toBe(400);
    expect(state.body.error.message).toMatch(/state must be one or more of draft, in-review/);
    const size = await queue('?pageSize=1000');
    expect(size.status).toBe(400);
    expect(size.body.error.message).toMatch(/pageSize is at most 100/);
    const unknown = await queue('?colour=red');
    expect(unknown.status).toBe(400);
  });

  it('reads a page in the same number of queries whatever its size: no query per post', async () => {
    const countQueries = async (query: string) => {
      let count = 0;
      const listener = () => (count += 1);
      suite.app.strapi.db.connection.on('query', listener);
      try {
        await suite.app.strapi
          .plugin('social-compliance')
          .service('reviewQueue')
          .list(query === 'small' ? { pageSize: 2 } : { pageSize: 25 });
      } finally {
        suite.app.strapi.db.connection.off('query', listener);
      }
      return count;
    };
    const small = await countQueries('small');
    const large = await countQueries('large');
    expect(large).toBe(small);
    expect(large).toBeLessThan(20);
  });
});
