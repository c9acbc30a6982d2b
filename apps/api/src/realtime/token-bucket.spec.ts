import { describe, expect, it } from 'vitest';
import { type BucketState, refillMs, takeToken, type ThrottleLimits } from './token-bucket.js';
import { MemoryThrottle } from './throttle.js';

const XUC: ThrottleLimits = { messages: 90, perSeconds: 30, burst: 180 };

/** Messages at `at` (ms) against one bucket; how many got through. */
function run(limits: ThrottleLimits, times: number[]): boolean[] {
  let state: BucketState | undefined;
  return times.map((at) => {
    const result = takeToken(state, limits, at);
    state = result.state;
    return result.allowed;
  });
}

describe('the token bucket (xuc: 90 messages per 30 s, burst 180)', () => {
  it('lets a burst of 180 through at once, and refuses the 181st', () => {
    const allowed = run(XUC, Array(181).fill(0));
    expect(allowed.filter(Boolean)).toHaveLength(180);
    expect(allowed[180]).toBe(false);
  });

  it('refills 3 tokens a second once the burst is spent', () => {
    const afterBurst = run(XUC, [...Array(180).fill(0), 333, 334, 1000, 1000, 1000, 1000]);
    // 333 ms is not yet a whole token; at 334 ms there is one; at 1 s, two more (3 per second).
    expect(afterBurst.slice(180)).toEqual([false, true, true, true, false, false]);
  });

  it('sustains 90 messages per 30 s forever, not more', () => {
    const times = Array.from({ length: 180 + 900 }, (_, i) =>
      i < 180 ? 0 : Math.ceil((i - 179) * (1000 / 3)),
    );
    expect(run(XUC, times).every(Boolean)).toBe(true);
    expect(run(XUC, [...times, times.at(-1)!]).at(-1)).toBe(false);
  });

  it('never holds more than the burst, however long it was idle', () => {
    const allowed = run(XUC, [...Array(180).fill(0), ...Array(181).fill(3_600_000)]);
    expect(allowed.slice(180).filter(Boolean)).toHaveLength(180);
  });

  it('is full again after burst / rate', () => {
    expect(refillMs(XUC)).toBe(60_000);
  });
});

describe('MemoryThrottle', () => {
  it('keeps one bucket per key, on the clock it is given', async () => {
    let now = 0;
    const throttle = new MemoryThrottle({ messages: 1, perSeconds: 10, burst: 2 }, () => now);
    const take = (key: string) => throttle.take(key);
    expect([await take('a'), await take('a'), await take('a')]).toEqual([true, true, false]);
    expect(await take('b')).toBe(true);
    now = 9_999;
    expect(await take('a')).toBe(false);
    now = 10_000;
    expect([await take('a'), await take('a')]).toEqual([true, false]);
  });

  it('forgets buckets idle long enough to be full, and they come back full', async () => {
    let now = 0;
    const throttle = new MemoryThrottle({ messages: 1, perSeconds: 1, burst: 1 }, () => now);
    for (let i = 0; i < 1000; i++) await throttle.take(`key-${i}`);
    now = 5_000;
    expect(await throttle.take('key-1')).toBe(true);
    expect((throttle as unknown as { buckets: Map<string, unknown> }).buckets.size).toBe(1);
  });
});
