import {
  type TFormTemplateDetail,
  type TFormTemplateInput,
  type TFormTemplateListItem,
  type TPage,
  ZFormTemplateDetail,
  ZFormTemplateListItem,
  ZPage,
} from '@screenpop/contracts';
import { NO_CONTENT, request } from '@/lib/api-client';

const BASE = '/api/admin/form-templates';
const templatePath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
const ZTemplatePage = ZPage(ZFormTemplateListItem);

/** The back office's form templates. */
export const templatesApi = {
  list: (query: { page: number; pageSize: number; q?: string }, signal?: AbortSignal) => {
    const params = new URLSearchParams({ page: String(query.page), pageSize: String(query.pageSize) });
    if (query.q) params.set('q', query.q);
    return request<TPage<TFormTemplateListItem>>(`${BASE}?${params}`, ZTemplatePage, { signal });
  },
  get: (id: string, signal?: AbortSignal) =>
    request<TFormTemplateDetail>(templatePath(id), ZFormTemplateDetail, { signal }),
  create: (body: TFormTemplateInput) =>
    request<TFormTemplateDetail>(BASE, ZFormTemplateDetail, { method: 'POST', body }),
  update: (id: string, body: TFormTemplateInput) =>
    request<TFormTemplateDetail>(templatePath(id), ZFormTemplateDetail, { method: 'PUT', body }),
  remove: (id: string) => request<null>(templatePath(id), NO_CONTENT, { method: 'DELETE' }),
};
