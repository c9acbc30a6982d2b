import { xivoSampleRequest } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import { canonicalJson, eventDedupeKey, withoutTokens } from './event-digest.js';

describe('withoutTokens', () => {
  it("drops the agent's token and keeps everything else", () => {
    const stored = withoutTokens(xivoSampleRequest) as { user: Record<string, unknown> };
    expect(stored.user).toEqual({
      userId: 54,
      agentId: 29,
      firstName: 'James',
      lastName: 'Bond',
      fullName: 'James Bond',
    });
    expect(JSON.stringify(stored)).not.toContain(xivoSampleRequest.user.token);
    expect(stored).toMatchObject({ callDataCallId: '1724763376.29', queue: { number: '3001' } });
  });

  it('drops token properties at any depth', () => {
    expect(withoutTokens({ a: [{ Token: 'x', b: 1 }], token: 'y' })).toEqual({ a: [{ b: 1 }] });
  });
});

describe('eventDedupeKey', () => {
  it('is the same whatever the key order, and whatever the token', () => {
    const { queue, ...rest } = xivoSampleRequest;
    const reordered = { queue, ...rest, user: { ...xivoSampleRequest.user, token: 'renewed' } };
    expect(Object.keys(reordered)[0]).toBe('queue');
    expect(eventDedupeKey(withoutTokens(reordered))).toBe(eventDedupeKey(withoutTokens(xivoSampleRequest)));
  });

  it('differs when the event differs', () => {
    const otherAgent = { ...xivoSampleRequest, user: { ...xivoSampleRequest.user, agentId: 30 } };
    expect(eventDedupeKey(withoutTokens(otherAgent))).not.toBe(
      eventDedupeKey(withoutTokens(xivoSampleRequest)),
    );
  });

  it('serialises canonically', () => {
    expect(canonicalJson({ b: [2, { d: null, c: 'x' }], a: true })).toBe(
      '{"a":true,"b":[2,{"c":"x","d":null}]}',
    );
  });
});
