import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useMemo, useState } from 'react';

import {
  useCancelScheduleMutation,
  useGetSchedulesQuery,
  useScheduleMutation,
  type DocumentTarget,
} from '../api';
import { useMessages } from '../../services/messages';
import type { ReviewState, ScheduleAction } from '../../../../shared/constants';
import type { CalendarEntry } from '../../../../shared/contracts/schedule';

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const zones = (): string[] => {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const list = supported ? supported('timeZone') : [];
  return list.includes(browserTimeZone()) ? list : [browserTimeZone(), ...list];
};

const errorText = (error: unknown) =>
  (error as { message?: string })?.message ?? (error as { error?: string })?.error ?? String(error);

interface ScheduleFormProps {
  action: ScheduleAction;
  /** The schedule being moved, if any. */
  current?: CalendarEntry;
  busy: boolean;
  onSubmit: (value: { at: string; timeZone: string }) => void;
  onCancel?: () => void;
}

const ScheduleForm = ({ action, current, busy, onSubmit, onCancel }: ScheduleFormProps) => {
  const { t } = useMessages();
  const [date, setDate] = useState(current?.local.local.slice(0, 10) ?? '');
  const [time, setTime] = useState(current?.local.local.slice(11, 16) ?? '09:00');
  const [timeZone, setTimeZone] = useState(current?.timeZone ?? browserTimeZone());
  const options = useMemo(zones, []);
  const prefix = `social-compliance-${action}`;
  return (
    <Flex
      role="group"
      direction="column"
      alignItems="stretch"
      gap={2}
      aria-label={t(`editor.schedule.form.${action}`)}
    >
      <Field.Root name={`${prefix}-date`} required>
        <Field.Label>{t('editor.schedule.date')}</Field.Label>
        <TextInput
          type="date"
          value={date}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDate(event.target.value)}
        />
      </Field.Root>
      <Field.Root name={`${prefix}-time`} required>
        <Field.Label>{t('editor.schedule.time')}</Field.Label>
        <TextInput
          type="time"
          value={time}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTime(event.target.value)}
        />
      </Field.Root>
      <Field.Root name={`${prefix}-zone`} required hint={t('editor.schedule.zoneHint')}>
        <Field.Label>{t('editor.schedule.zone')}</Field.Label>
        {/* A text field with the zones as suggestions: the zone always reads in full, and can be typed. */}
        <TextInput
          value={timeZone}
          list={`${prefix}-zones`}
          autoComplete="off"
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTimeZone(event.target.value)}
        />
        <datalist id={`${prefix}-zones`}>
          {options.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <Field.Hint />
      </Field.Root>
      <Flex gap={2}>
        <Button
          type="button"
          loading={busy}
          onClick={() => onSubmit({ at: `${date}T${time}`, timeZone: timeZone.trim() })}
          disabled={!date || !time || !timeZone.trim()}
        >
          {t(current ? 'editor.schedule.move' : `editor.schedule.submit.${action}`)}
        </Button>
        {onCancel ? (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('editor.schedule.back')}
          </Button>
        ) : null}
      </Flex>
    </Flex>
  );
};

interface SchedulePanelProps {
  target: DocumentTarget;
  reviewState: ReviewState;
  canSchedule: boolean;
}

