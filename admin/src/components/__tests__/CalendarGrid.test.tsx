import { screen, within } from '@testing-library/react';

import { renderAdmin } from '../../../tests/render';
import { CalendarGrid, type CalendarGridProps } from '../CalendarGrid';
import { viewDays } from '../calendar-days';
import type { CalendarEntry } from '../../../../shared/contracts/schedule';

const entry = (id: number, overrides: Partial<CalendarEntry> = {}): CalendarEntry => ({
  id,
  target: { uid: 'plugin::social-compliance.social-post', documentId: `doc${id}`, locale: 'en' },
  action: 'publish',
  status: 'pending',
  runAt: '2026-12-10T14:00:00.000Z',
  timeZone: 'America/New_York',
  local: { local: '2026-12-10T09:00', offset: '-05:00' },
  inViewerZone: { local: '2026-12-10T15:00', offset: '+01:00' },
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  reasons: [],
  completedAt: null,
  maxLateness: null,
  title: `Post ${id}`,
  scheduledBy: { id: 4, label: 'Rita Reviewer' },
  ...overrides,
});

const renderGrid = (props: Partial<CalendarGridProps>) =>
  renderAdmin(
    <CalendarGrid
      view="month"
      anchor="2026-12-10"
      today="2026-12-01"
      entries={null}
      isLoading={false}
      error={null}
      onOpen={() => undefined}
      {...props}
    />,
  );

describe('CalendarGrid', () => {
  it('lays a month out as six weeks from Monday, and a week as seven days', () => {
    expect(viewDays('month', '2026-12-10')[0]).toBe('2026-11-30');
    expect(viewDays('month', '2026-12-10')).toHaveLength(42);
    expect(viewDays('week', '2026-12-10')).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
  });

  it('says it is loading, and shows an error with its sentence', () => {
    const { unmount } = renderGrid({ isLoading: true });
    expect(screen.getByText('Loading the calendar')).toBeTruthy();
    unmount();
    renderGrid({
      error: '"Mars/Olympus" is not a time zone: choose one such as Europe/London or America/New_York.',
    });
    expect(screen.getByText(/is not a time zone/)).toBeTruthy();
  });

  it('says when nothing is scheduled, and still shows the days', () => {
    const { container } = renderGrid({ entries: [] });
    expect(screen.getByText('Nothing is scheduled in this period.')).toBeTruthy();
    expect(container.querySelectorAll('[data-day]')).toHaveLength(42);
  });

  it("puts each entry on the viewer's day and time, with its own zone; failures in red with reasons", async () => {
    const onOpen = jest.fn();
    const entries = [
      ...Array.from({ length: 60 }, (_, index) =>
        entry(index + 1, {
          inViewerZone: {
            local: `2026-12-${String((index % 28) + 1).padStart(2, '0')}T08:30`,
            offset: '+01:00',
          },
        }),
      ),
      entry(100, {
        status: 'failed',
        title: '<img src=x onerror=alert(1)>',
        reasons: [
          { message: 'Attest the post again: its wording changed.', check: 'attestation.wording', rule: 9 },
        ],
      }),
      // 23:30 in New York is already the next day in Madrid: the viewer's day counts.
      entry(101, {
        local: { local: '2026-12-14T23:30', offset: '-05:00' },
        inViewerZone: { local: '2026-12-15T05:30', offset: '+01:00' },
        status: 'done',
      }),
    ];
    const { user, container } = renderGrid({ entries, onOpen });

    expect(screen.getAllByRole('button')).toHaveLength(62);
    const failed = screen.getByRole('button', { name: '15:00 <img src=x onerror=alert(1)>, Failed' });
    expect(within(failed).getByText('Attest the post again: its wording changed.')).toBeTruthy();
    expect(within(failed).getByText('09:00 in America/New_York')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    const day15 = container.querySelector('[data-day="2026-12-15"]') as HTMLElement;
    expect(within(day15).getByRole('button', { name: '05:30 Post 101, Done' })).toBeTruthy();
    expect(within(day15).getByText('23:30 in America/New_York')).toBeTruthy();

    await user.click(failed);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 100 }));
  });

  it('shows a week in Spanish', () => {
    const { container } = renderAdmin(
      <CalendarGrid
        view="week"
        anchor="2026-12-10"
        today="2026-12-10"
        entries={[entry(1)]}
        isLoading={false}
        error={null}
        onOpen={() => undefined}
      />,
      { locale: 'es', theme: 'dark' },
    );
    expect(container.querySelectorAll('[data-day]')).toHaveLength(7);
    expect(screen.getByText('09:00 en America/New_York')).toBeTruthy();
    expect(screen.getByText('Programada')).toBeTruthy();
  });
});
