import {
  Badge,
  Box,
  Button,
  Checkbox,
  Divider,
  Flex,
  Loader,
  TextButton,
  Typography,
} from '@strapi/design-system';
import { useState, type ReactNode } from 'react';

import { Checklist } from './Checklist';
import { ChannelCounts } from './ChannelCounts';
import { Findings } from './Findings';
import { authorChecks, publishGate, type ChecklistState } from '../publish-gate';
import { useMessages } from '../../services/messages';
import type { ReviewState } from '../../../../shared/constants';
import type { ComplianceRecord, MediaStatus } from '../../../../shared/contracts/compliance';
import type { Policy } from '../../../../shared/contracts/policy';

const STATE_VARIANT: Record<
  ReviewState,
  'neutral' | 'secondary' | 'danger' | 'success' | 'primary' | 'alternative'
> = {
  draft: 'neutral',
  'in-review': 'secondary',
  'changes-requested': 'danger',
  approved: 'success',
  scheduled: 'primary',
  published: 'alternative',
};

export interface CompliancePanelViewProps {
  state: ChecklistState;
  /** The compliance record of the saved document: null before the first act, undefined while loading. */
  record?: ComplianceRecord | null;
  policy?: Policy;
  /** The document exists (has been saved once). */
  saved: boolean;
  /** The form has changes not saved yet. */
  modified: boolean;
  permissions: { attest: boolean; submit: boolean };
  onAttest: () => void;
  onSubmit: () => void;
  busy?: 'attest' | 'submit' | null;
  /** The last act's refusal, as the server worded it. */
  actError?: string | null;
  onGoToField?: (path: string) => void;
  onAddAttribution?: (media: MediaStatus) => void;
  /** The scheduling section, shown once the post is approved. */
  schedule?: ReactNode;
  /** "Start from a template", and the chosen template's Q&A. */
  template?: ReactNode;
  /** The post's pictures with the words read in them and the boxes on patient information. */
  pictures?: ReactNode;
}

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={2}>
    <Typography variant="sigma" tag="h3" textColor="neutral600">
      {title}
    </Typography>
    {children}
  </Flex>
);

const Callout = ({
  tone,
  title,
  children,
}: {
  tone: 'danger' | 'warning';
  title?: string;
  children: ReactNode;
}) => (
  <Box
    padding={3}
    hasRadius
    background={`${tone}100`}
    borderColor={`${tone}200`}
    role={tone === 'danger' ? 'alert' : 'status'}
  >
    {title ? (
      <Typography variant="omega" fontWeight="bold" textColor="neutral800" tag="p">
        {title}
      </Typography>
    ) : null}
    <Typography variant="omega" textColor="neutral800" tag="div">
      {children}
    </Typography>
  </Box>
);

