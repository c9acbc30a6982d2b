import { describe, expect, it } from 'vitest';
import { ZShuttleAck, ZShuttleEvent, ZShuttleEventsRequest } from './index.js';
import { shuttleSampleAbandon, shuttleSampleHangup, shuttleSamples } from './fixtures.js';

describe('Shuttle realtime event contract', () => {
  it.each(shuttleSamples.map((s) => [s.event, s]))(
    "accepts the documentation's %s sample",
    (_name, sample) => {
      expect(ZShuttleEvent.parse(sample)).toMatchObject({ event: sample.event, uniqueid: sample.uniqueid });
    },
  );

  it('accepts an abandoned call without an agent', () => {
    expect(ZShuttleEvent.safeParse(shuttleSampleAbandon).success).toBe(true);
  });

  it('names the missing field and refuses an unknown event', () => {
    const { peer: _p, ...noPeer } = shuttleSampleHangup;
    expect(ZShuttleEvent.safeParse(noPeer).error?.issues[0]?.path).toEqual(['peer']);
    expect(ZShuttleEvent.safeParse({ ...shuttleSampleHangup, event: 'transfer' }).success).toBe(false);
    expect(
      ZShuttleEvent.safeParse({ ...shuttleSampleHangup, talktime: 'two' }).error?.issues[0]?.path,
    ).toEqual(['talktime']);
  });

  it('takes one event or a batch over HTTP', () => {
    expect(ZShuttleEventsRequest.safeParse(shuttleSamples).success).toBe(true);
    expect(ZShuttleEventsRequest.safeParse([]).success).toBe(false);
  });

  it('acknowledges with the commands for the relay', () => {
    const ack = {
      ok: true,
      callId: 'c1',
      duplicate: false,
      commands: [{ name: 'AgentCTI', payload: { url: 'https://x/y', peer: 'SIP/a', mode: 'new_tab' } }],
    };
    expect(ZShuttleAck.parse(ack)).toEqual(ack);
    expect(ZShuttleAck.safeParse({ ok: false, error: 'peer: Required' }).success).toBe(true);
  });
});
