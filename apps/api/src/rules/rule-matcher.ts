import type {
  TCallDirection,
  TPlatform,
  TRuleMatch,
  TRuleTraceEntry,
  TRuleTraceReason,
  TTextCondition,
  TTimeWindow,
} from '@screenpop/contracts';

/** A call event as the rules see it, whatever the platform it came from. */
export interface RuleCallContext {
  source: TPlatform;
  /** Every name the event is known by (e.g. XiVO's third-party POST: thirdparty, EventRinging, ringing). */
  events: readonly string[];
  caller: string;
  callerNormalized: string | null;
  callee: string;
  direction: TCallDirection;
  queue: { name: string; number?: string | null } | null;
  userData: Readonly<Record<string, string>>;
  agent: { externalId: string; login?: string | null } | null;
  at: Date;
}

export interface MatchableRule {
  id: string;
  name: string;
  priority: number;
  enabled: boolean;
  match: TRuleMatch;
}

export interface RuleEvaluation<R extends MatchableRule> {
  rule: R | null;
  /** The rules examined, in order, up to and including the match. */
  trace: TRuleTraceEntry[];
}

/** First enabled rule, by ascending priority, whose every condition holds. */
export function evaluateRules<R extends MatchableRule>(
  rules: readonly R[],
  call: RuleCallContext,
): RuleEvaluation<R> {
  const ordered = [...rules].sort((a, b) => a.priority - b.priority);
  const trace: TRuleTraceEntry[] = [];
  for (const rule of ordered) {
    const reasons: TRuleTraceReason[] = rule.enabled
      ? explainMismatch(rule.match, call)
      : [{ condition: 'enabled', message: 'Rule is disabled' }];
    const matched = reasons.length === 0;
    trace.push({ ruleId: rule.id, ruleName: rule.name, priority: rule.priority, matched, reasons });
    if (matched) return { rule, trace };
  }
  return { rule: null, trace };
}

/** Why the conditions do not hold for this call; empty when they all do (an empty match is a catch-all). */
export function explainMismatch(match: TRuleMatch, call: RuleCallContext): TRuleTraceReason[] {
  const reasons: TRuleTraceReason[] = [];

  if (match.sources?.length && !match.sources.includes(call.source)) {
    reasons.push({
      condition: 'sources',
      message: `Source ${call.source} is not one of ${list(match.sources)}`,
    });
  }

  if (match.events?.length && !match.events.some((event) => call.events.includes(event))) {
    reasons.push({
      condition: 'events',
      message: `Event ${call.events[0] ?? '(none)'} is not one of ${list(match.events)}`,
    });
  }

  if (match.queues?.length) {
    const queue = call.queue;
    const hit =
      queue !== null &&
      match.queues.some(
        (wanted) =>
          wanted.toLowerCase() === queue.name.toLowerCase() || (!!queue.number && wanted === queue.number),
      );
    if (!hit) {
      const seen = queue ? `Queue ${queue.name}${queue.number ? ` (${queue.number})` : ''}` : 'No queue';
      reasons.push({ condition: 'queues', message: `${seen} is not one of ${list(match.queues)}` });
    }
  }

  if (match.caller) {
    const candidates = [call.caller, call.callerNormalized].filter((value): value is string => !!value);
    if (!candidates.some((value) => textMatches(match.caller!, value))) {
      reasons.push({ condition: 'caller', message: `Caller "${call.caller}" ${describeText(match.caller)}` });
    }
  }

  if (match.callee && !textMatches(match.callee, call.callee)) {
    reasons.push({ condition: 'callee', message: `Callee "${call.callee}" ${describeText(match.callee)}` });
  }

  if (match.direction && match.direction !== call.direction) {
    reasons.push({
      condition: 'direction',
      message: `Direction ${call.direction} is not ${match.direction}`,
    });
  }

  for (const condition of match.userData ?? []) {
    const value = call.userData[condition.key];
    if (value === undefined) {
      reasons.push({ condition: 'userData', message: `Call data has no ${condition.key}` });
    } else if (!textMatches(condition, value)) {
      reasons.push({
        condition: 'userData',
        message: `${condition.key} "${value}" ${describeText(condition)}`,
      });
    }
  }

  if (match.agents?.length) {
    const agent = call.agent;
    const login = agent?.login?.toLowerCase();
    const hit =
      agent !== null &&
      match.agents.some((wanted) => wanted === agent.externalId || wanted.toLowerCase() === login);
    if (!hit) {
      const seen = agent ? `Agent ${agent.externalId}` : 'No agent';
      reasons.push({ condition: 'agents', message: `${seen} is not one of ${list(match.agents)}` });
    }
  }

  if (match.timeWindow) {
    const problem = timeWindowMismatch(match.timeWindow, call.at);
    if (problem) reasons.push({ condition: 'timeWindow', message: problem });
  }

  return reasons;
}

