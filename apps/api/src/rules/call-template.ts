/** What a rule's URL and title templates can refer to, as `{{name}}`. */
export interface TemplateCall {
  caller: string;
  callee: string;
  /** The platform's call id (XiVO callDataCallId). */
  callId: string;
  queue?: {
    id?: string | number | null;
    name?: string | null;
    number?: string | null;
    displayName?: string | null;
  } | null;
  userData?: Readonly<Record<string, string>> | null;
  agent?: { id?: string | number | null } | null;
  user?: {
    userId?: string | number | null;
    agentId?: string | number | null;
    firstName?: string | null;
    lastName?: string | null;
    fullName?: string | null;
  } | null;
}

export type TemplateVariables = ReadonlyMap<string, string>;

/**
 * Variables: caller, callee, callId, queue.id, queue.name, queue.number, queue.displayName,
 * userData.<KEY>, agent.id (alias agentId), user.userId, user.agentId, user.firstName,
 * user.lastName, user.fullName.
 */
export function templateVariables(call: TemplateCall): TemplateVariables {
  const vars = new Map<string, string>();
  const set = (name: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined) vars.set(name, String(value));
  };
  set('caller', call.caller);
  set('callee', call.callee);
  set('callId', call.callId);
  set('queue.id', call.queue?.id);
  set('queue.name', call.queue?.name);
  set('queue.number', call.queue?.number);
  set('queue.displayName', call.queue?.displayName);
  for (const [key, value] of Object.entries(call.userData ?? {})) set(`userData.${key}`, value);
  const agentId = call.agent?.id ?? call.user?.agentId;
  set('agent.id', agentId);
  set('agentId', agentId);
  set('user.userId', call.user?.userId);
  set('user.agentId', call.user?.agentId);
  set('user.firstName', call.user?.firstName);
  set('user.lastName', call.user?.lastName);
  set('user.fullName', call.user?.fullName);
  return vars;
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** An external URL: each value URL-encoded, an unknown variable rendered empty. */
export function renderUrlTemplate(template: string, vars: TemplateVariables): string {
  return template.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(vars.get(name) ?? ''));
}

/** A tab title: values as they are, an unknown variable rendered empty. */
export function renderTextTemplate(template: string, vars: TemplateVariables): string {
  return template.replace(PLACEHOLDER, (_, name: string) => vars.get(name) ?? '');
}
