import {
  type TIntegrationList,
  type TIntegrationTokenCreate,
  type TIntegrationTokenCreated,
  type TIntegrationTokenItem,
  type TIntegrationTokenPage,
  type TShuttleIntegration,
  type TShuttleIntegrationUpdate,
  type TVodiaIntegration,
  type TVodiaIntegrationUpdate,
  type TXivoIntegration,
  type TXivoIntegrationUpdate,
  ZIntegrationList,
  ZIntegrationTokenCreated,
  ZIntegrationTokenItem,
  ZIntegrationTokenPage,
  ZShuttleIntegration,
  ZVodiaIntegration,
  ZXivoIntegration,
} from '@screenpop/contracts';
import { request } from '@/lib/api-client';

const BASE = '/api/admin/integrations';
const TOKENS = `${BASE}/shuttle/tokens`;

/** The back office's calls for platform settings and Shuttle relay tokens. */
export const integrationsApi = {
  list: (signal?: AbortSignal) => request<TIntegrationList>(BASE, ZIntegrationList, { signal }),
  saveXivo: (body: TXivoIntegrationUpdate) =>
    request<TXivoIntegration>(`${BASE}/xivo`, ZXivoIntegration, { method: 'PUT', body }),
  saveShuttle: (body: TShuttleIntegrationUpdate) =>
    request<TShuttleIntegration>(`${BASE}/shuttle`, ZShuttleIntegration, { method: 'PUT', body }),
  /** Secrets left out are kept; `null` clears one. */
  saveVodia: (body: TVodiaIntegrationUpdate) =>
    request<TVodiaIntegration>(`${BASE}/vodia`, ZVodiaIntegration, { method: 'PUT', body }),

  tokens: (page: number, signal?: AbortSignal) =>
    request<TIntegrationTokenPage>(`${TOKENS}?page=${page}&pageSize=10`, ZIntegrationTokenPage, { signal }),
  /** The answer holds the token itself, which is never available again. */
  createToken: (body: TIntegrationTokenCreate) =>
    request<TIntegrationTokenCreated>(TOKENS, ZIntegrationTokenCreated, { method: 'POST', body }),
  revokeToken: (id: string) =>
    request<TIntegrationTokenItem>(`${TOKENS}/${encodeURIComponent(id)}/revoke`, ZIntegrationTokenItem, {
      method: 'POST',
    }),
};
