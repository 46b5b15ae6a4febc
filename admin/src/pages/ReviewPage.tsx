import { Box, Flex, Grid, Link, Typography } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router-dom';

import type { ResolvedTarget } from '../../../shared/contracts/compliance';
import type { GetReviewScreen } from '../../../shared/contracts/review-screen';
import { ReviewChecklist } from '../components/Checklist';
import { DecisionPanel } from '../components/DecisionPanel';
import { FindingsPanel } from '../components/FindingsPanel';
import { NetworkPreview } from '../components/NetworkPreview';
import { PostPictures } from '../components/PostPictures';
import { PluginNav } from '../components/PluginNav';
import { ReviewStateBadge } from '../components/ReviewStateBadge';
import { ScheduleForm } from '../components/ScheduleForm';
import { TextDiff } from '../components/TextDiff';
import { paths, useAct, useResource } from '../services/api';
import { useImageReadings, useReloadWhileReading } from '../services/images';
import { useMessages } from '../services/messages';
import { usePluginPermissions } from '../services/permissions';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box tag="section" background="neutral0" padding={5} hasRadius shadow="filterShadow">
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      {children}
    </Flex>
  </Box>
);

/** One post, laid out for the reviewer's decision: what goes out where, what changed, what the checks say. */
export const ReviewPage = () => {
  const { t } = useMessages();
  const { formatDate } = useIntl();
  const { toggleNotification } = useNotification();
  const permissions = usePluginPermissions();
  const { uid = '', documentId = '' } = useParams();
  const [search] = useSearchParams();
  const target: ResolvedTarget = { uid, documentId, locale: search.get('locale') ?? '' };
  const screen = useResource<GetReviewScreen['response']>(paths.reviewScreen(target));
  const { run, isSubmitting } = useAct();
  const images = screen.data?.data.images ?? [];
  const readings = useImageReadings(images);
  useReloadWhileReading(images, screen.reload);

  const when = (at: string | null) =>
    at ? formatDate(at, { dateStyle: 'medium', timeStyle: 'short' }) : t('common.unknown');

  const act = async (
    verb: 'approve' | 'request-changes' | 'overrides',
    body: object,
    success: string,
  ): Promise<string | null> => {
    const { error } = await run('post', paths.act(target, verb), body);
    if (error) return error;
    toggleNotification({ type: 'success', message: success });
    screen.reload();
    return null;
  };

  if (screen.error && !screen.data) return <Page.Error content={screen.error} />;
  if (!screen.data) return <Page.Loading />;
  const data = screen.data.data;
  const { post, record, evaluation, decision } = data;

  return (
    <Page.Main>
      <Page.Title>{t('review.pageTitle', { title: post.title })}</Page.Title>
      <Layouts.Header
        navigationAction={
          <Link tag={RouterLink} to="/plugins/social-compliance" startIcon={<ArrowLeft />}>
            {t('review.back')}
          </Link>
        }
        title={post.title || t('queue.untitled')}
        subtitle={
          record?.submission
            ? t('review.submitted', {
                who: record.submission.userLabel,
                when: when(record.submission.at),
                approvals: record.approvals.length,
                required: data.approvalsRequired,
              })
            : t('review.notSubmitted')
        }
        secondaryAction={record ? <ReviewStateBadge state={record.reviewState} /> : undefined}
      />
      <Layouts.Content>
        <PluginNav
          canReadAudit={permissions.canReadAudit}
          canManageSettings={permissions.canManageSettings}
        />
        <Grid.Root gap={4}>
          <Grid.Item col={8} s={12} direction="column" alignItems="stretch" gap={4}>
            <Section title={t('review.preview.title')}>
              <NetworkPreview networks={data.networks} media={post.media} />
            </Section>
            <Section title={t('review.diff.title')}>
              {data.sentBack ? (
                <TextDiff
                  before={data.sentBack.body}
                  after={post.body}
                  caption={t('review.diff.sentBack', {
                    who: data.sentBack.userLabel ?? t('common.unknown'),
                    when: when(data.sentBack.at),
                    comment: data.sentBack.comment ?? '',
                  })}
                />
              ) : null}
              {data.lastApproved ? (
                <TextDiff
                  before={data.lastApproved.body}
                  after={post.body}
                  caption={
                    data.lastApproved.kind === 'published'
                      ? t('review.diff.published')
                      : t('review.diff.approved', {
                          who: data.lastApproved.userLabel ?? t('common.unknown'),
                          when: when(data.lastApproved.at),
                        })
                  }
                />
              ) : (
                <Typography textColor="neutral600">{t('review.diff.noApproved')}</Typography>
              )}
              {data.template ? (
                <TextDiff
                  before={data.template.body}
                  after={post.body}
                  caption={t('review.diff.template', { name: data.template.name })}
                />
              ) : (
                <Typography textColor="neutral600">{t('review.diff.noTemplate')}</Typography>
              )}
            </Section>
            <Section title={t('review.findings.title')}>
              <FindingsPanel
                findings={data.findings}
                pictureNames={Object.fromEntries(images.map((image) => [image.path, image.name]))}
                canOverride={decision.canOverride}
                isSubmitting={isSubmitting}
                onOverride={(fingerprint, reason) =>
                  act('overrides', { fingerprint, reason }, t('finding.override.done'))
                }
              />
            </Section>
            {images.length ? (
              <Section title={t('pictures.title')}>
                <PostPictures
                  images={images}
                  readings={readings}
                  findings={data.findings
                    .filter((finding) => finding.category !== 'image')
                    .map((finding) => ({ ...finding, overridden: finding.override !== undefined }))}
                />
              </Section>
            ) : null}
          </Grid.Item>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch" gap={4}>
            <Section title={t('decision.title')}>
              {record?.changesRequested ? (
                <Typography textColor="warning700">
                  {t('decision.lastSentBack', {
                    who: record.changesRequested.userLabel,
                    comment: record.changesRequested.comment,
                  })}
                </Typography>
              ) : null}
              <DecisionPanel
                decision={decision}
                isSubmitting={isSubmitting}
                onApprove={(comment) => act('approve', comment ? { comment } : {}, t('decision.approved'))}
                onRequestChanges={(comment) => act('request-changes', { comment }, t('decision.sentBack'))}
              />
            </Section>
            <Section title={t('review.attestation.title')}>
              {record?.attestation ? (
                <Typography>
                  {t('review.attestation.by', {
                    who: record.attestation.userLabel ?? `#${record.attestation.userId}`,
                    when: when(record.attestation.at),
                    version: record.attestation.wordingVersion,
                  })}
                </Typography>
              ) : (
                <Typography textColor="danger600">{t('review.attestation.none')}</Typography>
              )}
              {evaluation.checks
                .filter((check) => check.id.startsWith('attestation'))
                .map((check) => (
                  <Typography key={check.id} variant="pi" textColor="neutral600">
                    {check.message}
                  </Typography>
                ))}
            </Section>
            <Section title={t('review.checklist.title')}>
              <ReviewChecklist checks={evaluation.checks} />
            </Section>
            {decision.canSchedule && record?.reviewState === 'approved' ? (
              <Section title={t('schedule.title')}>
                <ScheduleForm
                  submitLabel={t('schedule.submit')}
                  isSubmitting={isSubmitting}
                  onSubmit={async ({ local, timeZone }) => {
                    const { error } = await run('post', paths.schedule(target), {
                      publishAt: local,
                      timeZone,
                    });
                    if (error) return error;
                    toggleNotification({ type: 'success', message: t('schedule.done') });
                    screen.reload();
                    return null;
                  }}
                />
              </Section>
            ) : null}
          </Grid.Item>
        </Grid.Root>
      </Layouts.Content>
    </Page.Main>
  );
};
