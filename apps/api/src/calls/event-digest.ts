import { createHash } from 'node:crypto';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The payload as we store it: every `token` property removed, at any depth (XucMgt sends the agent's JWT). */
export function withoutTokens(value: unknown): Json {
  if (Array.isArray(value)) return value.map(withoutTokens);
  if (value !== null && typeof value === 'object') {
    const copy: { [key: string]: Json } = {};
    for (const [key, item] of Object.entries(value)) {
      if (key.toLowerCase() !== 'token' && item !== undefined) copy[key] = withoutTokens(item);
    }
    return copy;
  }
  return value as Json;
}

/** JSON with object keys sorted, so the same event always serialises to the same text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key]!)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Identifies an event for idempotent intake: the same event sent twice gets the same key. */
export function eventDedupeKey(storedPayload: Json): string {
  return createHash('sha256').update(canonicalJson(storedPayload)).digest('hex');
}
