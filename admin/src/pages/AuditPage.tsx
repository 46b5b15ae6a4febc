import { Alert, Box, Button, Field, Flex, Grid, TextInput, Typography } from '@strapi/design-system';
import { Download, Shield } from '@strapi/icons';
import { Layouts, Page, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

import { AUDIT_ACTIONS, type AuditAction } from '../../../shared/constants';
import type { AuditVerification, GetAudit, VerifyAudit } from '../../../shared/contracts/audit';
import { AuditTable } from '../components/AuditTable';
import { FilterSelect } from '../components/FilterSelect';
import { PluginNav } from '../components/PluginNav';
import { errorMessage, paths, useDownload, useResource } from '../services/api';
import { useMessages } from '../services/messages';
import { usePluginPermissions } from '../services/permissions';

const PAGE_SIZE = 50;

/** The auditor's page: the log, filtered; whether the chain holds; the same range as a file. */
export const AuditPage = () => {
  const { t } = useMessages();
  const { get } = useFetchClient();
  const download = useDownload();
  const { toggleNotification } = useNotification();
  const permissions = usePluginPermissions();
  const [params, setParams] = useSearchParams();
  const filter = (key: string) => params.get(key) ?? '';
  const page = Number(params.get('page') ?? 1) || 1;
  // Dates are days: `to` is read to the end of that day.
  const range = {
    from: filter('from') ? new Date(`${filter('from')}T00:00:00`).toISOString() : undefined,
    to: filter('to') ? new Date(`${filter('to')}T23:59:59.999`).toISOString() : undefined,
    documentId: filter('documentId') || undefined,
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

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };

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
  const any = { value: '', label: t('filter.any') };

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
        <Box background="neutral0" padding={4} marginBottom={4} hasRadius shadow="filterShadow">
          <Grid.Root gap={3}>
            <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root name="from">
                <Field.Label>{t('audit.filter.from')}</Field.Label>
                <TextInput
                  type="date"
                  size="S"
                  value={filter('from')}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('from', e.target.value)}
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root name="to">
                <Field.Label>{t('audit.filter.to')}</Field.Label>
                <TextInput
                  type="date"
                  size="S"
                  value={filter('to')}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('to', e.target.value)}
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <Field.Root name="documentId">
                <Field.Label>{t('audit.filter.post')}</Field.Label>
                <TextInput
                  size="S"
                  value={filter('documentId')}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                    set('documentId', e.target.value.trim())
                  }
                />
              </Field.Root>
            </Grid.Item>
            <Grid.Item col={2} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('audit.filter.actor')}
                name="actorId"
                value={filter('actorId')}
                options={[any, ...[...actors.current].map(([id, label]) => ({ value: String(id), label }))]}
                onChange={(value) => set('actorId', value)}
              />
            </Grid.Item>
            <Grid.Item col={3} s={6} xs={12} direction="column" alignItems="stretch">
              <FilterSelect
                label={t('audit.filter.action')}
                name="action"
                value={filter('action')}
                options={[
                  any,
                  ...AUDIT_ACTIONS.map((value) => ({ value, label: t(`audit.action.${value}`) })),
                ]}
                onChange={(value) => set('action', value)}
              />
            </Grid.Item>
          </Grid.Root>
        </Box>
        <AuditTable events={rows} isLoading={events.isLoading} error={events.error} onRetry={events.reload} />
        {rows && (page > 1 || rows.length === PAGE_SIZE) ? (
          <Flex justifyContent="space-between" paddingTop={4}>
            <Button variant="tertiary" disabled={page <= 1} onClick={() => set('page', String(page - 1))}>
              {t('common.previous')}
            </Button>
            <Typography>{t('common.page', { page })}</Typography>
            <Button
              variant="tertiary"
              disabled={rows.length < PAGE_SIZE}
              onClick={() => set('page', String(page + 1))}
            >
              {t('common.next')}
            </Button>
          </Flex>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
