// The reviewer's and the policy owner's data: one typed path per route (typed by shared/contracts), read
// and written through the admin's one fetch client. Pages ask these hooks; components only render.
import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState } from 'react';

import { PLUGIN_ID } from '../../../shared/constants';
import type { GetAudit } from '../../../shared/contracts/audit';
import type { ResolvedTarget } from '../../../shared/contracts/compliance';
import type { GetReviewQueue } from '../../../shared/contracts/review-queue';
import type { GetCalendar } from '../../../shared/contracts/schedule';

export const queryString = (query: object) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
};

const documentPath = (target: Pick<ResolvedTarget, 'uid' | 'documentId'>) =>
  `/${PLUGIN_ID}/documents/${encodeURIComponent(target.uid)}/${encodeURIComponent(target.documentId)}`;

const localeQuery = (target: { locale?: string | null }) =>
  queryString({ locale: target.locale || undefined });

export const paths = {
  policy: () => `/${PLUGIN_ID}/policy`,
  policyVersions: () => `/${PLUGIN_ID}/policy/versions`,
  reviewQueue: (query: GetReviewQueue['query']) => `/${PLUGIN_ID}/review-queue${queryString(query)}`,
  reviewScreen: (target: ResolvedTarget) => `${documentPath(target)}/review${localeQuery(target)}`,
  act: (target: ResolvedTarget, verb: 'approve' | 'request-changes' | 'overrides') =>
    `${documentPath(target)}/${verb}${localeQuery(target)}`,
  schedule: (target: ResolvedTarget, action?: 'publish' | 'unpublish') =>
    `${documentPath(target)}/schedule${queryString({ locale: target.locale || undefined, action })}`,
  calendar: (query: GetCalendar['query']) => `/${PLUGIN_ID}/calendar${queryString(query)}`,
  audit: (query: GetAudit['query']) => `/${PLUGIN_ID}/audit${queryString(query)}`,
  auditVerify: () => `/${PLUGIN_ID}/audit/verify`,
  auditExport: (query: GetAudit['query'] & { format: 'csv' | 'json' }) =>
    `/${PLUGIN_ID}/audit/export${queryString(query)}`,
};

/** The sentence the server gave (every refusal of the plugin carries one), or the error's own message. */
export const errorMessage = (error: unknown): string => {
  const response = (error as { response?: { data?: { error?: { message?: string } } } })?.response;
  return response?.data?.error?.message ?? (error as Error)?.message ?? String(error);
};

export interface Resource<T> {
  data: T | null;
  error: string | null;
  isLoading: boolean;
  reload: () => void;
}

/** Reads `path` (null: nothing to read yet) and again on `reload()`; the last answer wins. */
export const useResource = <T>(path: string | null): Resource<T> => {
  const { get } = useFetchClient();
  const [state, setState] = useState<Omit<Resource<T>, 'reload'>>({
    data: null,
    error: null,
    isLoading: path !== null,
  });
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    setState((previous) => ({ ...previous, isLoading: true }));
    get<T>(path)
      .then(({ data }) => current && setState({ data, error: null, isLoading: false }))
      .catch((error) => current && setState({ data: null, error: errorMessage(error), isLoading: false }));
    return () => {
      current = false;
    };
  }, [get, path, round]);

  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
};

/** A write: `run` resolves to the answer, or to `{ error }` with the server's sentence. */
export const useAct = () => {
  const client = useFetchClient();
  const [isSubmitting, setSubmitting] = useState(false);
  const run = useCallback(
    async <T>(
      method: 'post' | 'put' | 'del',
      path: string,
      body?: unknown,
    ): Promise<{ data: T; error?: undefined } | { data?: undefined; error: string }> => {
      setSubmitting(true);
      try {
        const response =
          method === 'del' ? await client.del<T>(path) : await client[method]<T>(path, body ?? {});
        return { data: response.data };
      } catch (error) {
        return { error: errorMessage(error) };
      } finally {
        setSubmitting(false);
      }
    },
    [client],
  );
  return { run, isSubmitting };
};

/** Downloads a file of the server (the audit export) with the admin session, as the browser saves it. */
export const useDownload = () => {
  const { get } = useFetchClient();
  return useCallback(
    async (path: string, fallbackName: string) => {
      const response = await get<Blob>(path, { responseType: 'blob' });
      const disposition = response.headers?.get('Content-Disposition') ?? '';
      const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return { name, chain: response.headers?.get('X-Audit-Chain') ?? null };
    },
    [get],
  );
};