/** Scheduling an approved post: publish at a time in a zone, move it, cancel it, take it down at a time. */
export const SchedulePanel = ({ target, reviewState, canSchedule }: SchedulePanelProps) => {
  const { t } = useMessages();
  const { data: schedules = [], isError } = useGetSchedulesQuery(target);
  const [schedule, scheduling] = useScheduleMutation();
  const [cancel, cancelling] = useCancelScheduleMutation();
  const [editing, setEditing] = useState<{ action: ScheduleAction; current?: CalendarEntry } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const pending = schedules.filter((entry) => entry.status === 'pending' || entry.status === 'claimed');
  const failed = schedules.filter((entry) => entry.status === 'failed');
  const pendingOf = (action: ScheduleAction) => pending.find((entry) => entry.action === action);

  const submit =
    (action: ScheduleAction, current?: CalendarEntry) =>
    async ({ at, timeZone }: { at: string; timeZone: string }) => {
      setError(null);
      setDone(null);
      try {
        const body = action === 'publish' ? { publishAt: at, timeZone } : { unpublishAt: at, timeZone };
        const view = await schedule({ ...target, body, reschedule: Boolean(current) }).unwrap();
        setDone(
          t(`editor.schedule.done.${action}`, {
            at: view.local.local.replace('T', ' '),
            zone: view.timeZone,
          }),
        );
        setEditing(null);
      } catch (failure) {
        setError(errorText(failure));
      }
    };

  const cancelOne = async (action: ScheduleAction) => {
    setError(null);
    setDone(null);
    try {
      await cancel({ ...target, action }).unwrap();
      setDone(t(`editor.schedule.cancelled.${action}`));
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="sigma" tag="h3" textColor="neutral600">
        {t('editor.schedule.title')}
      </Typography>
      {isError ? <Typography textColor="danger600">{t('editor.schedule.loadError')}</Typography> : null}
      {pending.map((entry) => (
        <Box
          key={entry.id}
          padding={3}
          hasRadius
          background="primary100"
          borderColor="primary200"
          data-testid={`schedule-${entry.action}`}
        >
          <Typography variant="omega" fontWeight="bold" tag="p">
            {t(`editor.schedule.pending.${entry.action}`, {
              at: entry.local.local.replace('T', ' '),
              zone: entry.timeZone,
              offset: entry.local.offset,
            })}
          </Typography>
          {canSchedule ? (
            <Flex gap={2} paddingTop={2}>
              <Button
                size="S"
                variant="secondary"
                onClick={() => setEditing({ action: entry.action, current: entry })}
              >
                {t('editor.schedule.reschedule')}
              </Button>
              <Button
                size="S"
                variant="danger-light"
                loading={cancelling.isLoading}
                onClick={() => cancelOne(entry.action)}
              >
                {t('editor.schedule.cancel')}
              </Button>
            </Flex>
          ) : null}
        </Box>
      ))}
      {failed.slice(0, 1).map((entry) => (
        <Box key={entry.id} padding={3} hasRadius background="danger100" borderColor="danger200" role="alert">
          <Typography variant="omega" fontWeight="bold" tag="p">
            {t('editor.schedule.failed', { at: entry.local.local.replace('T', ' '), zone: entry.timeZone })}
          </Typography>
          {entry.reasons.map((reason, index) => (
            <Typography key={index} variant="pi" tag="p">
              {reason.message}
            </Typography>
          ))}
        </Box>
      ))}
      {done ? (
        <Typography variant="omega" textColor="success600" role="status">
          {done}
        </Typography>
      ) : null}
      {error ? (
        <Box padding={3} hasRadius background="danger100" borderColor="danger200" role="alert">
          <Typography variant="omega" textColor="neutral800">
            {error}
          </Typography>
        </Box>
      ) : null}
      {!canSchedule ? (
        <Typography variant="pi" textColor="neutral600">
          {t('editor.schedule.noPermission')}
        </Typography>
      ) : editing ? (
        <ScheduleForm
          action={editing.action}
          current={editing.current}
          busy={scheduling.isLoading}
          onSubmit={submit(editing.action, editing.current)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <Flex gap={2} wrap="wrap">
          {reviewState === 'approved' && !pendingOf('publish') ? (
            <Button variant="default" onClick={() => setEditing({ action: 'publish' })}>
              {t('editor.schedule.open.publish')}
            </Button>
          ) : null}
          {!pendingOf('unpublish') ? (
            <Button variant="tertiary" onClick={() => setEditing({ action: 'unpublish' })}>
              {t('editor.schedule.open.unpublish')}
            </Button>
          ) : null}
        </Flex>
      )}
    </Flex>
  );
};
