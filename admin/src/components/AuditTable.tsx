import { Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { AuditEvent } from '../../../shared/contracts/audit';
import { useMessages } from '../services/messages';
import { EmptyState, ErrorState, LoadingState } from './StateViews';

export interface AuditTableProps {
  events: AuditEvent[] | null;
  isLoading: boolean;
  error: string | null;
  onRetry?: () => void;
}

const details = (event: AuditEvent) => {
  const text = JSON.stringify(event.details ?? {});
  return text === '{}' ? '' : text.length > 160 ? `${text.slice(0, 157)}…` : text;
};

/** The audit trail in order: who did what to which post, and each event's link in the chain. */
export const AuditTable = ({ events, isLoading, error, onRetry }: AuditTableProps) => {
  const { t } = useMessages();
  const { formatDate } = useIntl();
  if (error) return <ErrorState message={error} onRetry={onRetry} />;
  if (isLoading && !events) return <LoadingState label={t('audit.loading')} />;
  if (!events || events.length === 0) return <EmptyState content={t('audit.empty')} />;
  return (
    <Table colCount={6} rowCount={events.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <Typography variant="sigma">{t('audit.column.seq')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('audit.column.at')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('audit.column.actor')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('audit.column.action')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('audit.column.post')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('audit.column.details')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {events.map((event) => (
          <Tr key={event.seq}>
            <Td>
              <Typography>{event.seq}</Typography>
            </Td>
            <Td>
              <Typography>
                {formatDate(event.occurredAt, { dateStyle: 'short', timeStyle: 'medium' })}
              </Typography>
            </Td>
            <Td>
              <Typography>{event.actorLabel}</Typography>
            </Td>
            <Td>
              <Typography fontWeight="semiBold">{t(`audit.action.${event.action}`)}</Typography>
            </Td>
            <Td>
              <Typography>
                {event.targetDocumentId
                  ? `${event.targetDocumentId}${event.targetLocale ? ` (${event.targetLocale})` : ''}`
                  : '—'}
              </Typography>
            </Td>
            <Td>
              <Typography variant="pi" textColor="neutral600" style={{ overflowWrap: 'anywhere' }}>
                {details(event)}
              </Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
