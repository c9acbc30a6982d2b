/** Response headers of the web pages: who may frame them, and the usual hardening. */

const DEFAULT_FRAME_ANCESTORS = '*';

// A source must not be able to end the directive or add another header.
const SAFE_SOURCE = /^[^\s;,"]+$/;

/** The `frame-ancestors` sources from FRAME_ANCESTORS (space-separated; `*` when unset or empty). */
export function parseFrameAncestors(value: string | undefined): string {
  const sources = (value ?? '')
    .split(/\s+/)
    .map((source) => source.trim())
    .filter((source) => source.length > 0 && SAFE_SOURCE.test(source));
  return sources.length > 0 ? sources.join(' ') : DEFAULT_FRAME_ANCESTORS;
}

/** Pages a contact-centre desktop embeds: the per-call forms. */
export function isEmbeddablePath(pathname: string): boolean {
  return pathname === '/thirdparty' || pathname.startsWith('/thirdparty/');
}

export function securityHeaders(
  pathname: string,
  frameAncestors: string | undefined,
): Record<string, string> {
  const common = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
  };
  if (isEmbeddablePath(pathname)) {
    return { ...common, 'Content-Security-Policy': `frame-ancestors ${parseFrameAncestors(frameAncestors)}` };
  }
  return { ...common, 'Content-Security-Policy': "frame-ancestors 'self'", 'X-Frame-Options': 'SAMEORIGIN' };
}
