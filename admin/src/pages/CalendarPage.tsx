import { Box, Button, Flex, Link, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';

import type { CalendarEntry, GetCalendar } from '../../../shared/contracts/schedule';
import { CalendarGrid, isFailed, viewerTime } from '../components/CalendarGrid';
import { addDays, addMonths, todayIn, viewDays } from '../components/calendar-days';
import { PluginNav } from '../components/PluginNav';
import { ScheduleForm, viewerTimeZone } from '../components/ScheduleForm';
import { paths, useAct, useResource } from '../services/api';
import { useMessages } from '../services/messages';
import { usePluginPermissions } from '../services/permissions';
import { reviewPath } from './ReviewQueuePage';

/** What goes out when, on the viewer's clock; failures in red with their reasons. */
export const CalendarPage = () => {
  const { t } = useMessages();
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const permissions = usePluginPermissions();
  const zone = viewerTimeZone();
  const today = todayIn(zone);
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'week' ? 'week' : 'month';
  const anchor = /^\d{4}-\d{2}-\d{2}$/.test(params.get('day') ?? '') ? params.get('day')! : today;
  const days = viewDays(view, anchor);
  // A day either side: the entries are placed on the viewer's days, whatever the zone's offset.
  const query: GetCalendar['query'] = {
    from: `${addDays(days[0], -1)}T00:00:00Z`,
    to: `${addDays(days[days.length - 1], 2)}T00:00:00Z`,
    timeZone: zone,
    pageSize: 500,
  };
  const calendar = useResource<GetCalendar['response']>(paths.calendar(query));
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = calendar.data?.data.find((entry) => entry.id === selectedId) ?? null;
  const { run, isSubmitting } = useAct();

  const go = (next: Record<string, string>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) merged.set(key, value);
    setParams(merged);
  };
  const step = (direction: 1 | -1) =>
    go({ day: view === 'month' ? addMonths(anchor, direction) : addDays(anchor, 7 * direction) });

  const title =
    view === 'month'
      ? formatDate(`${anchor}T12:00:00Z`, { timeZone: 'UTC', month: 'long', year: 'numeric' })
      : t('calendar.weekOf', {
          first: formatDate(`${days[0]}T12:00:00Z`, { timeZone: 'UTC', day: 'numeric', month: 'short' }),
          last: formatDate(`${days[6]}T12:00:00Z`, {
            timeZone: 'UTC',
            day: 'numeric',
            month: 'short',
            year: 'numeric',
          }),
        });

  const cancel = async (entry: CalendarEntry) => {
    const { error } = await run('del', paths.schedule(entry.target, entry.action));
    toggleNotification(
      error ? { type: 'danger', message: error } : { type: 'success', message: t('calendar.cancelled') },
    );
    if (!error) calendar.reload();
  };

  return (
    <Page.Main>
      <Page.Title>{t('calendar.title')}</Page.Title>
      <Layouts.Header title={t('calendar.title')} subtitle={t('calendar.subtitle', { zone })} />
      <Layouts.Content>
        <PluginNav
          canReadAudit={permissions.canReadAudit}
          canManageSettings={permissions.canManageSettings}
        />
        <Flex justifyContent="space-between" paddingBottom={4} gap={2} wrap="wrap">
          <Flex gap={2}>
            <Button variant="tertiary" onClick={() => step(-1)} startIcon={<ArrowLeft />}>
              {t('common.previous')}
            </Button>
            <Button variant="tertiary" onClick={() => go({ day: today })}>
              {t('calendar.today')}
            </Button>
            <Button variant="tertiary" onClick={() => step(1)} endIcon={<ArrowRight />}>
              {t('common.next')}
            </Button>
          </Flex>
          <Typography variant="beta" tag="h2">
            {title}
          </Typography>
          <Flex gap={2} role="group" aria-label={t('calendar.viewChoice')}>
            <Button
              variant={view === 'month' ? 'secondary' : 'tertiary'}
              aria-pressed={view === 'month'}
              onClick={() => go({ view: 'month' })}
            >
              {t('calendar.month')}
            </Button>
            <Button
              variant={view === 'week' ? 'secondary' : 'tertiary'}
              aria-pressed={view === 'week'}
              onClick={() => go({ view: 'week' })}
            >
              {t('calendar.week')}
            </Button>
          </Flex>
        </Flex>
        <CalendarGrid
          view={view}
          anchor={anchor}
          today={today}
          entries={calendar.data?.data ?? null}
          isLoading={calendar.isLoading}
          error={calendar.error}
          onRetry={calendar.reload}
          onOpen={(entry) => setSelectedId(entry.id)}
        />
        {selected ? (
          <Box
            marginTop={4}
            background="neutral0"
            padding={5}
            hasRadius
            shadow="filterShadow"
            tag="section"
            aria-label={t('calendar.details')}
          >
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography variant="delta" tag="h2">
                {selected.title ?? t('queue.untitled')}
              </Typography>
              <Typography>
                {t('calendar.detail.when', {
                  viewer: viewerTime(selected).replace('T', ' '),
                  viewerZone: zone,
                  own: selected.local.local.replace('T', ' '),
                  ownZone: selected.timeZone,
                })}
              </Typography>
              <Typography>
                {t('calendar.detail.status', {
                  status: t(`calendar.status.${selected.status}`),
                  action: t(`calendar.action.${selected.action}`),
                  who: selected.scheduledBy?.label ?? t('common.unknown'),
                })}
              </Typography>
              {isFailed(selected) ? (
                <Box tag="ul" role="alert">
                  {(selected.reasons.length
                    ? selected.reasons.map((reason) => reason.message)
                    : [selected.lastError ?? '']
                  ).map((message, index) => (
                    <li key={index}>
                      <Typography textColor="danger600">{message}</Typography>
                    </li>
                  ))}
                </Box>
              ) : null}
              <Link tag={RouterLink} to={reviewPath({ target: selected.target })}>
                {t('calendar.open')}
              </Link>
              {permissions.canSchedule && selected.status === 'missed' && selected.action === 'publish' ? (
                <Flex gap={6} alignItems="flex-start" wrap="wrap">
                  <Button
                    loading={isSubmitting}
                    onClick={async () => {
                      // The next poll publishes it: a minute and a half leaves the request time to arrive.
                      const { error } = await run('post', paths.schedule(selected.target), {
                        publishAt: new Date(Date.now() + 90_000).toISOString(),
                        timeZone: zone,
                      });
                      toggleNotification(
                        error
                          ? { type: 'danger', message: error }
                          : { type: 'success', message: t('calendar.missed.soon') },
                      );
                      if (!error) calendar.reload();
                    }}
                  >
                    {t('calendar.missed.publishNow')}
                  </Button>
                  <Box minWidth="30rem">
                    <Typography variant="sigma" tag="h3">
                      {t('calendar.missed.newTime')}
                    </Typography>
                    <ScheduleForm
                      key={`missed-${selected.id}`}
                      initialTimeZone={selected.timeZone}
                      submitLabel={t('calendar.missed.newTime')}
                      isSubmitting={isSubmitting}
                      onSubmit={async ({ local, timeZone }) => {
                        const { error } = await run('post', paths.schedule(selected.target), {
                          publishAt: local,
                          timeZone,
                        });
                        if (error) return error;
                        toggleNotification({ type: 'success', message: t('calendar.rescheduled') });
                        calendar.reload();
                        return null;
                      }}
                    />
                  </Box>
                </Flex>
              ) : null}
              {permissions.canSchedule && selected.status === 'pending' ? (
                <Flex gap={6} alignItems="flex-start" wrap="wrap">
                  <Box minWidth="30rem">
                    <Typography variant="sigma" tag="h3">
                      {t('calendar.reschedule')}
                    </Typography>
                    <ScheduleForm
                      key={selected.id}
                      initialLocal={selected.local.local}
                      initialTimeZone={selected.timeZone}
                      submitLabel={t('calendar.reschedule')}
                      isSubmitting={isSubmitting}
                      onSubmit={async ({ local, timeZone }) => {
                        const body =
                          selected.action === 'publish'
                            ? { publishAt: local, timeZone }
                            : { unpublishAt: local, timeZone };
                        const { error } = await run('put', paths.schedule(selected.target), body);
                        if (error) return error;
                        toggleNotification({ type: 'success', message: t('calendar.rescheduled') });
                        calendar.reload();
                        return null;
                      }}
                    />
                  </Box>
                  <Button variant="danger-light" loading={isSubmitting} onClick={() => cancel(selected)}>
                    {t('calendar.cancel')}
                  </Button>
                </Flex>
              ) : null}
            </Flex>
          </Box>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
