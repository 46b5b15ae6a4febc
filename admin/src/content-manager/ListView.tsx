// The list view: a compliance column (review state and the number of unmet requirements) and a bulk
// publish that says, per post, why it was refused, and sends only the compliant ones.
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import type {
  BulkActionComponent,
  BulkActionDescription,
  ListFieldLayout,
  ListLayout,
} from '@strapi/content-manager/strapi-admin';

import { useGetComplianceDocumentQuery } from './api';
import { SOCIAL_POST_UID, governedTypesSeen, useGovernedContentType } from './live-checklist';
import { useMessages } from '../services/messages';
import { PLUGIN_ID } from '../../../shared/constants';

const useListLocale = () => {
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  return query.plugins?.i18n?.locale ?? null;
};

const ComplianceCell = ({ documentId }: { documentId: string }) => {
  const { t } = useMessages();
  const { slug = '' } = useParams<{ slug: string }>();
  const locale = useListLocale();
  const { data, isError } = useGetComplianceDocumentQuery({ uid: slug, documentId, locale });
  if (isError) return <Typography textColor="danger600">{t('editor.list.error')}</Typography>;
  if (!data) return <Typography textColor="neutral500">…</Typography>;
  const unmet = data.evaluation.checks.filter((check) => check.status === 'fail').length;
  const state = data.record?.reviewState ?? 'draft';
  return (
    <Flex gap={2}>
      <Badge variant={unmet ? 'warning' : 'success'}>{t(`editor.review.states.${state}`)}</Badge>
      <Typography variant="pi" textColor={unmet ? 'danger600' : 'success600'}>
        {unmet ? t('editor.list.unmet', { count: unmet }) : t('editor.list.compliant')}
      </Typography>
    </Flex>
  );
};

const currentModel = () => decodeURIComponent(window.location.pathname.split('/').pop() ?? '');

/** `Admin/CM/pages/ListView/inject-column-in-table`: the column, on governed types only. */
export const addComplianceColumn = ({
  displayedHeaders,
  layout,
}: {
  displayedHeaders: ListFieldLayout[];
  layout: ListLayout;
}) => {
  const model = currentModel();
  if (model !== SOCIAL_POST_UID && !governedTypesSeen.has(model)) return { displayedHeaders, layout };
  const column: ListFieldLayout = {
    attribute: { type: 'custom' },
    name: 'socialCompliance',
    label: { id: `${PLUGIN_ID}.editor.list.column`, defaultMessage: 'Compliance' },
    searchable: false,
    sortable: false,
    cellFormatter: (document: { documentId: string }) => (
      <ComplianceCell documentId={String(document.documentId)} />
    ),
  } as unknown as ListFieldLayout;
  return { displayedHeaders: [...displayedHeaders, column], layout };
};

interface Verdict {
  documentId: string;
  title: string;
  /** Why it may not be published, as the server words it; empty when it is compliant. */
  reasons: string[];
}

const useVerdict = (
  model: string,
  documentId: string,
  title: string,
  locale: string | null,
): Verdict | null => {
  const { t } = useMessages();
  const { data, error } = useGetComplianceDocumentQuery({ uid: model, documentId, locale });
  if (error) return { documentId, title, reasons: [t('editor.bulk.unchecked')] };
  if (!data) return null;
  return {
    documentId,
    title,
    reasons: data.evaluation.checks.filter((check) => check.status === 'fail').map((check) => check.message),
  };
};

const VerdictRow = ({
  model,
  documentId,
  title,
  locale,
  onVerdict,
}: {
  model: string;
  documentId: string;
  title: string;
  locale: string | null;
  onVerdict: (verdict: Verdict) => void;
}) => {
  const { t } = useMessages();
  const verdict = useVerdict(model, documentId, title, locale);
  useEffect(() => {
    if (verdict) onVerdict(verdict);
    // One report per answer of the server.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [verdict?.reasons.join('\n')]);
  if (!verdict) return <Typography textColor="neutral600">{t('editor.bulk.checking', { title })}</Typography>;
  if (!verdict.reasons.length)
    return (
      <Typography textColor="success600" tag="p">
        {t('editor.bulk.willPublish', { title })}
      </Typography>
    );
  return (
    <Box padding={3} hasRadius background="danger100" borderColor="danger200">
      <Typography fontWeight="bold" tag="p">
        {t('editor.bulk.refused', { title })}
      </Typography>
      <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
        {verdict.reasons.map((reason, index) => (
          <li key={index}>
            <Typography variant="pi">{reason}</Typography>
          </li>
        ))}
      </Box>
    </Box>
  );
};

// Strapi 5.54's bulk Publish has no static `type` (Delete and Unpublish have one); what it returns says
// `actionType: 'publish'`.
const isPublish = (action: BulkActionComponent, description: BulkActionDescription) =>
  action.type === 'publish' || (description as { actionType?: string }).actionType === 'publish';

/**
 * On governed types, the bulk action that publishes gives each post's verdict from the server first and
 * sends only the compliant ones; every other bulk action is left as it is.
 */
export const governBulkPublish = (BuiltIn: BulkActionComponent): BulkActionComponent => {
  const GovernedBulkPublish: BulkActionComponent = (props) => {
    const description = BuiltIn(props);
    const { governed } = useGovernedContentType(props.model);
    const { t } = useMessages();
    const { post } = useFetchClient();
    const { toggleNotification } = useNotification();
    const locale = useListLocale();
    const [verdicts, setVerdicts] = useState<Record<string, Verdict>>({});
    if (!description || !governed || !isPublish(BuiltIn, description)) return description;

    const record = (verdict: Verdict) =>
      setVerdicts((previous) => ({ ...previous, [verdict.documentId]: verdict }));
    const publishCompliant = async () => {
      const selected = props.documents.map((document) => verdicts[String(document.documentId)]);
      const compliant = selected.filter((verdict) => verdict && verdict.reasons.length === 0);
      const refused = props.documents.length - compliant.length;
      if (compliant.length) {
        await post(
          `/content-manager/collection-types/${props.model}/actions/bulkPublish`,
          { documentIds: compliant.map((verdict) => verdict.documentId) },
          { params: locale ? { locale } : {} },
        );
      }
      toggleNotification({
        type: refused ? 'warning' : 'success',
        message: t('editor.bulk.summary', { published: compliant.length, refused }),
      });
    };

    return {
      ...description,
      onClick: undefined,
      dialog: {
        type: 'dialog',
        title: t('editor.bulk.title'),
        content: (
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography>{t('editor.bulk.confirm', { count: props.documents.length })}</Typography>
            {props.documents.map((document) => (
              <VerdictRow
                key={String(document.documentId)}
                model={props.model}
                documentId={String(document.documentId)}
                title={String(document.title ?? document.documentId)}
                locale={locale}
                onVerdict={record}
              />
            ))}
          </Flex>
        ),
        onConfirm: publishCompliant,
      },
    };
  };
  GovernedBulkPublish.type = BuiltIn.type;
  return GovernedBulkPublish;
};

export const withGovernedBulkPublish = (actions: BulkActionComponent[]) => actions.map(governBulkPublish);
