import { z } from 'zod';
import { type TPlatform, ZPlatform } from '../common/platform.js';
import { ZRuleMatch, ZRuleNotification, ZShuttleMode } from '../rules/rule.js';
import { ZRuleTraceEntry } from '../rules/rule-trace.js';
import { ZShuttleCommand } from '../shuttle/commands.js';
import { SHUTTLE_EVENT_NAMES } from '../shuttle/events.js';
import { ZXivoThirdPartyRequest } from '../xivo/third-party-request.js';
import { ZXivoAction, ZXivoThirdPartyResponse } from '../xivo/third-party-response.js';

/**
 * The names each platform's calls are known by in a rule's `events` condition. XiVO asks once, when
 * the call rings (its third-party POST); Shuttle sends each stage, also known by XiVO's names.
 */
export const RULE_MATCH_EVENTS: Record<TPlatform, readonly string[]> = {
  xivo: ['thirdparty', 'EventRinging', 'ringing'],
  shuttle: [...SHUTTLE_EVENT_NAMES, 'EventRinging', 'EventEstablished', 'EventReleased'],
  vodia: ['ringing', 'up', 'hangup', 'EventRinging', 'EventEstablished', 'EventReleased'],
};

/**
 * When the answer opens its page (the rule's `event`): XucMgt knows XiVO's three names (Shuttle's
 * ringing/up/hangup are translated); Shuttle opens it at the event of that name or alias.
 */
export const RULE_ANSWER_EVENTS: Record<TPlatform, readonly string[]> = {
  xivo: ['EventRinging', 'EventEstablished', 'EventReleased', 'ringing', 'up', 'hangup'],
  shuttle: [...SHUTTLE_EVENT_NAMES, 'EventRinging', 'EventEstablished', 'EventReleased'],
  vodia: ['EventRinging', 'EventEstablished', 'EventReleased', 'ringing', 'up', 'hangup'],
};

/** What `{{…}}` in a URL, title or notification template may name; plus `userData.<KEY>`. */
export const RULE_TEMPLATE_VARIABLES = [
  'caller',
  'callee',
  'callId',
  'queue.id',
  'queue.name',
  'queue.displayName',
  'queue.number',
  'agent.id',
  'agentId',
  'user.userId',
  'user.agentId',
  'user.firstName',
  'user.lastName',
  'user.fullName',
  // Shuttle only.
  'agent.peer',
  'agent.name',
  'agent.sipName',
  'callerName',
  'event',
  'direction',
] as const;

/** Stands for the id of the form session a real call would create (the simulator creates none). */
export const SIMULATED_FORM_ID = '{new-form-id}';
/** Stands for the call's id in a simulated Shuttle RealtimeCTI line when no form is opened. */
export const SIMULATED_CALL_ID = '{call-id}';

