import {
  RULE_ANSWER_EVENTS,
  RULE_MATCH_EVENTS,
  shuttleSampleHangup,
  shuttleSampleRinging,
  shuttleSampleUp,
  type TApiIssue,
  type TCallDirection,
  type TPlatform,
  type TRuleAdmin,
  type TRuleInputDraft,
  type TRuleSimulationSample,
  type TShuttleMode,
  type TTextOperator,
  type TXivoAction,
  xivoSampleRequest,
} from '@screenpop/contracts';

/** Three-way switches: the answer leaves the field out (unset), or says yes or no. */
export type TriState = 'unset' | 'true' | 'false';

export interface TextConditionState {
  op: TTextOperator;
  /** Empty: no condition. */
  value: string;
}

export interface UserDataConditionState extends TextConditionState {
  key: string;
}

/** The editor's fields, as the controls hold them (text where a person types). */
export interface RuleFormState {
  name: string;
  enabled: boolean;
  sources: TPlatform[];
  events: string[];
  /** Comma-separated. */
  queues: string;
  caller: TextConditionState;
  callee: TextConditionState;
  direction: TCallDirection | '';
  userData: UserDataConditionState[];
  /** Comma-separated agent numbers or logins. */
  agents: string;
  timeWindow: { on: boolean; from: string; to: string; days: number[]; timeZone: string };
  action: TXivoAction;
  event: string;
  targetKind: 'form' | 'url';
  formTemplateId: string;
  urlTemplate: string;
  autopause: TriState;
  autopauseReason: string;
  multitab: TriState;
  titleTemplate: string;
  /** One argument per line. */
  executableArgs: string;
  shuttleMode: TShuttleMode | '';
  notification: { on: boolean; type: string; title: string; body: string };
}

export const PLATFORMS: readonly TPlatform[] = ['xivo', 'shuttle', 'vodia'];
export const DIRECTIONS: readonly TCallDirection[] = ['inbound', 'outbound', 'internal', 'unknown'];
export const ACTIONS: readonly TXivoAction[] = ['open', 'popup', 'run', 'none'];
export const SHUTTLE_MODES: readonly TShuttleMode[] = ['new_tab', 'new_window', 'new_frame'];
export const TEXT_OPERATORS: readonly TTextOperator[] = ['exact', 'prefix', 'pattern'];

const unique = (values: readonly string[]) => [...new Set(values)];

/** Every event name a rule's condition may list, platforms' own names first. */
export const MATCH_EVENTS: readonly string[] = unique(Object.values(RULE_MATCH_EVENTS).flat());
/** Every event a rule's answer may open its page at. */
export const ANSWER_EVENTS: readonly string[] = unique(Object.values(RULE_ANSWER_EVENTS).flat());

export function emptyRuleForm(): RuleFormState {
  return {
    name: '',
    enabled: true,
    sources: [],
    events: [],
    queues: '',
    caller: { op: 'exact', value: '' },
    callee: { op: 'exact', value: '' },
    direction: '',
    userData: [],
    agents: '',
    timeWindow: { on: false, from: '08:00', to: '18:00', days: [], timeZone: '' },
    action: 'open',
    event: '',
    targetKind: 'form',
    formTemplateId: '',
    urlTemplate: '',
    autopause: 'unset',
    autopauseReason: '',
    multitab: 'unset',
    titleTemplate: '',
    executableArgs: '',
    shuttleMode: '',
    notification: { on: false, type: 'info', title: '', body: '' },
  };
}

