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

const documentUrl = ({ uid, documentId }: DocumentTarget) =>
  `/${PLUGIN_ID}/documents/${encodeURIComponent(uid)}/${encodeURIComponent(documentId)}`;

const params = (target: DocumentTarget) =>
  target.locale ? { params: { locale: target.locale } } : undefined;

/** What every act on a document changes: its record, its evaluation and its schedules. */
const invalidatesDocument = (_result: unknown, _error: unknown, target: DocumentTarget) =>
  [{ type: DOCUMENT, id: target.documentId }, EVALUATION, SCHEDULES] as const;

/**
 * After an act, read the document again once every read in flight has ended. The admin's RTK Query (1.9)
 * skips the refetch that an act's invalidation asks for when the same query is already in flight, and that
 * read may have been answered before the act changed anything (a slow refetch after the act before, the
 * checklist's own read): the panel would show the post as it was before the act, "not scheduled" when it is.
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
  const inFlight = dispatch(editorApi.util.getRunningQueriesThunk());
  await Promise.allSettled(inFlight);
  dispatch(editorApi.util.invalidateTags([...invalidatesDocument(null, null, target)]));
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
      }),
      getComplianceDocument: build.query<GetDocument['response']['data'], DocumentTarget>({
        query: (target) => ({ url: documentUrl(target), config: params(target) }),
        transformResponse: (response: GetDocument['response']) => response.data,
        providesTags: (_result, _error, target) => [{ type: DOCUMENT, id: target.documentId }],
      }),
      attest: build.mutation<ComplianceRecord, DocumentTarget>({
        query: (target) => ({
          url: `${documentUrl(target)}/attest`,
          method: 'POST',
          data: {},
          config: params(target),
        }),
        transformResponse: (response: Attest['response']) => response.data,
        invalidatesTags: invalidatesDocument,
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
        invalidatesTags: invalidatesDocument,
        onQueryStarted: readAgainAfterAct,
      }),
      getSchedules: build.query<CalendarEntry[], DocumentTarget>({
        query: (target) => ({
          url: `/${PLUGIN_ID}/calendar`,
          config: {
            params: {
              // Every pending or claimed schedule of this document, however far ahead.
              from: new Date(Date.now() - 86_400_000).toISOString(),
              to: new Date(Date.now() + 399 * 86_400_000).toISOString(),
              status: 'pending,claimed,failed',
              uid: target.uid,
              documentId: target.documentId,
              ...(target.locale ? { locale: target.locale } : {}),
            },
          },
        }),
        transformResponse: (response: GetCalendar['response']) => response.data,
        providesTags: [SCHEDULES],
      }),
      schedule: build.mutation<ScheduleView, DocumentTarget & { body: ScheduleBody; reschedule: boolean }>({
        query: ({ body, reschedule, ...target }) => ({
          url: `${documentUrl(target)}/schedule`,
          method: reschedule ? 'PUT' : 'POST',
          data: body,
          config: params(target),
        }),
        transformResponse: (response: CreateSchedule['response']) => response.data,
        invalidatesTags: invalidatesDocument,
        onQueryStarted: readAgainAfterAct,
      }),
      cancelSchedule: build.mutation<ScheduleView[], DocumentTarget & { action: ScheduleAction }>({
        query: ({ action, ...target }) => ({
          url: `${documentUrl(target)}/schedule`,
          method: 'DELETE',
          config: { params: { action, ...(target.locale ? { locale: target.locale } : {}) } },
        }),
        transformResponse: (response: CancelSchedule['response']) => response.data,
        invalidatesTags: invalidatesDocument,
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
