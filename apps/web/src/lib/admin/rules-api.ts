import {
  type TRuleAdmin,
  type TRuleAdminList,
  type TRuleInputDraft,
  type TRuleSimulateRequestInput,
  type TRuleSimulateResponse,
  type TRuleTargetOptions,
  ZRuleAdmin,
  ZRuleAdminList,
  ZRuleSimulateResponse,
  ZRuleTargetOptions,
} from '@screenpop/contracts';
import { NO_CONTENT, request } from '@/lib/api-client';

const rulePath = (id: string) => `/api/admin/rules/${encodeURIComponent(id)}`;

/** The back office's calls for the tenant's screen-pop rules. */
export const rulesApi = {
  list: (signal?: AbortSignal) => request<TRuleAdminList>('/api/admin/rules', ZRuleAdminList, { signal }),
  get: (id: string, signal?: AbortSignal) => request<TRuleAdmin>(rulePath(id), ZRuleAdmin, { signal }),
  targets: (signal?: AbortSignal) =>
    request<TRuleTargetOptions>('/api/admin/rules/targets', ZRuleTargetOptions, { signal }),
  create: (body: TRuleInputDraft) =>
    request<TRuleAdmin>('/api/admin/rules', ZRuleAdmin, { method: 'POST', body }),
  update: (id: string, body: TRuleInputDraft) =>
    request<TRuleAdmin>(rulePath(id), ZRuleAdmin, { method: 'PUT', body }),
  setEnabled: (id: string, enabled: boolean) =>
    request<TRuleAdmin>(`${rulePath(id)}/enabled`, ZRuleAdmin, { method: 'PATCH', body: { enabled } }),
  remove: (id: string) => request<null>(rulePath(id), NO_CONTENT, { method: 'DELETE' }),
  reorder: (ids: string[]) =>
    request<TRuleAdminList>('/api/admin/rules/reorder', ZRuleAdminList, { method: 'POST', body: { ids } }),
  simulate: (body: TRuleSimulateRequestInput, signal?: AbortSignal) =>
    request<TRuleSimulateResponse>('/api/admin/rules/simulate', ZRuleSimulateResponse, {
      method: 'POST',
      body,
      signal,
    }),
};
