import {
  shuttleSampleAbandon,
  shuttleSampleHangup,
  shuttleSampleOutbound,
  shuttleSampleRinging,
  shuttleSamples,
  shuttleSampleUp,
  type TShuttleEvent,
} from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import {
  parseShuttleEvent,
  parseShuttleEventsRequest,
  shuttleCallFacts,
  shuttleDirection,
  shuttleTemplateVariables,
} from './shuttle-event.js';

function parsed(payload: unknown): TShuttleEvent {
  const result = parseShuttleEvent(payload);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.event;
}

describe('parseShuttleEvent', () => {
  it.each(shuttleSamples.map((sample) => [sample.event, sample] as const))(
    "accepts the documentation's %s sample, sent by name without its event field",
    (name, sample) => {
      const { event: _event, ...withoutName } = sample;
      expect(parseShuttleEvent(withoutName, name)).toEqual({ ok: true, event: sample });
    },
  );

  it('names the field at fault, prefixed with the batch index when given', () => {
    const { agentnum: _agentnum, ...noAgent } = shuttleSampleUp;
    expect(parseShuttleEvent(noAgent)).toMatchObject({ ok: false, issues: [{ path: 'agentnum' }] });
    expect(parseShuttleEvent(noAgent, undefined, '[3]')).toMatchObject({
      ok: false,
      issues: [{ path: '[3].agentnum' }],
    });
    expect(parseShuttleEvent(42, undefined, '[3]')).toMatchObject({ ok: false, issues: [{ path: '[3]' }] });
    expect(parseShuttleEvent('{"event":')).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'Expected a JSON object' }],
    });
  });

  it('refuses an event sent under another name', () => {
    expect(parseShuttleEvent(shuttleSampleRinging, 'hangup')).toEqual({
      ok: false,
      issues: [{ path: 'event', message: 'Expected "hangup", the name it was sent with' }],
    });
  });
});

describe('parseShuttleEventsRequest', () => {
  it('takes one event or a batch', () => {
    expect(parseShuttleEventsRequest(shuttleSampleUp)).toEqual({
      ok: true,
      events: [shuttleSampleUp],
      batch: false,
    });
    expect(parseShuttleEventsRequest([shuttleSampleUp])).toMatchObject({ ok: true, batch: true });
  });

  it('reports every bad event of a batch by index', () => {
    const result = parseShuttleEventsRequest([shuttleSampleUp, { ...shuttleSampleUp, uniqueid: '' }, 'x']);
    expect(result).toMatchObject({ ok: false, issues: [{ path: '[1].uniqueid' }, { path: '[2]' }] });
  });

  it('refuses an empty body, an empty batch and one over 500', () => {
    expect(parseShuttleEventsRequest(undefined)).toMatchObject({ ok: false, issues: [{ path: '(root)' }] });
    expect(parseShuttleEventsRequest([])).toMatchObject({ ok: false });
    expect(parseShuttleEventsRequest(Array(501).fill(shuttleSampleUp))).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'Expected 1 to 500 events, got 501' }],
    });
  });
});

describe('shuttleCallFacts', () => {
  it('reads an answered call: agent, queue, timings in seconds', () => {
    expect(shuttleCallFacts(parsed(shuttleSampleUp))).toMatchObject({
      name: 'up',
      uniqueid: '14370692641599601698.91494',
      caller: '9981003',
      callerName: 'telephone',
      callee: '99996000',
      direction: 'inbound',
      queue: 'CC-SIPPSupport',
      agent: {
        agentnum: '10071000',
        name: 'JohnAndrea DoeBianco',
        peer: 'SIP/johnandrea.doebianco',
        sipName: 'andrea.bianco',
      },
      progress: { state: 'answered', holdSeconds: 2, ringSeconds: 0, talkSeconds: null, hangupReason: null },
      customData: null,
    });
  });

  it('reads a hang-up, an abandon and an outbound call', () => {
    expect(shuttleCallFacts(parsed(shuttleSampleHangup)).progress).toEqual({
      state: 'ended',
      holdSeconds: 2,
      ringSeconds: 0,
      talkSeconds: 2,
      hangupReason: 'agent',
    });
    expect(shuttleCallFacts(parsed(shuttleSampleAbandon))).toMatchObject({
      agent: null,
      direction: 'inbound',
      progress: { state: 'abandoned', holdSeconds: 4 },
    });
    expect(shuttleCallFacts(parsed(shuttleSampleOutbound))).toMatchObject({
      direction: 'outbound',
      caller: '123456789',
      callee: '3925926421',
      queue: null,
      progress: { state: 'ringing' },
    });
  });

  it('keeps the fields the documentation does not describe as the call data', () => {
    const facts = shuttleCallFacts(
      parsed({ ...shuttleSampleUp, ordernumber: 'A42', priority: 3, extra: {} }),
    );
    expect(facts.customData).toEqual({ ordernumber: 'A42', priority: '3' });
    expect(facts.fields).toMatchObject({ ordernumber: 'A42', context: 'from-sip', up: 'true' });
  });

  it('accepts timings as numbers', () => {
    expect(shuttleCallFacts(parsed({ ...shuttleSampleHangup, talktime: 75 })).progress.talkSeconds).toBe(75);
  });
});

describe('shuttleDirection', () => {
  it('treats unmanaged as inbound and an outbound event as outbound', () => {
    expect(shuttleDirection({ event: 'abandon', direction: 'unmanaged' })).toBe('inbound');
    expect(shuttleDirection({ event: 'outbound', direction: 'inbound' })).toBe('outbound');
    expect(shuttleDirection({ event: 'up', direction: 'Outbound' })).toBe('outbound');
    expect(shuttleDirection({ event: 'up', direction: 'internal' })).toBe('internal');
    expect(shuttleDirection({ event: 'up', direction: undefined })).toBe('unknown');
  });
});

describe('shuttleTemplateVariables', () => {
  it('names the call, queue, agent and every field of the event', () => {
    const vars = shuttleTemplateVariables(
      shuttleCallFacts(parsed({ ...shuttleSampleUp, ordernumber: 'A42' })),
    );
    expect(Object.fromEntries(vars)).toMatchObject({
      caller: '9981003',
      callee: '99996000',
      callId: '14370692641599601698.91494',
      'queue.name': 'CC-SIPPSupport',
      'agent.id': '10071000',
      agentId: '10071000',
      'agent.peer': 'SIP/johnandrea.doebianco',
      'agent.name': 'JohnAndrea DoeBianco',
      'agent.sipName': 'andrea.bianco',
      callerName: 'telephone',
      event: 'up',
      direction: 'inbound',
      'userData.ordernumber': 'A42',
      'userData.trunk': 'SIP/demo.trunktelephone-000003920000005e',
    });
  });
});
