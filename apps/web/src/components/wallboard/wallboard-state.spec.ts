import type { TWallboardAgent, TWallboardQueueFigures, TWallboardSnapshot } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';
import {
  agentCounts,
  elapsedMs,
  isOverThreshold,
  longestWaitMs,
  newerSnapshot,
  serviceLevelTone,
} from './wallboard-state';

const NOW = Date.parse('2026-12-06T10:00:00Z');

function snapshot(generatedAt: string): TWallboardSnapshot {
  const totals: TWallboardQueueFigures = {
    waiting: 0,
    talking: 0,
    answered: 0,
    abandoned: 0,
    longestWaitingSince: null,
    longestWaitSeconds: null,
    serviceLevel: null,
  };
  return {
    generatedAt,
    day: { date: '2026-12-06', timeZone: 'Europe/Paris', from: '', to: '' },
    serviceLevelSeconds: 20,
    calls: [],
    queues: [],
    totals,
    agents: [],
    truncated: false,
  };
}

describe('newerSnapshot', () => {
  it('keeps a pushed snapshot over an older one read afterwards', () => {
    const pushed = snapshot('2026-12-06T10:00:02Z');
    const read = snapshot('2026-12-06T10:00:01Z');
    expect(newerSnapshot(pushed, read)).toBe(pushed);
    expect(newerSnapshot(read, pushed)).toBe(pushed);
    expect(newerSnapshot(null, read)).toBe(read);
  });
});

describe('ages and waits', () => {
  it('counts from the instant, never below zero', () => {
    expect(elapsedMs('2026-12-06T09:59:30Z', NOW)).toBe(30_000);
    expect(elapsedMs('2026-12-06T10:00:05Z', NOW)).toBe(0);
    expect(elapsedMs(null, NOW)).toBeNull();
  });

  it('shows the longest wait today, a call still waiting included as it ticks', () => {
    const figures = snapshot('').totals;
    expect(longestWaitMs(figures, NOW)).toBeNull();
    expect(longestWaitMs({ ...figures, longestWaitSeconds: 40 }, NOW)).toBe(40_000);
    expect(
      longestWaitMs({ ...figures, longestWaitSeconds: 40, longestWaitingSince: '2026-12-06T09:59:00Z' }, NOW),
    ).toBe(60_000);
    expect(isOverThreshold(20_000, 20)).toBe(false);
    expect(isOverThreshold(21_000, 20)).toBe(true);
    expect(isOverThreshold(null, 20)).toBe(false);
  });
});

describe('colours and counts', () => {
  it('colours the service level', () => {
    expect(serviceLevelTone(null)).toBe('neutral');
    expect(serviceLevelTone(80)).toBe('good');
    expect(serviceLevelTone(79)).toBe('warn');
    expect(serviceLevelTone(59)).toBe('bad');
  });

  it('counts agents by state', () => {
    const agent = (state: TWallboardAgent['state']) => ({ state }) as TWallboardAgent;
    expect(agentCounts([agent('ready'), agent('onCall'), agent('ready')])).toEqual({
      onCall: 1,
      paused: 0,
      wrapUp: 0,
      ready: 2,
    });
  });
});