/** The editor's compliance panel: what the server says of the post as it is in the form now. */
export const CompliancePanelView = ({
  state,
  record,
  policy,
  saved,
  modified,
  permissions,
  onAttest,
  onSubmit,
  busy,
  actError,
  onGoToField,
  onAddAttribution,
  schedule,
  template,
  pictures,
}: CompliancePanelViewProps) => {
  const { t, formatDate } = useMessages();
  const [confirmed, setConfirmed] = useState(false);
  const reviewState: ReviewState = record?.reviewState ?? 'draft';
  const gate = publishGate(state);
  const when = (at: string) => formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });

  const checks = state.status === 'ready' ? state.checklist.checks : [];
  const attestationCheck = checks.find((check) => check.id.startsWith('attestation'));
  const attested = attestationCheck?.status === 'pass' && record?.attestation;
  const mustSaveFirst = !saved || modified;
  const authorFailures = authorChecks(checks).filter((check) => check.status === 'fail');
  const canSubmitState = reviewState === 'draft' || reviewState === 'changes-requested';
  const submitReady =
    state.status === 'ready' &&
    authorFailures.length === 0 &&
    !mustSaveFirst &&
    permissions.submit &&
    canSubmitState;

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="social-compliance-panel">
      <Flex justifyContent="space-between" gap={2} wrap="wrap">
        <Typography variant="omega" textColor="neutral700">
          {t('editor.review.state')}
        </Typography>
        <Badge variant={STATE_VARIANT[reviewState]} size="M">
          {t(`editor.review.states.${reviewState}`)}
        </Badge>
      </Flex>

      {template}

      {reviewState === 'changes-requested' && record?.changesRequested ? (
        <Callout
          tone="danger"
          title={t('editor.review.changesRequested', {
            user: record.changesRequested.userLabel,
            at: when(record.changesRequested.at),
          })}
        >
          <Typography tag="blockquote" variant="omega" fontWeight="semiBold">
            {record.changesRequested.comment}
          </Typography>
        </Callout>
      ) : null}

      {state.status === 'unreachable' ? (
        <Callout tone="danger" title={t('editor.unreachable.title')}>
          {t('editor.unreachable.body')}
        </Callout>
      ) : null}

      {state.status === 'loading' ? (
        <Flex gap={2} role="status">
          <Loader small>{t('editor.loading')}</Loader>
          <Typography variant="omega">{t('editor.loading')}</Typography>
        </Flex>
      ) : null}

      {state.status === 'ready' ? (
        <>
          {gate.allowed ? (
            <Typography variant="omega" textColor="success600" fontWeight="bold" role="status">
              {t('editor.publish.ready')}
            </Typography>
          ) : (
            <Callout tone="warning" title={t('editor.publish.blocked', { count: gate.reasons.length })}>
              <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
                {gate.reasons.map((reason, index) => (
                  <li key={`${reason.id}-${index}`}>{reason.message}</li>
                ))}
              </Box>
            </Callout>
          )}
          {state.refreshing ? (
            <Typography variant="pi" textColor="neutral600" role="status">
              {t('editor.refreshing')}
            </Typography>
          ) : null}

          <Section title={t('editor.checks.title')}>
            <Checklist checks={state.checklist.checks} onGoToField={onGoToField} />
          </Section>

          <Findings findings={state.checklist.findings} />

          {state.checklist.images.length && pictures ? (
            <Section title={t('pictures.title')}>{pictures}</Section>
          ) : null}

          {state.checklist.channels.length ? (
            <Section title={t('editor.channels.title')}>
              <ChannelCounts channels={state.checklist.channels} />
            </Section>
          ) : null}

          {state.checklist.media.some((file) => !file.attributed || file.missingAltText) ? (
            <Section title={t('editor.media.title')}>
              <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
                {state.checklist.media
                  .filter((file) => !file.attributed || file.missingAltText)
                  .map((file) => (
                    <Flex tag="li" key={file.id} direction="column" alignItems="flex-start" gap={1}>
                      <Typography variant="omega" fontWeight="semiBold">
                        {file.name ?? t('editor.media.unnamed', { id: file.id })}
                      </Typography>
                      {!file.attributed ? (
                        <Flex gap={2} wrap="wrap">
                          <Typography variant="pi" textColor="danger600">
                            {t('editor.media.noAttribution')}
                          </Typography>
                          {onAddAttribution ? (
                            <TextButton onClick={() => onAddAttribution(file)}>
                              {t('editor.media.addAttribution', { name: file.name ?? file.id })}
                            </TextButton>
                          ) : null}
                        </Flex>
                      ) : null}
                      {file.missingAltText ? (
                        <Typography variant="pi" textColor="warning600">
                          {t('editor.media.noAltText')}
                        </Typography>
                      ) : null}
                    </Flex>
                  ))}
              </Flex>
            </Section>
          ) : null}
        </>
      ) : null}

      <Divider />

      <Section title={t('editor.attestation.title')}>
        {policy ? (
          <Box padding={3} hasRadius background="neutral100">
            <Typography variant="pi" textColor="neutral600" tag="p">
              {t('editor.attestation.version', { version: policy.attestation.version })}
            </Typography>
            <Typography variant="omega" textColor="neutral800" tag="p">
              {policy.attestation.wording}
            </Typography>
          </Box>
        ) : null}
        {attested && record?.attestation ? (
          <Typography variant="omega" textColor="success600" role="status">
            {t('editor.attestation.done', {
              user: record.attestation.userLabel ?? String(record.attestation.userId),
              at: when(record.attestation.at),
            })}
          </Typography>
        ) : null}
        {attestationCheck?.id === 'attestation.stale' ? (
          <Callout tone="warning" title={t('editor.attestation.stale')}>
            {record?.attestation
              ? t('editor.attestation.staleDetail', {
                  user: record.attestation.userLabel ?? String(record.attestation.userId),
                  at: when(record.attestation.at),
                })
              : attestationCheck.message}
          </Callout>
        ) : null}
        {attestationCheck?.id === 'attestation.wording' ? (
          <Callout tone="warning" title={t('editor.attestation.wordingChanged')}>
            {attestationCheck.message}
          </Callout>
        ) : null}
        {!attested ? (
          <>
            <Checkbox
              checked={confirmed}
              onCheckedChange={(checked) => setConfirmed(checked === true)}
              disabled={!permissions.attest}
            >
              {t('editor.attestation.confirm')}
            </Checkbox>
            {mustSaveFirst ? (
              <Typography variant="pi" textColor="neutral600">
                {t(saved ? 'editor.attestation.saveChanges' : 'editor.attestation.saveFirst')}
              </Typography>
            ) : null}
            {!permissions.attest ? (
              <Typography variant="pi" textColor="neutral600">
                {t('editor.attestation.noPermission')}
              </Typography>
            ) : null}
            <Button
              variant="secondary"
              onClick={onAttest}
              loading={busy === 'attest'}
              disabled={!confirmed || mustSaveFirst || !permissions.attest || state.status === 'unreachable'}
            >
              {t('editor.attestation.attest')}
            </Button>
          </>
        ) : null}
      </Section>

      <Section title={t('editor.submit.title')}>
        {canSubmitState ? (
          <>
            <Button variant="default" onClick={onSubmit} loading={busy === 'submit'} disabled={!submitReady}>
              {t('editor.submit.button')}
            </Button>
            {!submitReady ? (
              <Typography variant="pi" textColor="neutral600">
                {mustSaveFirst
                  ? t(saved ? 'editor.attestation.saveChanges' : 'editor.attestation.saveFirst')
                  : t('editor.submit.notYet', { count: authorFailures.length })}
              </Typography>
            ) : null}
          </>
        ) : (
          <Typography variant="omega" textColor="neutral700">
            {record?.submission
              ? t('editor.submit.submitted', {
                  user: record.submission.userLabel,
                  at: when(record.submission.at),
                })
              : t(`editor.review.states.${reviewState}`)}
          </Typography>
        )}
      </Section>

      {actError ? (
        <Callout tone="danger" title={t('editor.actError')}>
          {actError}
        </Callout>
      ) : null}

      {record?.approvals?.length ? (
        <Section title={t('editor.approvals.title', { count: record.approvals.length })}>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {record.approvals.map((approval) => (
              <li key={`${approval.userId}-${approval.at}`}>
                <Typography variant="omega" fontWeight="semiBold" tag="p">
                  {t('editor.approvals.by', {
                    user: approval.userLabel ?? String(approval.userId),
                    at: when(approval.at),
                  })}
                </Typography>
                {approval.comment ? (
                  <Typography variant="omega" textColor="neutral700" tag="q">
                    {approval.comment}
                  </Typography>
                ) : null}
              </li>
            ))}
          </Flex>
        </Section>
      ) : null}

      {schedule}
    </Flex>
  );
};
