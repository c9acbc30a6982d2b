import {
  type TAuditEntityTypes,
  type TAuditEntry,
  type TAuditParams,
  type TPage,
  ZAuditEntityTypes,
  ZAuditEntry,
  ZPage,
} from '@screenpop/contracts';
import { request } from '@/lib/api-client';
import { toSearch } from './search-params';

const ZAuditPage = ZPage(ZAuditEntry);

/** The back office's calls for the audit log. */
export const auditApi = {
  list: (params: TAuditParams, signal?: AbortSignal) =>
    request<TPage<TAuditEntry>>(`/api/admin/audit${toSearch(params)}`, ZAuditPage, { signal }),
  entityTypes: (signal?: AbortSignal) =>
    request<TAuditEntityTypes>('/api/admin/audit/entity-types', ZAuditEntityTypes, { signal }),
};