const TEMPLATE_PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/** The `{{names}}` of a template that no call can fill. */
export function unknownTemplateVariables(template: string): string[] {
  const unknown: string[] = [];
  for (const [, name = ''] of template.matchAll(TEMPLATE_PLACEHOLDER)) {
    const known =
      (RULE_TEMPLATE_VARIABLES as readonly string[]).includes(name) ||
      (name.startsWith('userData.') && name.length > 'userData.'.length);
    if (!known && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value : null));

/**
 * A rule as the administrator writes it (create, or PUT to replace). Unset answer fields are null:
 * the answer then leaves them out. Every check says which field is wrong and how to fix it.
 */
export const ZRuleInput = z
  .object({
    name: z.string().trim().min(1, 'Give the rule a name').max(200, 'At most 200 characters'),
    enabled: z.boolean().default(true),
    match: ZRuleMatch.default({}),
    action: ZXivoAction,
    event: optionalText,
    formTemplateId: z
      .uuid('Pick one of the form templates')
      .nullish()
      .transform((v) => v ?? null),
    urlTemplate: optionalText,
    autopause: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
    autopauseReason: optionalText,
    multitab: z
      .boolean()
      .nullish()
      .transform((v) => v ?? null),
    titleTemplate: optionalText,
    executableArgs: z
      .array(z.string().min(1, 'Remove empty arguments'))
      .nullish()
      .transform((v) => (v?.length ? v : null)),
    shuttleMode: ZShuttleMode.nullish().transform((v) => v ?? null),
    notification: ZRuleNotification.nullish().transform((v) => v ?? null),
  })
  .superRefine((rule, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const opens = rule.action !== 'none';
    const platforms: readonly TPlatform[] = rule.match.sources?.length
      ? rule.match.sources
      : ZPlatform.options;
    const platformList = platforms.map(platformName).join(' or ');

    if (opens && rule.formTemplateId && rule.urlTemplate) {
      const message = `Action ${rule.action} opens one target: a form template or a URL, not both`;
      issue(['formTemplateId'], message);
      issue(['urlTemplate'], message);
    } else if (opens && !rule.formTemplateId && !rule.urlTemplate) {
      const message = `Action ${rule.action} needs a target: pick a form template or write a URL template`;
      issue(['formTemplateId'], message);
      issue(['urlTemplate'], message);
    } else if (!opens && (rule.formTemplateId || rule.urlTemplate)) {
      issue(
        [rule.formTemplateId ? 'formTemplateId' : 'urlTemplate'],
        'Action none opens nothing: remove the target or choose another action',
      );
    }

    if (rule.urlTemplate) {
      if (
        (rule.action === 'open' || rule.action === 'popup') &&
        !/^https?:\/\//i.test(rule.urlTemplate.trim())
      ) {
        issue(['urlTemplate'], 'Start the URL with https:// (or http://)');
      }
      checkVariables(rule.urlTemplate, ['urlTemplate'], issue);
    }
    if (rule.titleTemplate) checkVariables(rule.titleTemplate, ['titleTemplate'], issue);
    if (rule.notification) {
      for (const key of ['type', 'title', 'body'] as const) {
        checkVariables(rule.notification[key], ['notification', key], issue);
      }
    }

    if (rule.event) {
      const refusing = platforms.filter((platform) => !RULE_ANSWER_EVENTS[platform].includes(rule.event!));
      if (refusing.length) {
        const platform = refusing[0]!;
        issue(
          ['event'],
          `${platformName(platform)} cannot open a page at ${rule.event}: use ${RULE_ANSWER_EVENTS[platform].join(', ')}` +
            (rule.match.sources?.length ? '' : ' (or limit the rule to other platforms)'),
        );
      }
    }

    rule.match.events?.forEach((event, index) => {
      if (!platforms.some((platform) => RULE_MATCH_EVENTS[platform].includes(event))) {
        issue(
          ['match', 'events', index],
          `No call from ${platformList} has the event ${event}: use ${[...new Set(platforms.flatMap((p) => RULE_MATCH_EVENTS[p]))].join(', ')}`,
        );
      }
    });

    const timeZone = rule.match.timeWindow?.timeZone;
    if (timeZone && !isTimeZone(timeZone)) {
      issue(
        ['match', 'timeWindow', 'timeZone'],
        `Unknown time zone ${timeZone}: use a name such as Europe/Paris`,
      );
    }

    if (rule.autopauseReason && rule.autopause !== true) {
      issue(['autopauseReason'], 'A pause reason needs autopause on');
    }
    if (rule.executableArgs && rule.action !== 'run') {
      issue(['executableArgs'], 'Arguments are only used by the action run');
    }
  });
export type TRuleInput = z.infer<typeof ZRuleInput>;
export type TRuleInputDraft = z.input<typeof ZRuleInput>;

function checkVariables(
  template: string,
  path: PropertyKey[],
  issue: (path: PropertyKey[], message: string) => void,
) {
  const unknown = unknownTemplateVariables(template);
  if (unknown.length) {
    issue(
      path,
      `Unknown variable ${unknown.map((name) => `{{${name}}}`).join(', ')}: use ${RULE_TEMPLATE_VARIABLES.join(', ')} or userData.<KEY>`,
    );
  }
}

function platformName(platform: TPlatform): string {
  return { xivo: 'XiVO', shuttle: 'Shuttle', vodia: 'Vodia' }[platform];
}

/** A rule as the back office shows it: its place in the order, its target's name. */
export const ZRuleAdmin = z.object({
  id: z.string(),
  name: z.string(),
  /** 1 for the rule examined first. */
  position: z.number().int(),
  priority: z.number().int(),
  enabled: z.boolean(),
  match: ZRuleMatch,
  action: ZXivoAction,
  event: z.string().nullable(),
  formTemplateId: z.string().nullable(),
  formTemplateName: z.string().nullable(),
  urlTemplate: z.string().nullable(),
  autopause: z.boolean().nullable(),
  autopauseReason: z.string().nullable(),
  multitab: z.boolean().nullable(),
  titleTemplate: z.string().nullable(),
  executableArgs: z.array(z.string()).nullable(),
  shuttleMode: ZShuttleMode.nullable(),
  notification: ZRuleNotification.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TRuleAdmin = z.infer<typeof ZRuleAdmin>;

/** Every rule of the tenant, in the order they are examined (disabled ones included). */
export const ZRuleAdminList = z.object({ items: z.array(ZRuleAdmin), total: z.number().int() });
export type TRuleAdminList = z.infer<typeof ZRuleAdminList>;

/** The form templates a rule may open (the editor's picker). */
export const ZRuleTargetOptions = z.object({
  formTemplates: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TRuleTargetOptions = z.infer<typeof ZRuleTargetOptions>;

export const ZRuleEnabledRequest = z.object({ enabled: z.boolean() });
export type TRuleEnabledRequest = z.infer<typeof ZRuleEnabledRequest>;

/** The tenant's rule ids, each once, in the new order (first examined first). */
export const ZRuleReorderRequest = z.object({
  ids: z
    .array(z.string().min(1))
    .min(1, 'List every rule')
    .refine((ids) => new Set(ids).size === ids.length, 'Each rule must be listed once'),
});
export type TRuleReorderRequest = z.infer<typeof ZRuleReorderRequest>;

/** A sample call for the simulator: XucMgt's third-party POST, or a Shuttle event. */
export const ZRuleSimulationSample = z.discriminatedUnion('platform', [
  z.object({ platform: z.literal('xivo'), payload: ZXivoThirdPartyRequest }),
  z.object({
    platform: z.literal('shuttle'),
    /** The socket.io message name, when the payload leaves its `event` out. */
    event: z.enum(SHUTTLE_EVENT_NAMES).optional(),
    payload: z.record(z.string(), z.unknown()),
  }),
]);
export type TRuleSimulationSample = z.infer<typeof ZRuleSimulationSample>;

/** Try the rules on a sample, optionally with an unsaved rule in them; nothing is stored. */
export const ZRuleSimulateRequest = z.object({
  sample: ZRuleSimulationSample,
  draft: z
    .object({
      rule: ZRuleInput,
      /** The saved rule this draft edits (it takes that rule's place); absent for a new rule. */
      id: z.string().optional(),
      /** Where the draft goes, 1 = examined first; default: the edited rule's place, else last. */
      position: z.number().int().min(1).optional(),
    })
    .optional(),
  /** The moment the call happens (time-window conditions); default now. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type TRuleSimulateRequest = z.infer<typeof ZRuleSimulateRequest>;
export type TRuleSimulateRequestInput = z.input<typeof ZRuleSimulateRequest>;

/**
 * noMatch: no rule matches, nothing opens; actionNone: the rule answers none; noTarget: the rule opens
 * neither a form nor a URL; otherEvent: the rule acts at `event`, not this one (Shuttle); noAgent: the
 * event has no agent to show anything to; formPlaceholder: each call gets its own form, SIMULATED_FORM_ID
 * stands for its id; opensAt: XucMgt opens the page at `event`.
 */
export const ZRuleSimulationNote = z.object({
  code: z.enum(['noMatch', 'actionNone', 'noTarget', 'otherEvent', 'noAgent', 'formPlaceholder', 'opensAt']),
  event: z.string().optional(),
});
export type TRuleSimulationNote = z.infer<typeof ZRuleSimulationNote>;

export const ZRuleSimulationStep = ZRuleTraceEntry.extend({
  position: z.number().int(),
  draft: z.boolean(),
});
export type TRuleSimulationStep = z.infer<typeof ZRuleSimulationStep>;

export const ZRuleSimulateResponse = z.object({
  platform: z.enum(['xivo', 'shuttle']),
  /** The event's names as the rules see it (e.g. thirdparty, EventRinging, ringing). */
  events: z.array(z.string()),
  at: z.string(),
  /** The rules examined, in order, up to and including the match; the earlier ones say why not. */
  trace: z.array(ZRuleSimulationStep),
  matched: ZRuleSimulationStep.nullable(),
  /** What would be answered. */
  answer: z.discriminatedUnion('platform', [
    z.object({ platform: z.literal('xivo'), response: ZXivoThirdPartyResponse }),
    z.object({ platform: z.literal('shuttle'), commands: z.array(ZShuttleCommand) }),
  ]),
  /** The per-call form a real call would create, its id being SIMULATED_FORM_ID. */
  formSession: z
    .object({
      id: z.string(),
      url: z.string(),
      templateId: z.string(),
      templateName: z.string().nullable(),
      title: z.string().nullable(),
      autopause: z.boolean(),
      autopauseReason: z.string().nullable(),
    })
    .nullable(),
  /** What a person needs to read the answer (e.g. the rule opens its page at another event). */
  notes: z.array(ZRuleSimulationNote),
});
export type TRuleSimulateResponse = z.infer<typeof ZRuleSimulateResponse>;
