import { describe, expect, it } from 'vitest';
import { fragmentWithout, tokenFromFragment } from './access-token';

describe('tokenFromFragment', () => {
  it('reads one parameter of the fragment', () => {
    expect(tokenFromFragment('#shuttleToken=abc-123&x=1', 'shuttleToken')).toBe('abc-123');
    expect(tokenFromFragment('#token=s%2Fx', 'token')).toBe('s/x');
  });

  it('is null when absent or empty', () => {
    expect(tokenFromFragment('', 'token')).toBeNull();
    expect(tokenFromFragment('#token=', 'token')).toBeNull();
    expect(tokenFromFragment('#shuttleToken=a', 'token')).toBeNull();
  });
});

describe('fragmentWithout', () => {
  it('keeps the other parameters', () => {
    expect(fragmentWithout('#token=a&tab=2', 'token')).toBe('#tab=2');
    expect(fragmentWithout('#token=a', 'token')).toBe('');
  });
});
