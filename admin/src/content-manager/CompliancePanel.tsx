// The compliance side panel of a governed type's edit view (`addEditViewSidePanel`).
import { useForm, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { useState } from 'react';
import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';

import {
  useAttestMutation,
  useGetComplianceDocumentQuery,
  useGetPolicyQuery,
  useSubmitMutation,
} from './api';
import { CompliancePanelView } from './components/CompliancePanelView';
import { SchedulePanel } from './components/SchedulePanel';
import { StartFromTemplate } from './StartFromTemplate';
import { useAttributionRows } from './attribution-rows';
import { useCurrentLocale, useGovernedContentType, useLiveChecklist } from './live-checklist';
import { useMessages } from '../services/messages';
import { useImageReadings } from '../services/images';
import { PostPictures } from '../components/PostPictures';
import { ACTIONS } from '../../../shared/constants';

const PERMISSIONS = {
  attest: [{ action: ACTIONS.attest, subject: null }],
  submit: [{ action: ACTIONS.submit, subject: null }],
  schedule: [{ action: ACTIONS.schedule, subject: null }],
};

const errorText = (error: unknown) =>
  (error as { error?: { message?: string }; message?: string })?.error?.message ??
  (error as { message?: string })?.message ??
  String(error);

const CompliancePanelContent = ({ model, documentId, document }: PanelComponentProps) => {
  const locale = useCurrentLocale(document?.locale as string | undefined);
  const target = documentId ? { uid: model, documentId, locale } : null;
  const state = useLiveChecklist({ model, documentId, locale });
  const modified = useForm('SocialCompliancePanel', (form) => form.modified);
  const { data: policy } = useGetPolicyQuery();
  const { data: inspected } = useGetComplianceDocumentQuery(target ?? { uid: model, documentId: '' }, {
    skip: !target,
  });
  const [attest, attesting] = useAttestMutation();
  const [submit, submitting] = useSubmitMutation();
  const [actError, setActError] = useState<string | null>(null);
  const { allowedActions } = useRBAC(PERMISSIONS);
  const [, setQuery] = useQueryParams();
  const { addAttribution } = useAttributionRows();

  const act = async (run: () => Promise<unknown>) => {
    setActError(null);
    try {
      await run();
    } catch (error) {
      setActError(errorText(error));
    }
  };

  const goToField = (path: string) => {
    setQuery({ field: path });
    const input = window.document.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`);
    input?.focus();
    input?.scrollIntoView({ block: 'center' });
  };

  const images = state.status === 'ready' ? state.checklist.images : [];
  const readings = useImageReadings(images);

  const record = inspected?.record;
  return (
    <CompliancePanelView
      state={state}
      record={record}
      policy={policy}
      saved={Boolean(documentId)}
      modified={modified}
      permissions={{ attest: allowedActions.canAttest === true, submit: allowedActions.canSubmit === true }}
      busy={attesting.isLoading ? 'attest' : submitting.isLoading ? 'submit' : null}
      actError={actError}
      onAttest={() => target && act(() => attest(target).unwrap())}
      onSubmit={() => target && act(() => submit(target).unwrap())}
      onGoToField={goToField}
      onAddAttribution={addAttribution}
      template={<StartFromTemplate locale={locale} />}
      pictures={
        state.status === 'ready' ? (
          <PostPictures
            images={images}
            readings={readings}
            findings={state.checklist.findings}
            maxWidth={360}
          />
        ) : null
      }
      schedule={
        target && record && ['approved', 'scheduled', 'published'].includes(record.reviewState) ? (
          <SchedulePanel
            target={target}
            reviewState={record.reviewState}
            canSchedule={allowedActions.canSchedule === true}
          />
        ) : null
      }
    />
  );
};

export const CompliancePanel: PanelComponent = (props) => {
  const { t } = useMessages();
  const { governed } = useGovernedContentType(props.model);
  if (!governed) return null;
  return { title: t('editor.panel.title'), content: <CompliancePanelContent {...props} /> };
};
CompliancePanel.displayName = 'SocialCompliancePanel';
