import { describe, expect, it } from 'vitest';
import {
  ZShuttleEvent,
  shuttleSampleAbandon,
  shuttleSampleRinging,
  shuttleSampleUp,
} from '@screenpop/contracts';
import {
  DEFAULT_SHUTTLE_PEER,
  SHUTTLE_STEPS,
  asShuttleEvent,
  newShuttleCall,
  newShuttleUniqueId,
  nextShuttleStep,
  shuttleStepOf,
  shuttleStepPayload,
  withPeer,
} from './shuttle-payload';
import { formatPayload } from './simulator-payload';

const PEER = 'SIP/agent.one';

describe('shuttle step payloads', () => {
  it('are valid Shuttle events for every step, from the sample call', () => {
    for (const step of SHUTTLE_STEPS) {
      const payload = shuttleStepPayload(step, null, PEER);
      expect(ZShuttleEvent.safeParse(payload).success, step).toBe(true);
      expect(payload.event).toBe(step);
    }
  });

  it("start from the seed's ringing and up samples with the default peer", () => {
    expect(DEFAULT_SHUTTLE_PEER).toBe('SIP/johnandrea.doebianco');
    expect(shuttleStepPayload('ringing', null, DEFAULT_SHUTTLE_PEER)).toEqual(shuttleSampleRinging);
    expect(shuttleStepPayload('up', shuttleSampleRinging, DEFAULT_SHUTTLE_PEER)).toEqual(shuttleSampleUp);
  });

  it('keep one call from ringing to hangup: uniqueid, caller, queue and agent', () => {
    const ringing = newShuttleCall('ringing', null, PEER, '1800000000.12345');
    const edited = { ...ringing, callernum: '0612345678' };
    const up = shuttleStepPayload('up', edited, PEER);
    const hangup = shuttleStepPayload('hangup', up, PEER);
    for (const payload of [up, hangup]) {
      expect(payload).toMatchObject({
        uniqueid: '1800000000.12345',
        callernum: '0612345678',
        queue: 'CC-SIPPSupport',
        agentnum: '10071000',
        peer: PEER,
      });
    }
    expect(hangup).toMatchObject({ event: 'hangup', hangup: true, talktime: '2', reason: 'agent' });
    expect(hangup).not.toHaveProperty('up');
  });

  it('send an abandon without an agent, and an outbound call as a new call of the same agent', () => {
    const ringing = newShuttleCall('ringing', null, PEER, '1800000000.1');
    const abandon = shuttleStepPayload('abandon', ringing, PEER);
    expect(abandon).toMatchObject({ uniqueid: '1800000000.1', direction: shuttleSampleAbandon.direction });
    expect(abandon).not.toHaveProperty('peer');
    expect(abandon).not.toHaveProperty('agentnum');

    const outbound = newShuttleCall('outbound', ringing, PEER, '1800000000.2');
    expect(outbound).toMatchObject({
      event: 'outbound',
      uniqueid: '1800000000.2',
      agentnum: '10071000',
      peer: PEER,
    });
    expect(outbound).not.toHaveProperty('queue');
    const hangup = shuttleStepPayload('hangup', outbound, PEER);
    expect(hangup).toMatchObject({ direction: 'outbound', uniqueid: '1800000000.2' });
    expect(hangup).not.toHaveProperty('queue');
  });

  it('lend the sample agent to a call whose previous event had none', () => {
    const up = shuttleStepPayload('up', shuttleSampleAbandon, PEER);
    expect(ZShuttleEvent.safeParse(up).success).toBe(true);
  });
});

describe('the editor', () => {
  it('prepares the next event of the call, then a new call', () => {
    expect(nextShuttleStep('ringing')).toEqual({ step: 'up', newCall: false });
    expect(nextShuttleStep('up')).toEqual({ step: 'hangup', newCall: false });
    expect(nextShuttleStep('outbound')).toEqual({ step: 'hangup', newCall: false });
    expect(nextShuttleStep('hangup')).toEqual({ step: 'ringing', newCall: true });
    expect(nextShuttleStep('abandon')).toEqual({ step: 'ringing', newCall: true });
  });

  it("sends the button's event name and the field's peer, whatever the text says", () => {
    const text = formatPayload({ event: 'ringing', uniqueid: '1.1', peer: 'SIP/other', agentnum: '1' });
    expect(asShuttleEvent(text, 'up', PEER)).toEqual({
      ok: true,
      value: { event: 'up', uniqueid: '1.1', peer: PEER, agentnum: '1' },
    });
    expect(asShuttleEvent('{oops', 'up', PEER).ok).toBe(false);
  });

  it('reads the step of the text and changes its peer', () => {
    const text = formatPayload(shuttleSampleRinging);
    expect(shuttleStepOf(text)).toBe('ringing');
    expect(shuttleStepOf('{"event":"transfer"}')).toBeNull();
    expect(JSON.parse(withPeer(text, PEER)).peer).toBe(PEER);
    expect(withPeer('{oops', PEER)).toBe('{oops');
  });

  it('makes uniqueids in the <seconds>.<number> shape', () => {
    expect(newShuttleUniqueId(1_800_000_000_999, 0)).toBe('1800000000.10000');
    expect(newShuttleUniqueId(1_800_000_000_000, 0.99999)).toBe('1800000000.99999');
  });
});
