// The live checklist of the form being edited: its unsaved values, debounced, evaluated by the server.
// What may be published is the server's answer; this module only carries it to the panel and the button.
import { useDebounce, useForm, useQueryParams } from '@strapi/strapi/admin';
import { useEffect, useMemo, useState } from 'react';

import { useEvaluateQuery, useGetGovernedContentTypesQuery } from './api';
import type { ChecklistState } from './publish-gate';
import { isStillReading, READING_POLL_MS } from '../services/images';

/** The social post is always governed: known even when the list of governed types cannot be read. */
export const SOCIAL_POST_UID = 'plugin::social-compliance.social-post';

/** How long the editor's typing settles before the server is asked again. */
export const EVALUATE_DEBOUNCE_MS = 400;

type Values = Record<string, unknown>;

interface RelationValue {
  connect?: { documentId?: string; id?: string | number }[];
  disconnect?: unknown[];
}

const isRelationValue = (value: unknown): value is RelationValue =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  ('connect' in value || 'disconnect' in value);

/**
 * The form's values as the evaluate route reads them. The edit form holds a relation as the changes
 * made to it (`connect`, `disconnect`); an untouched one is left out, so the server reads the saved one.
 */
export const toEvaluationData = (values: Values): Values => {
  const data: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (isRelationValue(value)) {
      const connected = value.connect?.at(-1);
      if (connected) data[name] = connected.documentId ?? String(connected.id);
      else if (value.disconnect?.length) data[name] = null;
    } else data[name] = value;
  }
  return data;
};

/** The governed types this admin has learnt of (the list view's column hook is not a component). */
export const governedTypesSeen = new Set<string>([SOCIAL_POST_UID]);

export const useGovernedContentType = (model: string) => {
  const { data, isLoading } = useGetGovernedContentTypesQuery();
  data?.forEach((uid) => governedTypesSeen.add(uid));
  return { governed: model === SOCIAL_POST_UID || (data ?? []).includes(model), isLoading };
};

export const useCurrentLocale = (documentLocale?: string | null) => {
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  return query.plugins?.i18n?.locale ?? documentLocale ?? null;
};

interface LiveChecklistArgs {
  model: string;
  documentId?: string | null;
  locale?: string | null;
  skip?: boolean;
}

const errorMessage = (error: unknown) =>
  (error as { message?: string } | undefined)?.message ??
  String((error as { status?: unknown })?.status ?? '');

/** The server's evaluation of the form as it is now (debounced; asked again while a picture is being read). */
export const useLiveChecklist = ({ model, documentId, locale, skip }: LiveChecklistArgs): ChecklistState => {
  const values = useForm('SocialComplianceChecklist', (state) => state.values as Values);
  const settled = useDebounce(values, EVALUATE_DEBOUNCE_MS);
  const body = useMemo(
    () => ({
      uid: model,
      documentId: documentId ?? null,
      locale: locale ?? null,
      data: toEvaluationData(settled),
    }),
    [model, documentId, locale, settled],
  );
  const [reading, setReading] = useState(false);
  const { data, error, isError, isFetching } = useEvaluateQuery(body, {
    skip,
    pollingInterval: reading ? READING_POLL_MS : 0,
  });
  const stillReading = isStillReading(data?.images);
  useEffect(() => setReading(stillReading), [stillReading]);
  if (isError) return { status: 'unreachable', message: errorMessage(error) };
  if (!data) return { status: 'loading' };
  return { status: 'ready', checklist: data, refreshing: isFetching };
};