const triState = (value: boolean | null): TriState => (value === null ? 'unset' : value ? 'true' : 'false');
const fromTriState = (value: TriState): boolean | null => (value === 'unset' ? null : value === 'true');
const splitList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function ruleFormFromRule(rule: TRuleAdmin): RuleFormState {
  const empty = emptyRuleForm();
  const { match } = rule;
  return {
    name: rule.name,
    enabled: rule.enabled,
    sources: match.sources ?? [],
    events: match.events ?? [],
    queues: (match.queues ?? []).join(', '),
    caller: match.caller ?? empty.caller,
    callee: match.callee ?? empty.callee,
    direction: match.direction ?? '',
    userData: match.userData ?? [],
    agents: (match.agents ?? []).join(', '),
    timeWindow: match.timeWindow
      ? {
          on: true,
          from: match.timeWindow.from,
          to: match.timeWindow.to,
          days: match.timeWindow.days ?? [],
          timeZone: match.timeWindow.timeZone ?? '',
        }
      : empty.timeWindow,
    action: rule.action,
    event: rule.event ?? '',
    targetKind: rule.urlTemplate && !rule.formTemplateId ? 'url' : 'form',
    formTemplateId: rule.formTemplateId ?? '',
    urlTemplate: rule.urlTemplate ?? '',
    autopause: triState(rule.autopause),
    autopauseReason: rule.autopauseReason ?? '',
    multitab: triState(rule.multitab),
    titleTemplate: rule.titleTemplate ?? '',
    executableArgs: (rule.executableArgs ?? []).join('\n'),
    shuttleMode: rule.shuttleMode ?? '',
    notification: rule.notification ? { on: true, ...rule.notification } : empty.notification,
  };
}

/** What the API is sent: only the conditions that are set; the target the action needs, if any. */
export function ruleInputFromForm(form: RuleFormState): TRuleInputDraft {
  const match: TRuleInputDraft['match'] = {};
  if (form.sources.length) match.sources = form.sources;
  if (form.events.length) match.events = form.events;
  const queues = splitList(form.queues);
  if (queues.length) match.queues = queues;
  if (form.caller.value.trim()) match.caller = { op: form.caller.op, value: form.caller.value.trim() };
  if (form.callee.value.trim()) match.callee = { op: form.callee.op, value: form.callee.value.trim() };
  if (form.direction) match.direction = form.direction;
  if (form.userData.length) {
    match.userData = form.userData.map((c) => ({ key: c.key.trim(), op: c.op, value: c.value.trim() }));
  }
  const agents = splitList(form.agents);
  if (agents.length) match.agents = agents;
  if (form.timeWindow.on) {
    const { from, to, days, timeZone } = form.timeWindow;
    match.timeWindow = { from, to };
    if (days.length) match.timeWindow.days = [...days].sort();
    if (timeZone.trim()) match.timeWindow.timeZone = timeZone.trim();
  }
  const opens = form.action !== 'none';
  const args = form.executableArgs
    .split('\n')
    .map((arg) => arg.trim())
    .filter(Boolean);
  return {
    name: form.name,
    enabled: form.enabled,
    match,
    action: form.action,
    event: form.event || null,
    formTemplateId: opens && form.targetKind === 'form' ? form.formTemplateId || null : null,
    urlTemplate: opens && form.targetKind === 'url' ? form.urlTemplate.trim() || null : null,
    autopause: fromTriState(form.autopause),
    autopauseReason: form.autopauseReason.trim() || null,
    multitab: fromTriState(form.multitab),
    titleTemplate: form.titleTemplate.trim() || null,
    executableArgs: args.length ? args : null,
    shuttleMode: form.shuttleMode || null,
    notification: form.notification.on
      ? { type: form.notification.type.trim(), title: form.notification.title, body: form.notification.body }
      : null,
  };
}

/** The API's issues by field path, `prefix` (e.g. `draft.rule.`) removed; several for one field are joined. */
export function issuesByPath(issues: readonly TApiIssue[], prefix = ''): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const issue of issues) {
    if (prefix && !issue.path.startsWith(prefix)) continue;
    const path = issue.path.slice(prefix.length);
    byPath[path] = byPath[path] ? `${byPath[path]} ${issue.message}` : issue.message;
  }
  return byPath;
}

