import { Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useState } from 'react';

import { useMessages } from '../services/messages';

export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export interface ScheduleFormProps {
  /** `YYYY-MM-DDTHH:mm` on the wall clock of `timeZone`. */
  initialLocal?: string;
  initialTimeZone?: string;
  submitLabel: string;
  isSubmitting: boolean;
  /** Resolves to the server's sentence when it refused, or null. */
  onSubmit: (value: { local: string; timeZone: string }) => Promise<string | null>;
}

/** A time on a wall clock and the zone it is read in: the server refuses times the clocks skip. */
export const ScheduleForm = ({
  initialLocal = '',
  initialTimeZone,
  submitLabel,
  isSubmitting,
  onSubmit,
}: ScheduleFormProps) => {
  const { t } = useMessages();
  const [local, setLocal] = useState(initialLocal);
  const [timeZone, setTimeZone] = useState(initialTimeZone ?? viewerTimeZone());
  const [error, setError] = useState<string | null>(null);
  return (
    <Flex
      tag="form"
      direction="column"
      alignItems="stretch"
      gap={3}
      onSubmit={async (event: React.FormEvent) => {
        event.preventDefault();
        setError(await onSubmit({ local, timeZone }));
      }}
    >
      <Field.Root name="schedule-at" required>
        <Field.Label>{t('schedule.at')}</Field.Label>
        <TextInput
          type="datetime-local"
          value={local}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setLocal(event.target.value)}
        />
      </Field.Root>
      <Field.Root name="schedule-zone" required hint={t('schedule.zone.hint')}>
        <Field.Label>{t('schedule.zone')}</Field.Label>
        <TextInput
          value={timeZone}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTimeZone(event.target.value)}
        />
        <Field.Hint />
      </Field.Root>
      {error ? (
        <Typography textColor="danger600" role="alert">
          {error}
        </Typography>
      ) : null}
      <Button type="submit" loading={isSubmitting} disabled={!local || !timeZone}>
        {submitLabel}
      </Button>
    </Flex>
  );
};
