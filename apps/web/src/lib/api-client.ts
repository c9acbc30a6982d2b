import {
  ZAgentSessionList,
  ZAuthUser,
  ZRealtimeTicket,
  type TAuthUser,
  type TLoginRequest,
  type TRealtimeTicket,
  ZApiError,
  ZFormView,
  ZHealthResponse,
  ZLiveCall,
  type TAgentSession,
  type TApiError,
  type TFormCompleteRequest,
  type TFormDraftRequest,
  type TFormView,
  type THealthResponse,
  type TLiveCall,
} from '@screenpop/contracts';

/** What a contracts schema offers; typed here so this module needs no validator of its own. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** The outcome of one API call: the parsed answer, or why there is none. */
export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** HTTP status, or `null` when the server could not be reached. */
      status: number | null;
      /** The API's error body when it sent one. */
      error: TApiError | null;
      message: string;
    };

const NETWORK_MESSAGE = 'Could not reach the server. Check the connection and try again.';

/** One call to the API through the web origin's `/api/*`; every area's client is built on it. */
export async function request<T>(
  path: string,
  schema: Schema<T>,
  init: { method?: string; body?: unknown; signal?: AbortSignal; token?: string } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      cache: 'no-store',
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    return { ok: false, status: null, error: null, message: NETWORK_MESSAGE };
  }

  const body: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = ZApiError.safeParse(body);
    const error = parsed.success ? parsed.data : null;
    return {
      ok: false,
      status: response.status,
      error,
      message: error?.message ?? `The server answered ${response.status} ${response.statusText}`.trim(),
    };
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      status: response.status,
      error: null,
      message: 'The server sent an answer this page does not understand.',
    };
  }
  return { ok: true, data: parsed.data };
}

/** For answers without a body (204). */
export const NO_CONTENT: Schema<null> = {
  safeParse: (value) =>
    value === null || value === undefined ? { success: true, data: null } : { success: false },
};

const formPath = (id: string) => `/api/forms/${encodeURIComponent(id)}`;

export const api = {
  login: (body: TLoginRequest) => request<TAuthUser>('/api/auth/login', ZAuthUser, { method: 'POST', body }),
  logout: () => request<null>('/api/auth/logout', NO_CONTENT, { method: 'POST' }),
  logoutEverywhere: () => request<null>('/api/auth/logout-everywhere', NO_CONTENT, { method: 'POST' }),
  /** A one-minute ticket for the supervisors' socket (the session cookie is httpOnly). */
  realtimeTicket: () =>
    request<TRealtimeTicket>('/api/auth/realtime-ticket', ZRealtimeTicket, { method: 'POST' }),

  getForm: (id: string, signal?: AbortSignal) => request<TFormView>(formPath(id), ZFormView, { signal }),
  openForm: (id: string, signal?: AbortSignal) =>
    request<TFormView>(`${formPath(id)}/open`, ZFormView, { method: 'POST', signal }),
  saveDraft: (id: string, body: TFormDraftRequest) =>
    request<TFormView>(formPath(id), ZFormView, { method: 'PATCH', body }),
  completeForm: (id: string, body: TFormCompleteRequest) =>
    request<TFormView>(`${formPath(id)}/complete`, ZFormView, { method: 'POST', body }),

  /** Supervisors: the calls in progress, for the live view's first paint. */
  liveCalls: (signal?: AbortSignal) => request<TLiveCall[]>('/api/calls/live', ZLiveCall.array(), { signal }),
  /** Supervisors: the agents' recent logins. */
  agentSessions: (signal?: AbortSignal) =>
    request<{ sessions: TAgentSession[] }>('/api/agents/sessions', ZAgentSessionList, { signal }),
};

/** GET /api/health: the API answers its health body even when degraded (503). */
export async function fetchHealth(signal?: AbortSignal): Promise<THealthResponse | null> {
  try {
    const response = await fetch('/api/health', {
      cache: 'no-store',
      signal,
      headers: { Accept: 'application/json' },
    });
    const parsed = ZHealthResponse.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    return null;
  }
}
