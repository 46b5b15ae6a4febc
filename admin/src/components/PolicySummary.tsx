import { Box, Flex, Typography } from '@strapi/design-system';

import type { Policy } from '../../../shared/contracts/policy';
import { useMessages } from '../services/messages';

/** The policy in force, read-only: what everyone who is not its owner sees. */
export const PolicySummary = ({ policy }: { policy: Policy }) => {
  const { t } = useMessages();
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {t('overview.policy.title')}
        </Typography>
        <Typography>
          {t('overview.policy.version', { version: policy.version, owner: policy.owner })}
        </Typography>
        <Typography>{t('overview.policy.approvals', { count: policy.approvalsRequired })}</Typography>
        <Typography fontWeight="bold">
          {t('overview.policy.attestation', { version: policy.attestation.version })}
        </Typography>
        <Typography textColor="neutral600">{policy.attestation.wording}</Typography>
        <Typography fontWeight="bold">{t('overview.policy.channels')}</Typography>
        {Object.entries(policy.channels).map(([key, channel]) => (
          <Typography key={key}>
            {t('overview.policy.channel', { label: channel.label, maxLength: channel.maxLength })}
          </Typography>
        ))}
      </Flex>
    </Box>
  );
};
