export interface ThrottleLimits {
  /** Tokens added per `perSeconds` (xuc's WS_THROTTLING_NB_MESSAGES per 30 s). */
  messages: number;
  perSeconds: number;
  /** The bucket's capacity: how many messages may arrive at once (WS_THROTTLING_NB_MESSAGES_BURST). */
  burst: number;
}

export interface BucketState {
  tokens: number;
  /** When `tokens` was last computed, in milliseconds. */
  at: number;
}

/** Refills accumulate in floating point: 0.999999… is a whole token. */
export const EPSILON = 1e-9;

/** Tokens per millisecond. */
export function refillRate(limits: ThrottleLimits): number {
  return limits.messages / (limits.perSeconds * 1000);
}

/**
 * One message against a token bucket, nginx's limit_req with nodelay: the bucket holds `burst` tokens,
 * refills at messages/perSeconds, and a message is let through when a whole token is left.
 */
export function takeToken(
  state: BucketState | undefined,
  limits: ThrottleLimits,
  now: number,
): { allowed: boolean; state: BucketState } {
  const elapsed = state ? Math.max(0, now - state.at) : 0;
  const tokens = Math.min(limits.burst, (state?.tokens ?? limits.burst) + elapsed * refillRate(limits));
  return tokens >= 1 - EPSILON
    ? { allowed: true, state: { tokens: Math.max(0, tokens - 1), at: now } }
    : { allowed: false, state: { tokens, at: now } };
}

/** How long an untouched bucket takes to be full again, when forgetting it changes nothing. */
export function refillMs(limits: ThrottleLimits): number {
  return Math.ceil(limits.burst / refillRate(limits));
}
