'use client';

import {
  RULE_TEMPLATE_VARIABLES,
  type TPlatform,
  type TRuleAdmin,
  type TRuleTargetOptions,
  type TTextOperator,
} from '@screenpop/contracts';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Field, inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { rulesApi } from '@/lib/admin/rules-api';
import {
  ACTIONS,
  ANSWER_EVENTS,
  DIRECTIONS,
  emptyRuleForm,
  errorAt,
  fieldIdFor,
  issuesByPath,
  MATCH_EVENTS,
  PLATFORMS,
  type RuleFormState,
  ruleFormFromRule,
  ruleInputFromForm,
  SHUTTLE_MODES,
  TEXT_OPERATORS,
  type TextConditionState,
  type TriState,
} from './rule-form';
import { RuleSimulatorPanel } from './rule-simulator-panel';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Create a rule (no `ruleId`) or edit one; the simulator tries the rule as it stands, unsaved. */
export function RuleEditorClient({ ruleId }: { ruleId?: string }) {
  const t = useTranslations('rules.editor');
  const tc = useTranslations('common');
  const router = useRouter();
  const [form, setForm] = useState<RuleFormState | null>(ruleId ? null : emptyRuleForm());
  const [saved, setSaved] = useState<TRuleAdmin | null>(null);
  const [targets, setTargets] = useState<TRuleTargetOptions | null>(null);
  const [loadError, setLoadError] = useState<{ message: string; notFound: boolean } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const [options, rule] = await Promise.all([
        rulesApi.targets(controller.signal),
        ruleId ? rulesApi.get(ruleId, controller.signal) : Promise.resolve(null),
      ]);
      if (options.ok) setTargets(options.data);
      else setLoadError({ message: options.message, notFound: false });
      if (rule) {
        if (rule.ok) {
          setSaved(rule.data);
          setForm(ruleFormFromRule(rule.data));
        } else setLoadError({ message: rule.message, notFound: rule.status === 404 });
      }
    })().catch(() => undefined);
    return () => controller.abort();
  }, [ruleId]);

  // After a refused save, the summary of what to fix takes the focus (its links lead to the fields).
  useEffect(() => {
    if (formError) summaryRef.current?.focus();
  }, [formError]);

  if (loadError) {
    return (
      <Notice tone="error">
        {loadError.notFound ? t('notFound') : t('loadFailed', { message: loadError.message })}{' '}
        <Link href="/admin/rules" className="underline">
          {t('backToList')}
        </Link>
      </Notice>
    );
  }
  if (!form || !targets) {
    return (
      <p role="status" className="text-sm text-slate-600">
        {tc('states.loading')}
      </p>
    );
  }

  const update = (patch: Partial<RuleFormState>) =>
    setForm((current) => (current ? { ...current, ...patch } : current));
  const err = (path: string) => errorAt(errors, path);
  const opens = form.action !== 'none';

  async function save() {
    if (!form) return;
    setSaving(true);
    setFormError(null);
    const body = ruleInputFromForm(form);
    const result = ruleId ? await rulesApi.update(ruleId, body) : await rulesApi.create(body);
    setSaving(false);
    if (result.ok) {
      const notice = ruleId ? 'updated' : 'created';
      router.push(`/admin/rules?${notice}=${encodeURIComponent(result.data.name)}`);
      return;
    }
    const byPath = issuesByPath(result.error?.issues ?? []);
    setErrors(byPath);
    setFormError(
      Object.keys(byPath).length ? t('fixFields', { count: Object.keys(byPath).length }) : result.message,
    );
  }

  return (
    <div className="space-y-8">
      <form
        noValidate
        className="space-y-6"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div ref={summaryRef} tabIndex={-1} className="outline-none">
          {formError ? (
            <Notice tone="error">
              <p>{formError}</p>
              {Object.keys(errors).length ? (
                <ul className="mt-1 list-disc pl-5">
                  {Object.entries(errors).map(([path, message]) => {
                    const fieldId = fieldIdFor(path);
                    return (
                      <li key={path}>
                        {fieldId ? (
                          <a href={`#${fieldId}`} className="underline">
                            {message}
                          </a>
                        ) : (
                          `${path}: ${message}`
                        )}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </Notice>
          ) : null}
        </div>

        <Section title={t('sections.rule')}>
          <Field id="rule-name" label={t('name')} error={err('name')}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className={inputClass}
                value={form.name}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => update({ name: event.target.value })}
              />
            )}
          </Field>
          <Checkbox
            id="rule-enabled"
            label={t('enabled')}
            checked={form.enabled}
            onChange={(enabled) => update({ enabled })}
          />
          {saved ? (
            <p className="text-sm text-slate-600">{t('position', { position: saved.position })}</p>
          ) : null}
        </Section>

        <Section title={t('sections.conditions')} description={t('conditionsHelp')}>
          <CheckboxGroup
            id="rule-sources"
            legend={t('sources')}
            hint={t('sourcesHint')}
            error={err('match.sources')}
            options={PLATFORMS.map((platform) => ({ value: platform, label: t(`platform.${platform}`) }))}
            values={form.sources}
            onChange={(sources) => update({ sources: sources as TPlatform[] })}
          />
          <CheckboxGroup
            id="rule-events"
            legend={t('events')}
            hint={t('eventsHint')}
            error={err('match.events')}
            options={MATCH_EVENTS.map((event) => ({ value: event, label: event }))}
            values={form.events}
            onChange={(events) => update({ events })}
          />
          <Field id="rule-queues" label={t('queues')} hint={t('queuesHint')} error={err('match.queues')}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className={inputClass}
                value={form.queues}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => update({ queues: event.target.value })}
              />
            )}
          </Field>
          <TextCondition
            id="rule-caller"
            label={t('caller')}
            value={form.caller}
            error={err('match.caller')}
            onChange={(caller) => update({ caller })}
          />
          <TextCondition
            id="rule-callee"
            label={t('callee')}
            value={form.callee}
            error={err('match.callee')}
            onChange={(callee) => update({ callee })}
          />
          <Field id="rule-direction" label={t('direction')} error={err('match.direction')}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                className={inputClass}
                value={form.direction}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => update({ direction: event.target.value as RuleFormState['direction'] })}
              >
                <option value="">{t('anyDirection')}</option>
                {DIRECTIONS.map((direction) => (
                  <option key={direction} value={direction}>
                    {t(`directions.${direction}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>

          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-700">{t('userData')}</legend>
            <p className="text-xs text-slate-500">{t('userDataHint')}</p>
            {form.userData.map((condition, index) => (
              <div key={index} className="flex flex-wrap items-start gap-2">
                <div className="w-40">
                  <Field
                    id={`rule-userdata-${index}-key`}
                    label={t('userDataKey')}
                    error={err(`match.userData.${index}.key`)}
                  >
                    {({ id, describedBy, invalid }) => (
                      <input
                        id={id}
                        className={inputClass}
                        value={condition.key}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        onChange={(event) =>
                          update({
                            userData: form.userData.map((c, i) =>
                              i === index ? { ...c, key: event.target.value } : c,
                            ),
                          })
                        }
                      />
                    )}
                  </Field>
                </div>
                <div className="min-w-64 flex-1">
                  <TextCondition
                    id={`rule-userdata-${index}`}
                    label={t('userDataValue')}
                    value={condition}
                    error={err(`match.userData.${index}.value`) ?? err(`match.userData.${index}.op`)}
                    onChange={(next) =>
                      update({ userData: form.userData.map((c, i) => (i === index ? { ...c, ...next } : c)) })
                    }
                  />
                </div>
                <button
                  type="button"
                  className={buttonClass('ghost', 'mt-6')}
                  aria-label={t('removeUserData', { index: index + 1 })}
                  onClick={() => update({ userData: form.userData.filter((_, i) => i !== index) })}
                >
                  {t('remove')}
                </button>
              </div>
            ))}
            <button
              type="button"
              className={buttonClass('secondary')}
              onClick={() => update({ userData: [...form.userData, { key: '', op: 'exact', value: '' }] })}
            >
              {t('addUserData')}
            </button>
          </fieldset>

          <Field id="rule-agents" label={t('agents')} hint={t('agentsHint')} error={err('match.agents')}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                className={inputClass}
                value={form.agents}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => update({ agents: event.target.value })}
              />
            )}
          </Field>

          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-700">{t('timeWindow')}</legend>
            <Checkbox
              id="rule-time-on"
              label={t('timeWindowOn')}
              checked={form.timeWindow.on}
              onChange={(on) => update({ timeWindow: { ...form.timeWindow, on } })}
            />
            {form.timeWindow.on ? (
              <div className="grid gap-3 sm:grid-cols-3">
                <Field id="rule-time-from" label={t('timeFrom')} error={err('match.timeWindow.from')}>
                  {({ id, describedBy, invalid }) => (
                    <input
                      id={id}
                      type="time"
                      className={inputClass}
                      value={form.timeWindow.from}
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      onChange={(event) =>
                        update({ timeWindow: { ...form.timeWindow, from: event.target.value } })
                      }
                    />
                  )}
                </Field>
                <Field
                  id="rule-time-to"
                  label={t('timeTo')}
                  hint={t('timeToHint')}
                  error={err('match.timeWindow.to')}
                >
                  {({ id, describedBy, invalid }) => (
                    <input
                      id={id}
                      type="time"
                      className={inputClass}
                      value={form.timeWindow.to}
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      onChange={(event) =>
                        update({ timeWindow: { ...form.timeWindow, to: event.target.value } })
                      }
                    />
                  )}
                </Field>
                <Field
                  id="rule-time-zone"
                  label={t('timeZone')}
                  hint={t('timeZoneHint')}
                  error={err('match.timeWindow.timeZone')}
                >
                  {({ id, describedBy, invalid }) => (
                    <input
                      id={id}
                      className={inputClass}
                      value={form.timeWindow.timeZone}
                      placeholder="Europe/Paris"
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      onChange={(event) =>
                        update({ timeWindow: { ...form.timeWindow, timeZone: event.target.value } })
                      }
                    />
                  )}
                </Field>
                <div className="sm:col-span-3">
                  <CheckboxGroup
                    id="rule-time-days"
                    legend={t('days')}
                    hint={t('daysHint')}
                    error={err('match.timeWindow.days')}
                    options={DAYS.map((day) => ({ value: String(day), label: t(`day.${day}`) }))}
                    values={form.timeWindow.days.map(String)}
                    onChange={(days) =>
                      update({ timeWindow: { ...form.timeWindow, days: days.map(Number) } })
                    }
                  />
                </div>
              </div>
            ) : null}
          </fieldset>
        </Section>

        <Section title={t('sections.answer')}>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id="rule-action" label={t('action')} hint={t('actionHint')} error={err('action')}>
              {({ id, describedBy, invalid }) => (
                <select
                  id={id}
                  className={inputClass}
                  value={form.action}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => update({ action: event.target.value as RuleFormState['action'] })}
                >
                  {ACTIONS.map((action) => (
                    <option key={action} value={action}>
                      {t(`actions.${action}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="rule-event" label={t('event')} hint={t('eventHint')} error={err('event')}>
              {({ id, describedBy, invalid }) => (
                <select
                  id={id}
                  className={inputClass}
                  value={form.event}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => update({ event: event.target.value })}
                >
                  <option value="">{t('eventDefault')}</option>
                  {ANSWER_EVENTS.map((event) => (
                    <option key={event} value={event}>
                      {event}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>

          {opens ? (
            <fieldset className="space-y-3">
              <legend className="text-sm font-medium text-slate-700">{t('target')}</legend>
              <div className="flex flex-wrap gap-4">
                {(['form', 'url'] as const).map((kind) => (
                  <label key={kind} className="flex items-center gap-2 text-sm text-slate-700">
                    <input
                      type="radio"
                      name="rule-target-kind"
                      value={kind}
                      checked={form.targetKind === kind}
                      onChange={() => update({ targetKind: kind })}
                      className="accent-teal-700"
                    />
                    {t(`targetKinds.${kind}`)}
                  </label>
                ))}
              </div>
              {form.targetKind === 'form' ? (
                <Field
                  id="rule-form-template"
                  label={t('formTemplate')}
                  hint={targets.formTemplates.length ? undefined : t('noTemplates')}
                  error={err('formTemplateId')}
                >
                  {({ id, describedBy, invalid }) => (
                    <select
                      id={id}
                      className={inputClass}
                      value={form.formTemplateId}
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      onChange={(event) => update({ formTemplateId: event.target.value })}
                    >
                      <option value="">{t('pickTemplate')}</option>
                      {targets.formTemplates.map((template) => (
                        <option key={template.id} value={template.id}>
                          {template.name}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              ) : (
                <Field
                  id="rule-url-template"
                  label={t('urlTemplate')}
                  hint={t('urlTemplateHint')}
                  error={err('urlTemplate')}
                >
                  {({ id, describedBy, invalid }) => (
                    <input
                      id={id}
                      className={`${inputClass} font-mono`}
                      value={form.urlTemplate}
                      placeholder="https://crm.example.com/search?phone={{caller}}"
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      onChange={(event) => update({ urlTemplate: event.target.value })}
                    />
                  )}
                </Field>
              )}
            </fieldset>
          ) : null}
          <Variables />

          <div className="grid gap-4 sm:grid-cols-2">
            <TriStateField
              id="rule-autopause"
              label={t('autopause')}
              hint={t('autopauseHint')}
              value={form.autopause}
              error={err('autopause')}
              onChange={(autopause) => update({ autopause })}
            />
            <Field id="rule-autopause-reason" label={t('autopauseReason')} error={err('autopauseReason')}>
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  className={inputClass}
                  value={form.autopauseReason}
                  placeholder="backoffice"
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => update({ autopauseReason: event.target.value })}
                />
              )}
            </Field>
            <TriStateField
              id="rule-multitab"
              label={t('multitab')}
              hint={t('multitabHint')}
              value={form.multitab}
              error={err('multitab')}
              onChange={(multitab) => update({ multitab })}
            />
            <Field
              id="rule-title"
              label={t('titleTemplate')}
              hint={t('titleTemplateHint')}
              error={err('titleTemplate')}
            >
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  className={inputClass}
                  value={form.titleTemplate}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => update({ titleTemplate: event.target.value })}
                />
              )}
            </Field>
            <Field
              id="rule-executable-args"
              label={t('executableArgs')}
              hint={t('executableArgsHint')}
              error={err('executableArgs')}
            >
              {({ id, describedBy, invalid }) => (
                <textarea
                  id={id}
                  rows={3}
                  className={`${inputClass} font-mono`}
                  value={form.executableArgs}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => update({ executableArgs: event.target.value })}
                />
              )}
            </Field>
            <Field
              id="rule-shuttle-mode"
              label={t('shuttleMode')}
              hint={t('shuttleModeHint')}
              error={err('shuttleMode')}
            >
              {({ id, describedBy, invalid }) => (
                <select
                  id={id}
                  className={inputClass}
                  value={form.shuttleMode}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) =>
                    update({ shuttleMode: event.target.value as RuleFormState['shuttleMode'] })
                  }
                >
                  <option value="">{t('shuttleModes.default')}</option>
                  {SHUTTLE_MODES.map((mode) => (
                    <option key={mode} value={mode}>
                      {t(`shuttleModes.${mode}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>

          <fieldset className="space-y-3">
            <legend className="text-sm font-medium text-slate-700">{t('notification')}</legend>
            <Checkbox
              id="rule-notification-on"
              label={t('notificationOn')}
              checked={form.notification.on}
              onChange={(on) => update({ notification: { ...form.notification, on } })}
            />
            {form.notification.on ? (
              <div className="grid gap-3 sm:grid-cols-3">
                {(['type', 'title', 'body'] as const).map((key) => (
                  <Field
                    key={key}
                    id={`rule-notification-${key}`}
                    label={t(`notificationFields.${key}`)}
                    error={err(`notification.${key}`)}
                  >
                    {({ id, describedBy, invalid }) => (
                      <input
                        id={id}
                        className={inputClass}
                        value={form.notification[key]}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        onChange={(event) =>
                          update({ notification: { ...form.notification, [key]: event.target.value } })
                        }
                      />
                    )}
                  </Field>
                ))}
              </div>
            ) : null}
          </fieldset>
        </Section>

        <div className="flex flex-wrap gap-2">
          <button type="submit" className={buttonClass('primary')} disabled={saving}>
            {saving ? tc('actions.saving') : ruleId ? tc('actions.save') : t('create')}
          </button>
          <Link href="/admin/rules" className={buttonClass('secondary')}>
            {tc('actions.cancel')}
          </Link>
        </div>
      </form>

      <RuleSimulatorPanel
        draft={() => ({ rule: ruleInputFromForm(form), ...(ruleId ? { id: ruleId } : {}) })}
        onDraftIssues={setErrors}
      />
    </div>
  );
}

function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

function Checkbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="flex items-center gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="size-4 accent-teal-700"
      />
      <label htmlFor={id} className="text-sm text-slate-700">
        {label}
      </label>
    </div>
  );
}

function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  values,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  error: string | null;
  options: { value: string; label: string }[];
  values: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy}
      aria-invalid={Boolean(error)}
      className="outline-none"
    >
      <legend className="text-sm font-medium text-slate-700">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-1.5 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...values, option.value]
                    : values.filter((value) => value !== option.value),
                )
              }
              className="size-4 accent-teal-700"
            />
            {option.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-xs text-rose-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function TextCondition({
  id,
  label,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  value: TextConditionState;
  error: string | null;
  onChange: (value: TextConditionState) => void;
}) {
  const t = useTranslations('rules.editor');
  const hintId = `${id}-value-hint`;
  const errorId = `${id}-value-error`;
  return (
    <div>
      <label htmlFor={`${id}-value`} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2 sm:flex-nowrap">
        <select
          id={`${id}-op`}
          aria-label={t('operator', { field: label })}
          className={`${inputClass} sm:w-48`}
          value={value.op}
          onChange={(event) => onChange({ ...value, op: event.target.value as TTextOperator })}
        >
          {TEXT_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {t(`operators.${op}`)}
            </option>
          ))}
        </select>
        <input
          id={`${id}-value`}
          className={`${inputClass} ${value.op === 'pattern' ? 'font-mono' : ''}`}
          value={value.value}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={Boolean(error)}
          onChange={(event) => onChange({ ...value, value: event.target.value })}
        />
      </div>
      <p id={hintId} className="mt-1 text-xs text-slate-500">
        {t('textConditionHint')}
      </p>
      {error ? (
        <p id={errorId} className="mt-1 text-xs text-rose-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function TriStateField({
  id,
  label,
  hint,
  value,
  error,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: TriState;
  error: string | null;
  onChange: (value: TriState) => void;
}) {
  const t = useTranslations('rules.editor');
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {({ id: controlId, describedBy, invalid }) => (
        <select
          id={controlId}
          className={inputClass}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(event.target.value as TriState)}
        >
          <option value="unset">{t('triState.unset')}</option>
          <option value="true">{t('triState.true')}</option>
          <option value="false">{t('triState.false')}</option>
        </select>
      )}
    </Field>
  );
}

function Variables() {
  const t = useTranslations('rules.editor');
  return (
    <details className="text-sm text-slate-600">
      <summary className="cursor-pointer">{t('variables')}</summary>
      <p className="mt-1 text-xs">{t('variablesHint')}</p>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {[...RULE_TEMPLATE_VARIABLES, 'userData.<KEY>'].map((name) => (
          <li key={name}>
            <code className="rounded bg-slate-100 px-1 py-0.5 text-xs">{`{{${name}}}`}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
