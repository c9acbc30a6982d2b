'use client';

import type { TIntegrationTokenCreated } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Field, inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { integrationsApi } from '@/lib/admin/integrations-api';
import { CopyField } from './copy-field';
import { issueFor } from './integration-forms';

/**
 * Names a new relay token, then shows it once with a copy button. The token lives only in this
 * dialog's state and is dropped when it closes.
 */
export function CreateTokenDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const t = useTranslations('integrations.tokens');
  const tc = useTranslations('common.actions');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [created, setCreated] = useState<TIntegrationTokenCreated | null>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setFormError(null);
    if (!name.trim()) {
      setError(t('nameRequired'));
      return;
    }
    setSaving(true);
    const result = await integrationsApi.createToken({ name });
    setSaving(false);
    if (result.ok) {
      setCreated(result.data);
      onCreated();
      return;
    }
    const named = issueFor(result.error?.issues, 'name');
    if (named) setError(named);
    else setFormError(result.message);
  }

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="create-token-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-full max-w-lg rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      <div className="space-y-4 p-5">
        <h2 id="create-token-title" className="text-lg font-semibold text-slate-900">
          {created ? t('createdTitle') : t('createTitle')}
        </h2>
        {created ? (
          <>
            <Notice tone="info">{t('shownOnce')}</Notice>
            <CopyField
              id="created-token"
              label={t('tokenLabel', { name: created.name })}
              value={created.token}
            />
            <div className="flex justify-end">
              <button type="button" onClick={onClose} className={buttonClass('primary')} autoFocus>
                {t('done')}
              </button>
            </div>
          </>
        ) : (
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            <Field id="token-name" label={t('name')} hint={t('nameHint')} error={error}>
              {(wiring) => (
                <input
                  id={wiring.id}
                  value={name}
                  maxLength={100}
                  autoFocus
                  onChange={(event) => setName(event.target.value)}
                  aria-describedby={wiring.describedBy}
                  aria-invalid={wiring.invalid}
                  className={inputClass}
                />
              )}
            </Field>
            {formError ? <Notice tone="error">{formError}</Notice> : null}
            <div className="flex justify-end gap-2">
              <button type="button" onClick={onClose} className={buttonClass('secondary')}>
                {tc('cancel')}
              </button>
              <button type="submit" disabled={saving} className={buttonClass('primary')}>
                {saving ? t('creating') : t('create')}
              </button>
            </div>
          </form>
        )}
      </div>
    </dialog>
  );
}
