import { createScheduleStore } from '../store';
import { scheduleRow, TARGET } from './fixtures';

// DESIGN, scheduling: "A schedule row per post, locale and action", and the calendar (rule 10, "the calendar
// of what goes out when") offers to cancel or reschedule the one that has not run yet. A schedule that has
// not run yet is pending, or claimed by an instance that is running it; done, failed, cancelled and missed
// ones are history. The database is a fake table that answers `status: { $in }` as a database does.
const storeOver = (rows: ReturnType<typeof scheduleRow>[]) => {
  const matches = (row: Record<string, unknown>, where: Record<string, unknown>) =>
    Object.entries(where).every(([field, wanted]) =>
      wanted && typeof wanted === 'object' && '$in' in wanted
        ? (wanted.$in as unknown[]).includes(row[field])
        : row[field] === wanted,
    );
  const strapi = {
    db: {
      query: () => ({
        findOne: async ({ where }: { where: Record<string, unknown> }) =>
          rows.find((row) => matches(row as unknown as Record<string, unknown>, where)) ?? null,
      }),
    },
  };
  return createScheduleStore(strapi as never);
};

describe("a post's schedule that has not run yet", () => {
  it.each(['pending', 'claimed'] as const)('is a %s one', async (status) => {
    const store = storeOver([scheduleRow({ id: 1, status: 'done' }), scheduleRow({ id: 2, status })]);
    expect(await store.findActive(TARGET, 'publish')).toMatchObject({ id: 2, status });
  });

  it.each(['done', 'failed', 'cancelled', 'missed'] as const)('is never a %s one', async (status) => {
    const store = storeOver([scheduleRow({ status })]);
    expect(await store.findActive(TARGET, 'publish')).toBeNull();
  });

  it("is one of this action: a pending take-down is not the post's publish", async () => {
    const store = storeOver([scheduleRow({ action: 'unpublish', status: 'pending' })]);
    expect(await store.findActive(TARGET, 'publish')).toBeNull();
    expect(await store.findActive(TARGET, 'unpublish')).toMatchObject({ action: 'unpublish' });
  });
});
