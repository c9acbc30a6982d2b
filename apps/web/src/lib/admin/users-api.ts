import {
  type TPage,
  type TUserCreateRequest,
  type TUserIdentityRequest,
  type TUserListParams,
  type TUserPasswordRequest,
  type TUserSignOutResult,
  type TUserUpdateRequest,
  type TUserView,
  ZPage,
  ZUserSignOutResult,
  ZUserView,
} from '@screenpop/contracts';
import { request } from '@/lib/api-client';
import { toSearch } from './search-params';

const ZUserPage = ZPage(ZUserView);
const userPath = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

/** The back office's calls for the tenant's users. */
export const usersApi = {
  list: (params: TUserListParams, signal?: AbortSignal) =>
    request<TPage<TUserView>>(`/api/admin/users${toSearch(params)}`, ZUserPage, { signal }),
  get: (id: string, signal?: AbortSignal) => request<TUserView>(userPath(id), ZUserView, { signal }),
  create: (body: TUserCreateRequest) =>
    request<TUserView>('/api/admin/users', ZUserView, { method: 'POST', body }),
  update: (id: string, body: TUserUpdateRequest) =>
    request<TUserView>(userPath(id), ZUserView, { method: 'PATCH', body }),
  setPassword: (id: string, body: TUserPasswordRequest) =>
    request<TUserView>(`${userPath(id)}/password`, ZUserView, { method: 'POST', body }),
  signOut: (id: string) =>
    request<TUserSignOutResult>(`${userPath(id)}/sign-out`, ZUserSignOutResult, { method: 'POST' }),
  linkIdentity: (id: string, body: TUserIdentityRequest) =>
    request<TUserView>(`${userPath(id)}/identities`, ZUserView, { method: 'POST', body }),
  unlinkIdentity: (id: string, identityId: string) =>
    request<TUserView>(`${userPath(id)}/identities/${encodeURIComponent(identityId)}`, ZUserView, {
      method: 'DELETE',
    }),
};
