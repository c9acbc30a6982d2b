'use client';

import { FORM_TEMPLATE_LIMITS, type TFormTemplateDetail } from '@screenpop/contracts';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Field, inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { templatesApi } from '@/lib/admin/templates-api';
import { DeleteTemplateDialog } from './delete-template-dialog';
import { DispositionsEditor } from './dispositions-editor';
import { FieldEditor, type ListChange } from './field-editor';
import {
  controlId,
  draftFromTemplate,
  emptyDraft,
  type DraftErrors,
  type DraftProblem,
  type FieldDraft,
  focusAfterMove,
  focusAfterRemove,
  issuesToErrors,
  move,
  newField,
  orderedPaths,
  type TemplateDraft,
  toInput,
  validate,
  withFieldLabel,
  withFieldName,
} from './template-draft';
import { TemplatePreview } from './template-preview';

const ADD_FIELD_ID = 'template-add-field';

type Status =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

/** The builder: name, fields and dispositions on the left, the agent's form as it will look on the right. */
export function TemplateBuilderClient({
  template: initial,
  justCreated = false,
}: {
  template: TFormTemplateDetail | null;
  justCreated?: boolean;
}) {
  const t = useTranslations('templates');
  const common = useTranslations('common');
  const router = useRouter();
  const [template, setTemplate] = useState(initial);
  const [draft, setDraft] = useState<TemplateDraft>(() =>
    initial ? draftFromTemplate(initial) : emptyDraft(),
  );
  const [baseline, setBaseline] = useState(() => JSON.stringify(toInput(draft)));
  // Problems show once a save was tried, then follow each keystroke.
  const [checking, setChecking] = useState(false);
  // The API's own verdicts (a name already taken) until the administrator changes what they are about.
  const [serverErrors, setServerErrors] = useState<{ errors: DraftErrors; against: string } | null>(null);
  const [status, setStatus] = useState<Status>(justCreated ? { kind: 'saved' } : { kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<{ id: string; sequence: number } | null>(null);

  const describe = useCallback(
    (problem: DraftProblem): string => {
      switch (problem.kind) {
        case 'other':
          return problem.message;
        case 'tooLong':
        case 'tooMany':
          return t(`errors.${problem.kind}`, { max: problem.max });
        case 'duplicateKey':
        case 'duplicateCode':
        case 'duplicateValue':
          return t(`errors.${problem.kind}`, { value: problem.value });
        default:
          return t(`errors.${problem.kind}`);
      }
    },
    [t],
  );
  const current = JSON.stringify(toInput(draft));
  const dirty = current !== baseline;
  const errors = useMemo<DraftErrors>(() => {
    const server = serverErrors?.against === current ? serverErrors.errors : {};
    return { ...(checking ? validate(draft, describe) : {}), ...server };
  }, [checking, draft, current, serverErrors, describe]);
  // The count follows the fixes, and the message goes once nothing is left.
  const problems = Object.keys(errors).length;

  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function update(next: TemplateDraft, after?: { focus?: string; announce?: string }) {
    setDraft(next);
    if (status.kind === 'saved' || status.kind === 'failed') setStatus({ kind: 'idle' });
    if (after?.focus) setFocus({ id: after.focus, sequence: Date.now() });
    if (after?.announce) setAnnouncement(after.announce);
  }

  function setFields(fields: FieldDraft[], after?: { focus?: string; announce?: string }) {
    update({ ...draft, fields }, after);
  }

  function patchField(id: string, patch: Partial<FieldDraft>) {
    setFields(draft.fields.map((field) => (field.id === id ? { ...field, ...patch } : field)));
  }

  function addField() {
    const field = newField();
    setFields([...draft.fields, field], { focus: `${field.id}-label` });
  }

  function removeField(field: FieldDraft, index: number) {
    const remaining = draft.fields.filter((other) => other.id !== field.id);
    setFields(remaining, {
      focus: focusAfterRemove(remaining, index, 'label', ADD_FIELD_ID),
      announce: t('field.removed', { name: field.label.trim() || t('field.untitled') }),
    });
  }

  function moveField(field: FieldDraft, index: number, by: -1 | 1) {
    const to = index + by;
    setFields(move(draft.fields, field.id, by), {
      focus: focusAfterMove(field.id, to, draft.fields.length, by),
      announce: t('moved', {
        name: field.label.trim() || t('field.untitled'),
        position: to + 1,
        count: draft.fields.length,
      }),
    });
  }

  function focusFirstProblem(found: DraftErrors) {
    const [first] = orderedPaths(draft, found);
    const id = first ? controlId(draft, first) : null;
    setFocus({ id: id ?? 'template-status', sequence: Date.now() });
  }

  async function save() {
    setChecking(true);
    const local = validate(draft, describe);
    if (Object.keys(local).length > 0) {
      setStatus({ kind: 'invalid' });
      focusFirstProblem(local);
      return;
    }
    setStatus({ kind: 'saving' });
    const body = toInput(draft);
    const result = template ? await templatesApi.update(template.id, body) : await templatesApi.create(body);
    if (result.ok) {
      if (!template) {
        setBaseline(current);
        router.replace(`/admin/templates/${result.data.id}?created=1`);
        return;
      }
      setTemplate(result.data);
      setBaseline(JSON.stringify(toInput(draftFromTemplate(result.data))));
      setDraft((previous) => ({ ...previous, name: result.data.name }));
      setServerErrors(null);
      setStatus({ kind: 'saved' });
      return;
    }
    const issues = result.status === 400 ? (result.error?.issues ?? []) : [];
    if (issues.length > 0) {
      const found = issuesToErrors(issues, t('errors.nameTaken'));
      setServerErrors({ errors: found, against: current });
      setStatus({ kind: 'invalid' });
      focusFirstProblem(found);
      return;
    }
    const message =
      result.status === null
        ? common('states.networkError')
        : result.status === 404
          ? t('builder.gone')
          : result.message;
    setStatus({ kind: 'failed', message });
    setFocus({ id: 'template-status', sequence: Date.now() });
  }

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
      <form
        noValidate
        aria-labelledby="template-builder-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        className="min-w-0 space-y-6"
      >
        <h2 id="template-builder-heading" className="sr-only">
          {t('builder.heading')}
        </h2>
        <div id="template-status" tabIndex={-1} className="space-y-2 focus:outline-none">
          {status.kind === 'saved' ? (
            <Notice tone="success">
              {justCreated && !dirty ? t('builder.created') : t('builder.saved')}
            </Notice>
          ) : status.kind === 'invalid' && problems > 0 ? (
            <Notice tone="error">{t('builder.invalid', { count: problems })}</Notice>
          ) : status.kind === 'failed' ? (
            <Notice tone="error">{t('builder.failed', { message: status.message })}</Notice>
          ) : null}
        </div>

        <div className="max-w-md">
          <Field
            id="template-name"
            label={t('builder.name')}
            hint={t('builder.nameHint')}
            error={errors.name}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                value={draft.name}
                maxLength={FORM_TEMPLATE_LIMITS.name}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => update({ ...draft, name: event.target.value })}
                className={`${inputClass} bg-white`}
              />
            )}
          </Field>
        </div>

        <section aria-labelledby="template-fields-heading">
          <h2 id="template-fields-heading" className="text-base font-semibold text-slate-900">
            {t('builder.fields')}
          </h2>
          <p className="mt-0.5 mb-3 text-sm text-slate-600">{t('builder.fieldsHint')}</p>
          {draft.fields.length > 0 ? (
            <ol className="space-y-3">
              {draft.fields.map((field, index) => (
                <FieldEditor
                  key={field.id}
                  field={field}
                  index={index}
                  count={draft.fields.length}
                  errors={errors}
                  onLabel={(label) => setFields(withFieldLabel(draft, field.id, label))}
                  onName={(name) => setFields(withFieldName(draft, field.id, name))}
                  onPatch={(patch) => patchField(field.id, patch)}
                  onOptions={(change: ListChange<FieldDraft['options'][number]>) =>
                    setFields(
                      draft.fields.map((other) =>
                        other.id === field.id ? { ...other, options: change.items } : other,
                      ),
                      change,
                    )
                  }
                  onMove={(by) => moveField(field, index, by)}
                  onRemove={() => removeField(field, index)}
                />
              ))}
            </ol>
          ) : (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-3 text-sm text-slate-600">
              {t('builder.noFields')}
            </p>
          )}
          <div className="mt-3">
            <button
              type="button"
              id={ADD_FIELD_ID}
              className={buttonClass('secondary')}
              disabled={draft.fields.length >= FORM_TEMPLATE_LIMITS.fields}
              onClick={addField}
            >
              {t('builder.addField')}
            </button>
            {errors.fields ? <p className="mt-1 text-xs text-rose-700">{errors.fields}</p> : null}
          </div>
        </section>

        <section aria-labelledby="template-dispositions-heading">
          <h2 id="template-dispositions-heading" className="text-base font-semibold text-slate-900">
            {t('builder.dispositions')}
          </h2>
          <p className="mt-0.5 mb-3 text-sm text-slate-600">{t('builder.dispositionsHint')}</p>
          <DispositionsEditor
            items={draft.dispositions}
            errors={errors}
            onChange={(change) => update({ ...draft, dispositions: change.items }, change)}
          />
        </section>

        {template ? <UsedBy template={template} /> : null}

        <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-white/95 px-4 py-3 shadow-sm ring-1 ring-slate-200 backdrop-blur">
          <p className="text-sm text-slate-600">
            {template ? t('builder.appliesTo') : t('builder.afterCreate')}
          </p>
          <div className="flex flex-wrap gap-2">
            <Link
              href="/admin/templates"
              className={buttonClass('secondary')}
              onClick={(event) => {
                if (dirty && !window.confirm(t('builder.discard'))) event.preventDefault();
              }}
            >
              {common('actions.back')}
            </Link>
            {template ? (
              <DeleteTemplateDialog
                id={template.id}
                name={template.name}
                rules={template.rules}
                onDeleted={() => {
                  setBaseline(current);
                  router.push(`/admin/templates?deleted=${encodeURIComponent(template.name)}`);
                }}
              />
            ) : null}
            <button
              type="submit"
              className={buttonClass('primary', 'min-w-32')}
              disabled={status.kind === 'saving'}
              aria-describedby="template-status"
            >
              {status.kind === 'saving'
                ? common('actions.saving')
                : template
                  ? t('builder.save')
                  : t('builder.create')}
            </button>
          </div>
        </div>

        <p role="status" aria-live="polite" className="sr-only">
          {status.kind === 'saving' ? common('actions.saving') : announcement}
        </p>
      </form>

      <aside className="min-w-0 xl:sticky xl:top-6 xl:self-start">
        <TemplatePreview draft={draft} />
      </aside>
    </div>
  );
}

function UsedBy({ template }: { template: TFormTemplateDetail }) {
  const t = useTranslations('templates.builder');
  return (
    <section
      aria-labelledby="template-rules-heading"
      className="rounded-lg bg-white p-4 text-sm shadow-sm ring-1 ring-slate-200"
    >
      <h2 id="template-rules-heading" className="font-semibold text-slate-900">
        {t('usedBy')}
      </h2>
      {template.rules.length === 0 ? (
        <p className="mt-1 text-slate-600">{t('unused')}</p>
      ) : (
        <ul className="mt-1 list-disc pl-5 text-slate-700" data-testid="template-rules">
          {template.rules.map((rule) => (
            <li key={rule.id}>
              {rule.name}
              {rule.enabled ? null : <span className="text-slate-500"> ({t('ruleDisabled')})</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
