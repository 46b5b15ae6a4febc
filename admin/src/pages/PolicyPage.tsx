import { Alert, Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

import type {
  GetPolicy,
  GetPolicyVersion,
  GetPolicyVersions,
  Policy,
  UpdatePolicy,
} from '../../../shared/contracts/policy';
import { PluginNav } from '../components/PluginNav';
import { PolicyForm, cleanDraft, toDraft, type PolicyDraft } from '../components/PolicyForm';
import { PolicyHistory } from '../components/PolicyHistory';
import { paths, useAct, useResource } from '../services/api';
import { useMessages } from '../services/messages';
import { usePluginPermissions } from '../services/permissions';
import { POST_CATEGORIES } from './categories';
import { PolicySummary } from '../components/PolicySummary';

const inputOf = ({ version: _version, attestation, ...rest }: Policy) => ({
  ...rest,
  attestation: { wording: attestation.wording },
});

/** The policy in force for everyone; its owner edits it here, and every version stays readable. */
export const PolicyPage = () => {
  const { t } = useMessages();
  const permissions = usePluginPermissions();
  const policy = useResource<GetPolicy['response']>(paths.policy());
  const versions = useResource<GetPolicyVersions['response']>(paths.policyVersions());
  const [selected, setSelected] = useState<number | null>(null);
  const shown = useResource<GetPolicyVersion['response']>(
    selected === null ? null : `${paths.policyVersions()}/${selected}`,
  );
  const [draft, setDraft] = useState<PolicyDraft | null>(null);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { run, isSubmitting } = useAct();
  const current = policy.data?.data ?? null;
  // The version this form was started from: the server refuses the save if another came since.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);

  useEffect(() => {
    if (current && baseVersion === null) {
      setDraft(toDraft(inputOf(current)));
      setBaseVersion(current.version);
    }
  }, [current, baseVersion]);

  if (policy.error && !current) return <Page.Error content={policy.error} />;
  if (!current || permissions.isLoading) return <Page.Loading />;

  const save = async () => {
    if (!draft || baseVersion === null) return;
    setRefusal(null);
    setSaved(null);
    const result = await run<UpdatePolicy['response']>('put', paths.policy(), {
      expectedVersion: baseVersion,
      ...(note.trim() ? { note: note.trim() } : {}),
      policy: cleanDraft(draft),
    } satisfies UpdatePolicy['body']);
    if (result.data === undefined) {
      setRefusal(result.error);
      return;
    }
    const { data } = result;
    setSaved(data.data.version);
    setBaseVersion(data.data.version);
    setDraft(toDraft(inputOf(data.data)));
    setNote('');
    policy.reload();
    versions.reload();
  };

  const startOver = () => {
    setBaseVersion(null);
    setRefusal(null);
    policy.reload();
  };

  return (
    <Page.Main>
      <Page.Title>{t(permissions.canManageSettings ? 'settings.title' : 'overview.title')}</Page.Title>
      <Layouts.Header
        title={t(permissions.canManageSettings ? 'settings.title' : 'nav.policy')}
        subtitle={
          permissions.canManageSettings
            ? t('overview.policy.version', { version: current.version, owner: current.owner })
            : t('overview.subtitle')
        }
        primaryAction={
          permissions.canManageSettings ? (
            <Button startIcon={<Check />} loading={isSubmitting} onClick={save}>
              {t('settings.save')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <PluginNav
          canReadAudit={permissions.canReadAudit}
          canManageSettings={permissions.canManageSettings}
        />
        <Flex direction="column" alignItems="stretch" gap={4}>
          {saved !== null ? (
            <Alert
              variant="success"
              title={t('settings.saved.title')}
              closeLabel={t('common.close')}
              onClose={() => setSaved(null)}
            >
              <span data-testid="policy-saved">{t('settings.saved', { version: saved })}</span>
            </Alert>
          ) : null}
          {refusal ? (
            <Alert
              variant="danger"
              title={t('settings.refused')}
              closeLabel={t('common.close')}
              onClose={() => setRefusal(null)}
              action={
                <Button variant="danger-light" onClick={startOver}>
                  {t('settings.reload')}
                </Button>
              }
            >
              <span data-testid="policy-refusal">{refusal}</span>
            </Alert>
          ) : null}
          {permissions.canManageSettings && draft ? (
            <>
              <PolicyForm
                draft={draft}
                onChange={setDraft}
                current={{ wording: current.attestation.wording, version: current.attestation.version }}
                categories={POST_CATEGORIES}
              />
              <Box background="neutral0" padding={5} hasRadius shadow="filterShadow">
                <Field.Root name="note" hint={t('settings.note.hint')}>
                  <Field.Label>{t('settings.note')}</Field.Label>
                  <TextInput
                    value={note}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNote(e.target.value)}
                  />
                  <Field.Hint />
                </Field.Root>
              </Box>
            </>
          ) : (
            <PolicySummary policy={current} />
          )}
          <Box background="neutral0" padding={5} hasRadius shadow="filterShadow" tag="section">
            <Typography variant="delta" tag="h2">
              {t('settings.history.title')}
            </Typography>
            <Box paddingTop={3}>
              <PolicyHistory
                versions={versions.data?.data ?? null}
                isLoading={versions.isLoading}
                error={versions.error}
                selected={selected}
                onSelect={setSelected}
                shown={shown.data?.data ?? null}
              />
            </Box>
          </Box>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};
