import { Field, Flex, MultiSelect, MultiSelectOption, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';

import { ChannelCounts } from './ChannelCounts';
import { useMessages } from '../../services/messages';
import type { ChannelCount } from '../../../../shared/contracts/compliance';
import type { Policy } from '../../../../shared/contracts/policy';

export interface ChannelsFieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  value: string[];
  onChange: (value: string[]) => void;
  /** The channels the policy allows; undefined while it loads. */
  channels?: Policy['channels'];
  /** Each chosen channel's count, from the server's live checklist. */
  counts: ChannelCount[];
}

/** The post's channels: the policy's networks by their labels (personal ones marked), with their counts. */
export const ChannelsField = ({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  channels,
  counts,
}: ChannelsFieldProps) => {
  const { t } = useMessages();
  const known = Object.entries(channels ?? {});
  // A channel the policy no longer has stays visible, so the editor can remove it.
  const unknown = value.filter((key) => channels && !channels[key]);
  return (
    <Field.Root name={name} hint={hint} error={error} required={required}>
      <Flex direction="column" alignItems="stretch" gap={1}>
        <Field.Label>{label}</Field.Label>
        <MultiSelect
          value={value}
          onChange={onChange}
          disabled={disabled}
          withTags
          placeholder={t('editor.channels.placeholder')}
          loading={!channels}
        >
          {known.map(([key, channel]) => (
            <MultiSelectOption key={key} value={key}>
              {channel.personal
                ? t('editor.channels.optionPersonal', { label: channel.label })
                : channel.label}
            </MultiSelectOption>
          ))}
          {unknown.map((key) => (
            <MultiSelectOption key={key} value={key}>
              {t('editor.channels.optionUnknown', { key })}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        <Field.Hint />
        <Field.Error />
        {counts.length ? (
          <Flex direction="column" alignItems="stretch" gap={1} paddingTop={1}>
            <Typography variant="pi" textColor="neutral600">
              {t('editor.channels.countsUnderBody')}
            </Typography>
            <ChannelCounts channels={counts} />
          </Flex>
        ) : null}
      </Flex>
    </Field.Root>
  );
};
