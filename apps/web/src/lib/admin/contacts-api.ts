import {
  type TContactImportRequest,
  type TContactImportResult,
  type TContactInput,
  type TContactPage,
  type TContactView,
  ZContactImportResult,
  ZContactPage,
  ZContactView,
} from '@screenpop/contracts';
import { NO_CONTENT, request } from '@/lib/api-client';

const base = '/api/admin/contacts';
const contactPath = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const contactsApi = {
  list: (query: { q?: string; page?: number; pageSize?: number }, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (query.q) params.set('q', query.q);
    if (query.page) params.set('page', String(query.page));
    if (query.pageSize) params.set('pageSize', String(query.pageSize));
    const search = params.toString();
    return request<TContactPage>(search ? `${base}?${search}` : base, ZContactPage, { signal });
  },
  get: (id: string, signal?: AbortSignal) => request<TContactView>(contactPath(id), ZContactView, { signal }),
  create: (body: TContactInput) => request<TContactView>(base, ZContactView, { method: 'POST', body }),
  update: (id: string, body: TContactInput) =>
    request<TContactView>(contactPath(id), ZContactView, { method: 'PUT', body }),
  remove: (id: string) => request<null>(contactPath(id), NO_CONTENT, { method: 'DELETE' }),
  /** One batch of up to 500 rows; `dryRun` checks without storing. */
  import: (body: TContactImportRequest, signal?: AbortSignal) =>
    request<TContactImportResult>(`${base}/import`, ZContactImportResult, { method: 'POST', body, signal }),
};
