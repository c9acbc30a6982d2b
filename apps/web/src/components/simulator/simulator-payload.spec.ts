import { describe, expect, it } from 'vitest';
import { ZXivoThirdPartyRequest, xivoSampleRequest } from '@screenpop/contracts';
import { callIdOf, formatPayload, parsePayload, payloadPresets, withCallId } from './simulator-payload';

describe('payload presets', () => {
  it('are all valid XucMgt requests', () => {
    for (const preset of payloadPresets) {
      expect(ZXivoThirdPartyRequest.safeParse(preset.build()).success, preset.id).toBe(true);
    }
  });

  it('offer the seed sample, the sales queue 3002 and a call with no queue', () => {
    const [seed, sales, direct] = payloadPresets.map((preset) => preset.build());
    expect(seed).toEqual(xivoSampleRequest);
    expect(sales?.queue).toEqual({ id: 3, name: 'sales', displayName: 'Sales', number: '3002' });
    expect(direct).not.toHaveProperty('queue');
    expect(direct).not.toHaveProperty('userData');
  });
});

describe('parsePayload', () => {
  it('explains invalid JSON and refuses what is not an object', () => {
    const broken = parsePayload('{"caller": ');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^Invalid JSON/);
    expect(parsePayload('[1]')).toEqual({ ok: false, message: 'The payload must be a JSON object.' });
  });
});

describe('withCallId', () => {
  it('replaces the call id and keeps the rest', () => {
    const text = withCallId(formatPayload({ caller: '1013', callDataCallId: 'old' }), '1800000000.7');
    expect(callIdOf(text)).toBe('1800000000.7');
    expect(JSON.parse(text).caller).toBe('1013');
  });

  it('leaves text it cannot parse as typed', () => {
    expect(withCallId('{oops', '1.1')).toBe('{oops');
  });
});
