import { describe, expect, it } from 'vitest';
import { durationParts } from './format';

describe('durationParts', () => {
  it('says seconds alone under a minute, and minutes without zero seconds', () => {
    expect(durationParts(0)).toEqual({ unit: 'seconds', seconds: 0 });
    expect(durationParts(59)).toEqual({ unit: 'seconds', seconds: 59 });
    expect(durationParts(120)).toEqual({ unit: 'minutes', minutes: 2 });
    expect(durationParts(185)).toEqual({ unit: 'minutesSeconds', minutes: 3, seconds: 5 });
  });
});
