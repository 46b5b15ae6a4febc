import { Alert, Box, Button, Flex } from '@strapi/design-system';
import { Download, Shield } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useRef, useState } from 'react';

import { AUDIT_ACTIONS, type AuditAction } from '../../../shared/constants';
import type { AuditVerification, GetAudit, VerifyAudit } from '../../../shared/contracts/audit';
import { AuditTable } from '../components/AuditTable';
import { FilterBar, type Filter } from '../components/FilterBar';
import { Pager } from '../components/Pager';
import { PluginNav } from '../components/PluginNav';
import { errorMessage, paths, useDownload, useResource } from '../services/api';
import { useMessages } from '../services/messages';
import { usePluginPermissions } from '../services/permissions';
import { useUrlFilters } from '../services/url-filters';

const PAGE_SIZE = 50;

/** The auditor's page: the log, filtered; whether the chain holds; the same range as a file. */
export const AuditPage = () => {
  const { t } = useMessages();
  const { get } = useFetchClient();
  const download = useDownload();
  const { toggleNotification } = useNotification();
  const permissions = usePluginPermissions();
  const { value: filter, set, page } = useUrlFilters();
  // Dates are days: `to` is read to the end of that day.
  const range = {
    from: filter('from') ? new Date(`${filter('from')}T00:00:00`).toISOString() : undefined,
    to: filter('to') ? new Date(`${filter('to')}T23:59:59.999`).toISOString() : undefined,
    documentId: filter('documentId').trim() || undefined,
    actorId: Number(filter('actorId')) || undefined,
    action: (filter('action') || undefined) as AuditAction | undefined,
  };
  const events = useResource<GetAudit['response']>(paths.audit({ ...range, page, pageSize: PAGE_SIZE }));
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);

  const actors = useRef(new Map<number, string>());
  for (const event of events.data?.data ?? []) {
    if (event.actorId) actors.current.set(event.actorId, event.actorLabel);
  }

  const verify = async () => {
    setVerifying(true);
    try {
      setVerification((await get<VerifyAudit['response']>(paths.auditVerify())).data.data);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    } finally {
      setVerifying(false);
    }
  };

  const exportAs = async (format: 'csv' | 'json') => {
    try {
      await download(paths.auditExport({ ...range, format }), `social-compliance-audit.${format}`);
    } catch (error) {
      toggleNotification({ type: 'danger', message: errorMessage(error) });
    }
  };

  if (!permissions.isLoading && !permissions.canReadAudit) return <Page.NoPermissions />;
  const rows = events.data?.data ?? null;
  const filters: Filter[] = [
    { name: 'from', label: t('audit.filter.from'), type: 'date', width: 2 },
    { name: 'to', label: t('audit.filter.to'), type: 'date', width: 2 },
    { name: 'documentId', label: t('audit.filter.post'), type: 'text' },
    {
      name: 'actorId',
      label: t('audit.filter.actor'),
      width: 2,
      any: true,
      options: [...actors.current].map(([id, label]) => ({ value: String(id), label })),
    },
    {
      name: 'action',
      label: t('audit.filter.action'),
      any: true,
      options: AUDIT_ACTIONS.map((value) => ({ value, label: t(`audit.action.${value}`) })),
    },
  ];

  return (
    <Page.Main>
      <Page.Title>{t('audit.title')}</Page.Title>
      <Layouts.Header
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        primaryAction={
          <Flex gap={2}>
            <Button variant="secondary" startIcon={<Shield />} loading={verifying} onClick={verify}>
              {t('audit.verify')}
            </Button>
            <Button variant="tertiary" startIcon={<Download />} onClick={() => exportAs('csv')}>
              {t('audit.export.csv')}
            </Button>
            <Button variant="tertiary" startIcon={<Download />} onClick={() => exportAs('json')}>
              {t('audit.export.json')}
            </Button>
          </Flex>
        }
      />
      <Layouts.Content>
        <PluginNav
          canReadAudit={permissions.canReadAudit}
          canManageSettings={permissions.canManageSettings}
        />
        {verification ? (
          <Box paddingBottom={4}>
            <Alert
              variant={verification.ok ? 'success' : 'danger'}
              title={t(verification.ok ? 'audit.verify.ok' : 'audit.verify.broken')}
              closeLabel={t('common.close')}
              onClose={() => setVerification(null)}
            >
              <span data-testid="audit-verification">
                {verification.ok
                  ? t('audit.verify.okDetail', { checked: verification.checked, head: verification.head })
                  : t('audit.verify.brokenDetail', {
                      at: verification.brokenAt ?? '?',
                      reason: verification.reason ?? '',
                      checked: verification.checked,
                    })}
              </span>
            </Alert>
          </Box>
        ) : null}
        <FilterBar filters={filters} value={filter} onChange={set} />
        <AuditTable events={rows} isLoading={events.isLoading} error={events.error} onRetry={events.reload} />
        {rows ? (
          <Pager
            page={page}
            hasNext={rows.length === PAGE_SIZE}
            onPage={(next) => set('page', String(next))}
          />
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