const FIELD_IDS: Record<string, string> = {
  name: 'rule-name',
  'match.sources': 'rule-sources',
  'match.events': 'rule-events',
  'match.queues': 'rule-queues',
  'match.caller': 'rule-caller-value',
  'match.callee': 'rule-callee-value',
  'match.direction': 'rule-direction',
  'match.agents': 'rule-agents',
  'match.timeWindow.from': 'rule-time-from',
  'match.timeWindow.to': 'rule-time-to',
  'match.timeWindow.timeZone': 'rule-time-zone',
  'match.timeWindow.days': 'rule-time-days',
  action: 'rule-action',
  event: 'rule-event',
  formTemplateId: 'rule-form-template',
  urlTemplate: 'rule-url-template',
  autopause: 'rule-autopause',
  autopauseReason: 'rule-autopause-reason',
  multitab: 'rule-multitab',
  titleTemplate: 'rule-title',
  executableArgs: 'rule-executable-args',
  shuttleMode: 'rule-shuttle-mode',
  'notification.type': 'rule-notification-type',
  'notification.title': 'rule-notification-title',
  'notification.body': 'rule-notification-body',
};

/** The editor's control for an issue's path (`match.userData.1.key`), for the error summary's links. */
export function fieldIdFor(path: string): string | null {
  const userData = /^match\.userData\.(\d+)\.(key|op|value)/.exec(path);
  if (userData) return `rule-userdata-${userData[1]}-${userData[2] === 'key' ? 'key' : 'value'}`;
  let candidate = path;
  while (candidate) {
    if (FIELD_IDS[candidate]) return FIELD_IDS[candidate]!;
    candidate = candidate.includes('.') ? candidate.slice(0, candidate.lastIndexOf('.')) : '';
  }
  return null;
}

/** The message for a field, or for anything inside it (`match.events` shows `match.events.2`'s). */
export function errorAt(errors: Readonly<Record<string, string>>, path: string): string | null {
  if (errors[path]) return errors[path];
  const inside = Object.keys(errors).find((key) => key.startsWith(`${path}.`));
  return inside ? errors[inside]! : null;
}

/** The ids after moving the one at `from` to `to`. */
export function moveId(ids: readonly string[], from: number, to: number): string[] {
  const next = [...ids];
  if (from < 0 || from >= next.length || to < 0 || to >= next.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

export type SampleKey = 'xivo' | 'shuttleRinging' | 'shuttleUp' | 'shuttleHangup';
export const SAMPLE_KEYS: readonly SampleKey[] = ['xivo', 'shuttleRinging', 'shuttleUp', 'shuttleHangup'];

/** The samples the simulator offers; the XiVO agent's token is left out (it plays no part in rules). */
export function samplePayload(key: SampleKey): { platform: 'xivo' | 'shuttle'; payload: object } {
  switch (key) {
    case 'xivo': {
      const { token: _token, ...user } = xivoSampleRequest.user;
      return { platform: 'xivo', payload: { ...xivoSampleRequest, user } };
    }
    case 'shuttleRinging':
      return { platform: 'shuttle', payload: shuttleSampleRinging };
    case 'shuttleUp':
      return { platform: 'shuttle', payload: shuttleSampleUp };
    case 'shuttleHangup':
      return { platform: 'shuttle', payload: shuttleSampleHangup };
  }
}

/** A pasted sample: JSON of an object; XiVO's when it has `user` and `callDataCallId`, else Shuttle's. */
export function parseSample(
  text: string,
  platform: 'auto' | 'xivo' | 'shuttle',
): { ok: true; sample: TRuleSimulationSample } | { ok: false; reason: 'json' | 'object' } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: 'object' };
  const payload = value as Record<string, unknown>;
  const detected =
    platform === 'auto' ? ('callDataCallId' in payload || 'user' in payload ? 'xivo' : 'shuttle') : platform;
  return {
    ok: true,
    // The API validates the payload and names its bad fields.
    sample: { platform: detected, payload } as TRuleSimulationSample,
  };
}
