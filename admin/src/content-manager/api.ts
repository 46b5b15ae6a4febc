// The editor's data: every request the Content Manager pieces make, injected into the admin's RTK Query
// API (one cache: the side panel and the Publish button share one evaluation of the same form).
import type { AnyAction, ThunkDispatch } from '@reduxjs/toolkit';
import { adminApi } from '@strapi/strapi/admin';

import { PLUGIN_ID } from '../../../shared/constants';
import type {
  Attest,
  ComplianceRecord,
  Evaluate,
  GetDocument,
  GetGovernedContentTypes,
  LiveChecklist,
  Submit,
} from '../../../shared/contracts/compliance';
import type { GetPolicy, Policy } from '../../../shared/contracts/policy';
import type {
  CancelSchedule,
  CreateSchedule,
  GetCalendar,
  ScheduleBody,
  ScheduleView,
  CalendarEntry,
} from '../../../shared/contracts/schedule';
import type { ScheduleAction } from '../../../shared/constants';

export interface DocumentTarget {
  uid: string;
  documentId: string;
  locale?: string | null;
}

const DOCUMENT = 'SocialComplianceDocument' as const;
const EVALUATION = 'SocialComplianceEvaluation' as const;
const SCHEDULES = 'SocialComplianceSchedules' as const;
const DAY = 86_400_000;

const documentUrl = ({ uid, documentId }: DocumentTarget) =>
  `/${PLUGIN_ID}/documents/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}`;

const params = (target: DocumentTarget) =>
  target.locale ? { params: { locale: target.locale } } : undefined;

/** What every act on a document changes: its record, its evaluation and its schedules. */
const documentTags = (target: DocumentTarget) =>
  [{ type: DOCUMENT, id: target.documentId }, EVALUATION, SCHEDULES] as const;

/**
 * The document's reads on their way, whoever started them: a hook, a refetch, an invalidation. RTK Query's
 * own list of running queries leaves out the reads an invalidation starts, so each read says it itself.
 */
const readsOnTheirWay = new Set<Promise<void>>();

const trackRead = async (_arg: unknown, { queryFulfilled }: { queryFulfilled: Promise<unknown> }) => {
  const ended = queryFulfilled.then(
    () => undefined,
    () => undefined,
  );
  readsOnTheirWay.add(ended);
  await ended;
  readsOnTheirWay.delete(ended);
};

/**
 * After an act, read the document again, once every read that left before the act ended has come back.
 * The admin's RTK Query (1.9) skips a refetch asked for while the same read is on its way, and that read may
 * have been answered before the act changed anything (the read an earlier act asked for, the checklist's
 * own): the panel would show the post as it was before the act, "not scheduled" when it is. A read that
 * leaves after the act ended sees the act, so there is nothing to wait for; each act costs one read.
 */
const readAgainAfterAct = async (
  target: DocumentTarget,
  {
    dispatch,
    queryFulfilled,
  }: {
    dispatch: ThunkDispatch<unknown, unknown, AnyAction>;
    queryFulfilled: Promise<unknown>;
  },
): Promise<void> => {
  await queryFulfilled.catch(() => undefined);
  await Promise.all([...readsOnTheirWay]);
  dispatch(editorApi.util.invalidateTags([...documentTags(target)]));
};

export interface TemplateOption {
  id: number;
  documentId: string;
  locale?: string | null;
  name: string;
  body: string;
  category: string | null;
  qa: { question?: string | null; answer?: string | null }[];
}

