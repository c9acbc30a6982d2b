import { createHash } from 'node:crypto';

export interface XucTokenTimes {
  issuedAt: Date | null;
  expiresAt: Date | null;
}

/**
 * The issue and expiry times in the payload of xuc's JWT (`issuedAt`/`expiresAt`, or the registered
 * `iat`/`exp`), or null when the payload is not base64url JSON. The signature is NOT checked: xuc signs
 * with its own secret, which we do not have; the token only tells us when the login happened and lasts.
 */
export function xucTokenTimes(token: string): XucTokenTimes | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (claims === null || typeof claims !== 'object' || Array.isArray(claims)) return null;
  const record = claims as Record<string, unknown>;
  return {
    issuedAt: epochDate(record['issuedAt'] ?? record['iat']),
    expiresAt: epochDate(record['expiresAt'] ?? record['exp']),
  };
}

/** Epoch seconds, as xuc and JWT write them (numbers or numeric strings). */
function epochDate(value: unknown): Date | null {
  const seconds = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
  const date = new Date(Math.round(seconds * 1000));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** What we keep of a token: enough to recognise it again, nothing to use it with. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
