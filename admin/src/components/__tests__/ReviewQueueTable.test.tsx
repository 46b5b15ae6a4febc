import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';

import { renderAdmin } from '../../../tests/render';
import { ReviewQueueTable, type ReviewQueueTableProps } from '../ReviewQueueTable';
import type { QueueItem } from '../../../../shared/contracts/review-queue';

const NOW = new Date('2026-11-30T12:00:00Z');

const item = (index: number, overrides: Partial<QueueItem> = {}): QueueItem => ({
  target: { uid: 'plugin::social-compliance.social-post', documentId: `doc${index}`, locale: 'en' },
  title: `Post ${index}`,
  category: 'event',
  channels: ['x', 'facebook'],
  reviewState: 'in-review',
  authorId: 3,
  submittedBy: 'Eddie Editor',
  submittedAt: new Date(NOW.getTime() - (index + 1) * 3_600_000).toISOString(),
  approvals: 0,
  changedSinceSubmission: false,
  evaluation: { compliant: true, contentHash: 'h', failing: [], warnings: 0 },
  ...overrides,
});

const renderTable = (props: Partial<ReviewQueueTableProps>, locale: 'en' | 'es' = 'en') =>
  renderAdmin(
    <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
      <ReviewQueueTable
        items={null}
        isLoading={false}
        error={null}
        now={NOW}
        channelLabels={{ x: 'X', facebook: 'Facebook' }}
        reviewPath={(row) => `/review/${row.target.documentId}`}
        {...props}
      />
    </MemoryRouter>,
    { locale },
  );

describe('ReviewQueueTable', () => {
  it('says it is loading while the first page comes', () => {
    renderTable({ isLoading: true });
    expect(screen.getByText('Loading the posts waiting for review')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it("shows the server's sentence when the queue cannot be read, and retries", async () => {
    const retry = jest.fn();
    const { user } = renderTable({ error: 'You do not have the permission to read posts.', onRetry: retry });
    expect(screen.getByText('You do not have the permission to read posts.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('says so when nothing waits', () => {
    renderTable({ items: [] });
    expect(screen.getByText('No post is waiting for review with these filters.')).toBeTruthy();
  });

  it('lists many posts with author, channels, category, locale and time waiting', () => {
    const items = Array.from({ length: 100 }, (_, index) => item(index));
    items[0] = item(0, {
      title: '<img src=x onerror=alert(1)>',
      changedSinceSubmission: true,
      evaluation: {
        compliant: false,
        contentHash: 'h',
        failing: [{ id: 'attestation.stale', rule: 9, status: 'fail', message: 'Attest again.' }],
        warnings: 0,
      },
    });
    items[99] = item(99, { submittedAt: new Date(NOW.getTime() - 3 * 86_400_000).toISOString() });
    const { container } = renderTable({ items });

    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(101);
    const first = within(rows[1])
      .getAllByRole('gridcell')
      .map((cell) => cell.textContent);
    expect(first).toEqual([
      '<img src=x onerror=alert(1)>Changed since it was submitted1 check fails',
      'Eddie Editor',
      'X, Facebook',
      'event',
      'en',
      '1 hour',
      'In review',
    ]);
    // The title is text: no element was made of it.
    expect(container.querySelector('img')).toBeNull();
    expect(within(rows[1]).getByRole('link').getAttribute('href')).toBe('/review/doc0');
    expect(within(rows[100]).getByText('3 days')).toBeTruthy();
  });

  it('speaks Spanish too', () => {
    renderTable(
      { items: [item(0, { submittedAt: new Date(NOW.getTime() - 5 * 60_000).toISOString() })] },
      'es',
    );
    expect(screen.getByText('5 minutos')).toBeTruthy();
    expect(screen.getByText('En revisión')).toBeTruthy();
  });
});
