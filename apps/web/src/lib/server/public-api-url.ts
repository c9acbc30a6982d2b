const DEFAULT_PUBLIC_API_URL = 'http://localhost:3001';

/**
 * Where browsers reach the API directly (socket.io cannot go through the `/api/*` proxy): PUBLIC_API_URL,
 * read when a page is served so one build runs anywhere. Without a trailing slash.
 */
export function publicApiUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_PUBLIC_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PUBLIC_API_URL is not an absolute URL: "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`PUBLIC_API_URL must be an http(s) URL, got "${raw}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
