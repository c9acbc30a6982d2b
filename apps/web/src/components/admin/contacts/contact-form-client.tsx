'use client';

import { CONTACT_MAX_PHONES, type TContactInput, type TContactView } from '@screenpop/contracts';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Field, inputClass } from '@/components/admin/shared/field';
import { LoadError } from '@/components/admin/shared/load-error';
import { Notice } from '@/components/admin/shared/notice';
import { TextField } from '@/components/admin/shared/text-field';
import { FieldError } from '@/components/admin/shared/field-error';
import { buttonClass } from '@/components/ui/button';
import { contactsApi } from '@/lib/admin/contacts-api';
import type { ApiResult } from '@/lib/api-client';

interface PhoneLine {
  key: number;
  value: string;
}

interface Draft {
  name: string;
  company: string;
  email: string;
  phones: PhoneLine[];
  notes: string;
}

/** Messages by field: `name`, `email`, `phones` (the list), `phones.1` (one number)… */
type Errors = Record<string, string>;

let nextKey = 0;
const line = (value = ''): PhoneLine => ({ key: nextKey++, value });

function draftOf(contact: TContactView | null): Draft {
  return {
    name: contact?.name ?? '',
    company: contact?.company ?? '',
    email: contact?.email ?? '',
    phones: contact?.phones.length ? contact.phones.map((phone) => line(phone)) : [line()],
    notes: contact?.notes ?? '',
  };
}

function inputOf(draft: Draft): TContactInput {
  return {
    name: draft.name,
    company: draft.company || null,
    email: draft.email || null,
    phones: draft.phones.map((phone) => phone.value),
    notes: draft.notes || null,
  };
}

function errorsOf(result: Extract<ApiResult<unknown>, { ok: false }>): {
  fields: Errors;
  form: string | null;
} {
  if (result.status === 409) return { fields: { email: result.message }, form: null };
  const issues = result.error?.issues ?? [];
  if (!issues.length) return { fields: {}, form: result.message };
  const fields: Errors = {};
  for (const issue of issues) fields[issue.path] ??= issue.message;
  return { fields, form: null };
}

