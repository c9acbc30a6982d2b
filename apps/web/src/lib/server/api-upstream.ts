const DEFAULT_API_URL = 'http://127.0.0.1:3001';

/** Where `/api/*` of the web origin is served from: `${API_URL}/api/*`. */
export function upstreamApiUrl(pathname: string, search: string, apiUrl: string | undefined): URL {
  const base = new URL(apiUrl && apiUrl.trim() !== '' ? apiUrl.trim() : DEFAULT_API_URL);
  const prefix = base.pathname.replace(/\/+$/, '');
  return new URL(`${prefix}${pathname}${search}`, base.origin);
}

// Per-connection headers, and those the fetch client sets itself or refuses.
const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect',
  'host',
  'content-length',
];

/** Request headers to send upstream: the caller's own (Origin included, the API decides CORS). */
export function upstreamRequestHeaders(incoming: Headers, publicUrl: URL): Headers {
  const headers = new Headers(incoming);
  for (const name of HOP_BY_HOP) headers.delete(name);
  // The body is streamed back as is, so ask for it uncompressed; the web server compresses its own answer.
  headers.delete('accept-encoding');
  if (!headers.has('x-forwarded-host')) headers.set('x-forwarded-host', publicUrl.host);
  if (!headers.has('x-forwarded-proto'))
    headers.set('x-forwarded-proto', publicUrl.protocol.replace(/:$/, ''));
  return headers;
}

/** Response headers to send back to the browser. */
export function downstreamResponseHeaders(upstream: Headers): Headers {
  const headers = new Headers(upstream);
  for (const name of HOP_BY_HOP) headers.delete(name);
  headers.delete('content-encoding');
  return headers;
}