export function textMatches(condition: Pick<TTextCondition, 'op' | 'value'>, value: string): boolean {
  switch (condition.op) {
    case 'exact':
      return value === condition.value;
    case 'prefix':
      return value.startsWith(condition.value);
    case 'pattern':
      return compilePattern(condition.value)?.test(value) ?? false;
  }
}

function describeText(condition: Pick<TTextCondition, 'op' | 'value'>): string {
  switch (condition.op) {
    case 'exact':
      return `is not "${condition.value}"`;
    case 'prefix':
      return `does not start with "${condition.value}"`;
    case 'pattern':
      return compilePattern(condition.value)
        ? `does not match /${condition.value}/`
        : `cannot be tested: /${condition.value}/ is not a valid pattern`;
  }
}

const patterns = new Map<string, RegExp | null>();

function compilePattern(source: string): RegExp | null {
  let compiled = patterns.get(source);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(source);
    } catch {
      compiled = null;
    }
    if (patterns.size >= 1000) patterns.clear();
    patterns.set(source, compiled);
  }
  return compiled;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const clocks = new Map<string, Intl.DateTimeFormat>();

/** Local weekday (1 = Monday) and minutes since midnight in the time zone (the server's when absent). */
export function localClock(at: Date, timeZone: string | undefined): { weekday: number; minutes: number } {
  const key = timeZone ?? '';
  let clock = clocks.get(key);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    clocks.set(key, clock);
  }
  let weekday = 0;
  let hour = 0;
  let minute = 0;
  for (const part of clock.formatToParts(at)) {
    if (part.type === 'weekday') weekday = WEEKDAYS[part.value] ?? 0;
    else if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { weekday, minutes: hour * 60 + minute };
}

function timeWindowMismatch(window: TTimeWindow, at: Date): string | null {
  let clock: { weekday: number; minutes: number };
  try {
    clock = localClock(at, window.timeZone);
  } catch {
    return `Unknown time zone ${window.timeZone}`;
  }
  const from = toMinutes(window.from);
  const to = toMinutes(window.to);
  const { minutes } = clock;
  let weekday = clock.weekday;
  let inside: boolean;
  if (from === to) {
    inside = true;
  } else if (from < to) {
    inside = minutes >= from && minutes < to;
  } else {
    inside = minutes >= from || minutes < to;
    // After midnight, an overnight window still belongs to the day it opened on.
    if (minutes < to) weekday = weekday === 1 ? 7 : weekday - 1;
  }
  const zone = window.timeZone ? ` (${window.timeZone})` : '';
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  if (!inside) return `${time}${zone} is outside ${window.from}–${window.to}`;
  if (window.days?.length && !window.days.includes(weekday)) {
    return `Day ${weekday} is not one of ${list(window.days.map(String))} (1 = Monday)`;
  }
  return null;
}

function toMinutes(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':');
  return Number(hours) * 60 + Number(minutes);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function list(values: readonly string[]): string {
  return values.join(', ');
}