type Loaded =
  { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready' };

/** Adds a contact, or edits the one with this id. */
export function ContactFormClient({ id }: { id?: string }) {
  const t = useTranslations('contacts');
  const tc = useTranslations('common');
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded>(id ? { status: 'loading' } : { status: 'ready' });
  const [draft, setDraft] = useState<Draft>(() => draftOf(null));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    contactsApi
      .get(id, controller.signal)
      .then((result) => {
        if (result.ok) {
          setDraft(draftOf(result.data));
          setLoaded({ status: 'ready' });
        } else {
          setLoaded(
            result.status === 404 ? { status: 'missing' } : { status: 'error', message: result.message },
          );
        }
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [id, attempt]);

  // After a failed save, the first field to fix gets the focus.
  useEffect(() => {
    if (!Object.keys(errors).length) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const set = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const setPhone = (key: number, value: string) =>
    set({ phones: draft.phones.map((phone) => (phone.key === key ? { ...phone, value } : phone)) });

  function addPhone() {
    set({ phones: [...draft.phones, line()] });
    // The new line is rendered on the next paint.
    window.requestAnimationFrame(() =>
      form.current?.querySelector<HTMLInputElement>('[data-phone]:last-of-type input')?.focus(),
    );
  }

  function removePhone(index: number) {
    set({ phones: draft.phones.filter((_, i) => i !== index) });
    // Indexes after the removed line shift: their messages no longer point at them.
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([path]) => !path.startsWith('phones.'))),
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setFormError(null);
    const body = inputOf(draft);
    const result = id ? await contactsApi.update(id, body) : await contactsApi.create(body);
    if (result.ok) {
      const params = new URLSearchParams({ [id ? 'updated' : 'created']: result.data.name });
      router.push(`/admin/contacts?${params.toString()}`);
      return;
    }
    setSaving(false);
    const { fields, form: message } = errorsOf(result);
    setErrors(fields);
    setFormError(message ?? (Object.keys(fields).length ? t('form.fixErrors') : null));
  }

  if (loaded.status === 'loading') {
    return (
      <p role="status" className="text-sm text-slate-600">
        {tc('states.loading')}
      </p>
    );
  }
  if (loaded.status === 'missing' || loaded.status === 'error') {
    return (
      <div className="space-y-3">
        {loaded.status === 'missing' ? (
          <Notice tone="error">{t('form.notFound')}</Notice>
        ) : (
          <LoadError message={loaded.message} onRetry={() => setAttempt((n) => n + 1)} />
        )}
        <div className="flex gap-2">
          <Link href="/admin/contacts" className={buttonClass('secondary')}>
            {t('form.backToList')}
          </Link>
        </div>
      </div>
    );
  }

  const optional = (label: string) => (
    <>
      {label}
      <span className="font-normal text-slate-500"> ({t('form.optional')})</span>
    </>
  );
  const phonesError = errors.phones;

  return (
    <form
      ref={form}
      onSubmit={onSubmit}
      noValidate
      className="max-w-2xl space-y-5 rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200"
    >
      {formError ? <Notice tone="error">{formError}</Notice> : null}

      <TextField
        id="contact-name"
        label={t('fields.name')}
        error={errors.name}
        value={draft.name}
        onValueChange={(name) => set({ name })}
        required
        autoComplete="off"
        autoFocus={!id}
      />

      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id="contact-company"
          label={optional(t('fields.company'))}
          error={errors.company}
          value={draft.company}
          onValueChange={(company) => set({ company })}
          autoComplete="off"
        />
        <TextField
          id="contact-email"
          label={optional(t('fields.email'))}
          error={errors.email}
          type="email"
          value={draft.email}
          onValueChange={(email) => set({ email })}
          autoComplete="off"
        />
      </div>

      <fieldset aria-describedby={`contact-phones-hint${phonesError ? ' contact-phones-error' : ''}`}>
        <legend className="block text-sm font-medium text-slate-700">{t('fields.phones')}</legend>
        <p id="contact-phones-hint" className="mt-1 text-xs text-slate-500">
          {t('form.phonesHint')}
        </p>
        <ul className="mt-2 space-y-2">
          {draft.phones.map((phone, index) => {
            const error = errors[`phones.${index}`];
            const inputId = `contact-phone-${phone.key}`;
            return (
              <li key={phone.key} data-phone>
                <div className="flex items-center gap-2">
                  <label htmlFor={inputId} className="sr-only">
                    {t('fields.phone', { n: index + 1 })}
                  </label>
                  <input
                    id={inputId}
                    type="tel"
                    value={phone.value}
                    onChange={(event) => setPhone(phone.key, event.target.value)}
                    aria-invalid={Boolean(error) || (Boolean(phonesError) && index === 0)}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    autoComplete="off"
                    className={`${inputClass} max-w-xs font-mono`}
                  />
                  {draft.phones.length > 1 ? (
                    <button
                      type="button"
                      className={buttonClass('ghost')}
                      onClick={() => removePhone(index)}
                      aria-label={t('form.removePhone', { n: index + 1 })}
                    >
                      ×
                    </button>
                  ) : null}
                </div>
                <FieldError id={`${inputId}-error`} message={error} />
              </li>
            );
          })}
        </ul>
        <FieldError id="contact-phones-error" message={phonesError} />
        {draft.phones.length < CONTACT_MAX_PHONES ? (
          <button type="button" className={buttonClass('secondary', 'mt-2')} onClick={addPhone}>
            {t('form.addPhone')}
          </button>
        ) : null}
      </fieldset>

      <Field id="contact-notes" label={optional(t('fields.notes'))} error={errors.notes}>
        {({ id: fieldId, describedBy, invalid }) => (
          <textarea
            id={fieldId}
            rows={4}
            value={draft.notes}
            onChange={(event) => set({ notes: event.target.value })}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>

      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass('primary')} disabled={saving}>
          {id ? (saving ? t('form.saving') : t('form.save')) : saving ? t('form.creating') : t('form.create')}
        </button>
        <Link href="/admin/contacts" className={buttonClass('secondary')}>
          {tc('actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
