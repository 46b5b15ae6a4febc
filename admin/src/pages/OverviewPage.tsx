import { Box, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

import { PLUGIN_ID } from '../../../shared/constants';
import type { GetPolicy } from '../../../shared/contracts/policy';

export const OverviewPage = () => {
  const { formatMessage } = useIntl();
  const { get } = useFetchClient();
  const [policy, setPolicy] = useState<GetPolicy['response']['data'] | null>(null);
  const [failed, setFailed] = useState(false);
  const t = (id: string, values?: Record<string, string | number>) =>
    formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage: id }, values);

  useEffect(() => {
    get<GetPolicy['response']>(`/${PLUGIN_ID}/policy`)
      .then(({ data }) => setPolicy(data.data))
      .catch(() => setFailed(true));
  }, [get]);

  if (failed) return <Page.Error content={t('overview.error')} />;
  if (!policy) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{t('overview.title')}</Page.Title>
      <Layouts.Header title={t('overview.title')} subtitle={t('overview.subtitle')} />
      <Layouts.Content>
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
      </Layouts.Content>
    </Page.Main>
  );
};
