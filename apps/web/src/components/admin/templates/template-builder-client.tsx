'use client';

import { FORM_TEMPLATE_LIMITS, type TFormTemplateDetail } from '@screenpop/contracts';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { TextField } from '@/components/admin/shared/text-field';
import { buttonClass } from '@/components/ui/button';
import { templatesApi } from '@/lib/admin/templates-api';
import { DeleteTemplateDialog } from './delete-template-dialog';
import { DispositionsEditor } from './dispositions-editor';
import { FieldEditor } from './field-editor';
import { ItemList, useItemList } from './item-list';
import {
  controlId,
  draftFromTemplate,
  emptyDraft,
  type DraftErrors,
  type DraftProblem,
  type FieldDraft,
  issuesToErrors,
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

  const fields = useItemList({
    kind: 'field',
    items: draft.fields,
    addId: ADD_FIELD_ID,
    create: newField,
    onChange: (change) => setFields(change.items, change),
  });

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
          <TextField
            id="template-name"
            label={t('builder.name')}
            hint={t('builder.nameHint')}
            error={errors.name}
            value={draft.name}
            maxLength={FORM_TEMPLATE_LIMITS.name}
            onValueChange={(name) => update({ ...draft, name })}
            className={`${inputClass} bg-white`}
          />
        </div>

        <BuilderSection
          id="template-fields-heading"
          title={t('builder.fields')}
          hint={t('builder.fieldsHint')}
        >
          <ItemList
            items={draft.fields}
            className="space-y-3"
            empty={t('builder.noFields')}
            addId={ADD_FIELD_ID}
            addLabel={t('builder.addField')}
            addDisabled={draft.fields.length >= FORM_TEMPLATE_LIMITS.fields}
            error={errors.fields}
            errorId="template-fields-error"
            onAdd={fields.add}
          >
            {(field, index) => (
              <FieldEditor
                key={field.id}
                field={field}
                index={index}
                errors={errors}
                actions={fields.actions(field, index)}
                onLabel={(label) => setFields(withFieldLabel(draft, field.id, label))}
                onName={(name) => setFields(withFieldName(draft, field.id, name))}
                onPatch={(patch) => patchField(field.id, patch)}
                onOptions={(change) =>
                  setFields(
                    draft.fields.map((other) =>
                      other.id === field.id ? { ...other, options: change.items } : other,
                    ),
                    change,
                  )
                }
              />
            )}
          </ItemList>
        </BuilderSection>

        <BuilderSection
          id="template-dispositions-heading"
          title={t('builder.dispositions')}
          hint={t('builder.dispositionsHint')}
        >
          <DispositionsEditor
            items={draft.dispositions}
            errors={errors}
            onChange={(change) => update({ ...draft, dispositions: change.items }, change)}
          />
        </BuilderSection>

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

/** A titled part of the builder's form: what it holds, then its editor. */
function BuilderSection({
  id,
  title,
  hint,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-0.5 mb-3 text-sm text-slate-600">{hint}</p>
      {children}
    </section>
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
