import type {
  TWallboardAgent,
  TWallboardAgentState,
  TWallboardQueueFigures,
  TWallboardSnapshot,
} from '@screenpop/contracts';

/** The wallboard as pure functions over the snapshots the API sends. */

/** Keeps the newest snapshot: one read over HTTP may arrive after a fresher one pushed on the socket. */
export function newerSnapshot(
  current: TWallboardSnapshot | null,
  next: TWallboardSnapshot,
): TWallboardSnapshot {
  if (current && Date.parse(current.generatedAt) > Date.parse(next.generatedAt)) return current;
  return next;
}

/** Milliseconds since an instant, never negative (the browser's clock may run behind the API's). */
export function elapsedMs(since: string | null, nowMs: number): number | null {
  if (since === null) return null;
  return Math.max(0, nowMs - Date.parse(since));
}

/** The longest wait today, counting a call still waiting as it ticks. */
export function longestWaitMs(figures: TWallboardQueueFigures, nowMs: number): number | null {
  const waiting = elapsedMs(figures.longestWaitingSince, nowMs);
  const past = figures.longestWaitSeconds === null ? null : figures.longestWaitSeconds * 1000;
  if (waiting === null) return past;
  return past === null ? waiting : Math.max(waiting, past);
}

/** A call waits too long once it passes the service-level threshold. */
export function isOverThreshold(waitMs: number | null, serviceLevelSeconds: number): boolean {
  return waitMs !== null && waitMs > serviceLevelSeconds * 1000;
}

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

/** Service level colours: 80 % and more is good, under 60 % is bad. */
export function serviceLevelTone(serviceLevel: number | null): Tone {
  if (serviceLevel === null) return 'neutral';
  if (serviceLevel >= 80) return 'good';
  return serviceLevel >= 60 ? 'warn' : 'bad';
}

export const AGENT_STATES: readonly TWallboardAgentState[] = ['onCall', 'paused', 'wrapUp', 'ready'];

export function agentCounts(agents: readonly TWallboardAgent[]): Record<TWallboardAgentState, number> {
  const counts: Record<TWallboardAgentState, number> = { onCall: 0, paused: 0, wrapUp: 0, ready: 0 };
  for (const agent of agents) counts[agent.state] += 1;
  return counts;
}
