import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { Policy, PolicyVersion } from '../../../shared/contracts/policy';
import { useMessages } from '../services/messages';
import { EmptyState, ErrorState, LoadingState } from './StateViews';

export interface PolicyHistoryProps {
  versions: PolicyVersion[] | null;
  isLoading: boolean;
  error: string | null;
  selected: number | null;
  onSelect: (version: number) => void;
  /** The selected version as it was, once loaded. */
  shown: Policy | null;
}

/** Every version of the policy, newest first; one opened shows what it said. */
export const PolicyHistory = ({
  versions,
  isLoading,
  error,
  selected,
  onSelect,
  shown,
}: PolicyHistoryProps) => {
  const { t } = useMessages();
  const { formatDate } = useIntl();
  if (error) return <ErrorState message={error} />;
  if (isLoading && !versions) return <LoadingState label={t('settings.history.loading')} />;
  if (!versions || versions.length === 0) return <EmptyState content={t('settings.history.empty')} />;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Table colCount={4} rowCount={versions.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('settings.history.version')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('settings.history.at')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('settings.history.owner')}</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">{t('settings.history.note')}</Typography>
            </Th>
          </Tr>
        </Thead>
        <Tbody>
          {versions.map((version) => (
            <Tr key={version.version}>
              <Td>
                <Button
                  variant={selected === version.version ? 'secondary' : 'ghost'}
                  size="S"
                  onClick={() => onSelect(version.version)}
                  aria-pressed={selected === version.version}
                >
                  {t('settings.history.open', { version: version.version })}
                </Button>
              </Td>
              <Td>
                <Typography>
                  {version.at ? formatDate(version.at, { dateStyle: 'medium', timeStyle: 'short' }) : '—'}
                </Typography>
              </Td>
              <Td>
                <Typography>{version.owner}</Typography>
              </Td>
              <Td>
                <Typography>{version.note ?? ''}</Typography>
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      {shown ? (
        <Box padding={4} background="neutral100" hasRadius data-testid="policy-version-shown">
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography variant="delta" tag="h3">
              {t('settings.history.shown', { version: shown.version, owner: shown.owner })}
            </Typography>
            <Typography fontWeight="bold">
              {t('overview.policy.attestation', { version: shown.attestation.version })}
            </Typography>
            <Typography>{shown.attestation.wording}</Typography>
            <Typography>{t('overview.policy.approvals', { count: shown.approvalsRequired })}</Typography>
            <Typography>
              {Object.values(shown.channels)
                .map(
                  (channel) =>
                    `${channel.label} (${channel.maxLength}${channel.personal ? ', ' + t('settings.channels.personal') : ''})`,
                )
                .join(' · ')}
            </Typography>
            <Typography>{t('settings.history.lexicon', { count: shown.lexicon.length })}</Typography>
            <Typography>{t('settings.history.disclaimer', { disclaimer: shown.disclaimer })}</Typography>
          </Flex>
        </Box>
      ) : null}
    </Flex>
  );
};