export const editorApi = adminApi
  .enhanceEndpoints({ addTagTypes: [DOCUMENT, EVALUATION, SCHEDULES] })
  .injectEndpoints({
    endpoints: (build) => ({
      getGovernedContentTypes: build.query<string[], void>({
        query: () => `/${PLUGIN_ID}/governed-content-types`,
        transformResponse: (response: GetGovernedContentTypes['response']) => response.data,
      }),
      getPolicy: build.query<Policy, void>({
        query: () => `/${PLUGIN_ID}/policy`,
        transformResponse: (response: GetPolicy['response']) => response.data,
      }),
      evaluate: build.query<LiveChecklist, Evaluate['body']>({
        query: (body) => ({ url: `/${PLUGIN_ID}/evaluate`, method: 'POST', data: body }),
        transformResponse: (response: Evaluate['response']) => response.data,
        providesTags: [EVALUATION],
        onQueryStarted: trackRead,
      }),
      getComplianceDocument: build.query<GetDocument['response']['data'], DocumentTarget>({
        query: (target) => ({ url: documentUrl(target), config: params(target) }),
        transformResponse: (response: GetDocument['response']) => response.data,
        providesTags: (_result, _error, target) => [{ type: DOCUMENT, id: target.documentId }],
        onQueryStarted: trackRead,
      }),
      attest: build.mutation<ComplianceRecord, DocumentTarget>({
        query: (target) => ({
          url: `${documentUrl(target)}/attest`,
          method: 'POST',
          data: {},
          config: params(target),
        }),
        transformResponse: (response: Attest['response']) => response.data,
        onQueryStarted: readAgainAfterAct,
      }),
      submit: build.mutation<ComplianceRecord, DocumentTarget>({
        query: (target) => ({
          url: `${documentUrl(target)}/submit`,
          method: 'POST',
          data: {},
          config: params(target),
        }),
        transformResponse: (response: Submit['response']) => response.data,
        onQueryStarted: readAgainAfterAct,
      }),
      getSchedules: build.query<CalendarEntry[], DocumentTarget>({
        query: (target) => {
          // Every pending or claimed schedule of this document, however far ahead: the widest window the
          // calendar serves (400 days), from one reading of the clock (two could be a millisecond apart).
          const now = Date.now();
          return {
            url: `/${PLUGIN_ID}/calendar`,
            config: {
              params: {
                from: new Date(now - DAY).toISOString(),
                to: new Date(now + 399 * DAY).toISOString(),
                status: 'pending,claimed,failed',
                uid: target.uid,
                documentId: target.documentId,
                ...(target.locale ? { locale: target.locale } : {}),
              },
            },
          };
        },
        transformResponse: (response: GetCalendar['response']) => response.data,
        providesTags: [SCHEDULES],
        onQueryStarted: trackRead,
      }),
      schedule: build.mutation<ScheduleView, DocumentTarget & { body: ScheduleBody; reschedule: boolean }>({
        query: ({ body, reschedule, ...target }) => ({
          url: `${documentUrl(target)}/schedule`,
          method: reschedule ? 'PUT' : 'POST',
          data: body,
          config: params(target),
        }),
        transformResponse: (response: CreateSchedule['response']) => response.data,
        onQueryStarted: readAgainAfterAct,
      }),
      cancelSchedule: build.mutation<ScheduleView[], DocumentTarget & { action: ScheduleAction }>({
        query: ({ action, ...target }) => ({
          url: `${documentUrl(target)}/schedule`,
          method: 'DELETE',
          config: { params: { action, ...(target.locale ? { locale: target.locale } : {}) } },
        }),
        transformResponse: (response: CancelSchedule['response']) => response.data,
        onQueryStarted: readAgainAfterAct,
      }),
      getApprovedTemplates: build.query<TemplateOption[], { locale?: string | null }>({
        query: ({ locale }) => ({
          url: `/content-manager/collection-types/plugin::${PLUGIN_ID}.message-template`,
          config: {
            params: {
              page: 1,
              pageSize: 100,
              sort: 'name:ASC',
              status: 'published',
              populate: { qa: true },
              ...(locale ? { locale } : {}),
            },
          },
        }),
        transformResponse: (response: { results: TemplateOption[] }) => response.results,
      }),
    }),
    overrideExisting: true,
  });

export const {
  useGetGovernedContentTypesQuery,
  useGetPolicyQuery,
  useEvaluateQuery,
  useGetComplianceDocumentQuery,
  useAttestMutation,
  useSubmitMutation,
  useGetSchedulesQuery,
  useScheduleMutation,
  useCancelScheduleMutation,
  useGetApprovedTemplatesQuery,
} = editorApi;
