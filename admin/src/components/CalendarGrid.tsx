import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';

import type { CalendarEntry } from '../../../shared/contracts/schedule';
import { useMessages } from '../services/messages';
import { ErrorState, LoadingState } from './StateViews';
import { viewDays } from './calendar-days';

const Days = styled.ol`
  display: grid;
  grid-template-columns: repeat(7, minmax(0, 1fr));
  list-style: none;
`;

const EntryButton = styled.button<{ $failed: boolean; $muted: boolean }>`
  display: block;
  width: 100%;
  text-align: left;
  cursor: pointer;
  padding: 4px 6px;
  margin-top: 4px;
  border-radius: 4px;
  border: 1px solid ${({ theme, $failed }) => ($failed ? theme.colors.danger600 : theme.colors.primary200)};
  background: ${({ theme, $failed }) => ($failed ? theme.colors.danger100 : theme.colors.primary100)};
  color: ${({ theme, $failed }) => ($failed ? theme.colors.danger700 : theme.colors.neutral800)};
  opacity: ${({ $muted }) => ($muted ? 0.7 : 1)};
  overflow-wrap: anywhere;
  &:focus-visible {
    outline: 2px solid ${({ theme }) => theme.colors.primary600};
    outline-offset: 1px;
  }
`;

export interface CalendarGridProps {
  view: 'month' | 'week';
  /** A day of the period shown, in the viewer's zone. */
  anchor: string;
  today: string;
  entries: CalendarEntry[] | null;
  isLoading: boolean;
  error: string | null;
  onRetry?: () => void;
  onOpen: (entry: CalendarEntry) => void;
}

/** Where the viewer's clock puts an entry: its day and time in the zone the calendar was asked in. */
export const viewerTime = (entry: CalendarEntry) => (entry.inViewerZone ?? entry.local).local;

/** Failed or missed: shown in red, with the reasons. */
export const isFailed = (entry: CalendarEntry) => entry.status === 'failed' || entry.status === 'missed';

/** Month or week of schedules on the viewer's clock; each entry also shows its own zone. */
export const CalendarGrid = ({
  view,
  anchor,
  today,
  entries,
  isLoading,
  error,
  onRetry,
  onOpen,
}: CalendarGridProps) => {
  const { t } = useMessages();
  const { formatDate } = useIntl();
  if (error) return <ErrorState message={error} onRetry={onRetry} />;
  if (isLoading && !entries) return <LoadingState label={t('calendar.loading')} />;

  const days = viewDays(view, anchor);
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entries ?? []) {
    const day = viewerTime(entry).slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), entry]);
  }
  const month = anchor.slice(0, 7);

  return (
    <Box background="neutral0" padding={2} hasRadius shadow="filterShadow">
      {entries && entries.length === 0 ? (
        <Box padding={2}>
          <Typography textColor="neutral600">{t('calendar.empty')}</Typography>
        </Box>
      ) : null}
      <Days aria-label={t(`calendar.view.${view}`)}>
        {days.map((day) => {
          const list = (byDay.get(day) ?? []).sort((a, b) => viewerTime(a).localeCompare(viewerTime(b)));
          const outside = view === 'month' && day.slice(0, 7) !== month;
          return (
            <li key={day}>
              <Box
                padding={2}
                minHeight={view === 'month' ? '11rem' : '24rem'}
                borderColor="neutral150"
                borderStyle="solid"
                borderWidth="1px"
                background={day === today ? 'primary100' : outside ? 'neutral100' : 'neutral0'}
                height="100%"
                data-day={day}
              >
                <Typography
                  variant="pi"
                  fontWeight={day === today ? 'bold' : 'regular'}
                  textColor={outside ? 'neutral600' : 'neutral800'}
                >
                  {formatDate(`${day}T12:00:00Z`, {
                    timeZone: 'UTC',
                    weekday: 'short',
                    day: 'numeric',
                    month: view === 'week' ? 'short' : undefined,
                  })}
                </Typography>
                {list.map((entry) => (
                  <EntryButton
                    key={entry.id}
                    type="button"
                    $failed={isFailed(entry)}
                    $muted={entry.status === 'cancelled'}
                    onClick={() => onOpen(entry)}
                    aria-label={t('calendar.entry.label', {
                      time: viewerTime(entry).slice(11, 16),
                      title: entry.title ?? t('queue.untitled'),
                      status: t(`calendar.status.${entry.status}`),
                    })}
                  >
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      <Typography variant="pi" fontWeight="bold" textColor="inherit">
                        {viewerTime(entry).slice(11, 16)} {entry.title ?? t('queue.untitled')}
                      </Typography>
                      <Typography variant="pi" textColor="inherit">
                        {t('calendar.entry.ownZone', {
                          time: entry.local.local.slice(11, 16),
                          zone: entry.timeZone,
                        })}
                      </Typography>
                      <Flex gap={1} wrap="wrap">
                        <Badge>{t(`calendar.status.${entry.status}`)}</Badge>
                        {entry.action === 'unpublish' ? (
                          <Badge>{t('calendar.action.unpublish')}</Badge>
                        ) : null}
                      </Flex>
                      {isFailed(entry)
                        ? (entry.reasons.length
                            ? entry.reasons.map((reason) => reason.message)
                            : [entry.lastError ?? '']
                          ).map((message, index) => (
                            <Typography key={index} variant="pi" textColor="inherit">
                              {message}
                            </Typography>
                          ))
                        : null}
                    </Flex>
                  </EntryButton>
                ))}
              </Box>
            </li>
          );
        })}
      </Days>
    </Box>
  );
};
