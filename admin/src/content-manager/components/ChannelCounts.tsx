import { Flex, Typography } from '@strapi/design-system';

import { useMessages } from '../../services/messages';
import type { ChannelCount } from '../../../../shared/contracts/compliance';

/** Each chosen channel's length as its network counts it (X weighted), red past the limit. */
export const ChannelCounts = ({ channels }: { channels: ChannelCount[] }) => {
  const { t } = useMessages();
  if (channels.length === 0) return null;
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={1} aria-label={t('editor.channels.counts')}>
      {channels.map((channel) => {
        const over = channel.maxLength !== null && channel.length > channel.maxLength;
        return (
          <Flex tag="li" key={channel.channel} justifyContent="space-between" gap={2}>
            <Typography variant="omega" textColor="neutral800">
              {channel.label}
              {channel.personal ? ` (${t('editor.channels.personal')})` : ''}
            </Typography>
            <Typography
              variant="omega"
              fontWeight={over ? 'bold' : undefined}
              textColor={over ? 'danger600' : 'neutral700'}
              data-over-limit={over || undefined}
            >
              {channel.maxLength === null
                ? t('editor.channels.countNoLimit', { length: channel.length })
                : t(over ? 'editor.channels.countOver' : 'editor.channels.count', {
                    length: channel.length,
                    max: channel.maxLength,
                  })}
            </Typography>
          </Flex>
        );
      })}
    </Flex>
  );
};
