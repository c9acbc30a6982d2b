'use client';

import type { TXivoIntegration } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { type FormEvent, useRef, useState } from 'react';
import { inputClass } from '@/components/admin/shared/field';
import { FieldError } from '@/components/admin/shared/field-error';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { integrationsApi } from '@/lib/admin/integrations-api';
import { CopyField } from './copy-field';
import { isOrigin, originIssues, originsToSave } from './integration-forms';
import { SaveBar } from './save-bar';

/** XiVO: where XucMgt calls Screenpop, and the XucMgt origins this tenant allows to call it. */
export function XivoCard({ initial }: { initial: TXivoIntegration }) {
  const t = useTranslations('integrations.xivo');
  const listRef = useRef<HTMLUListElement>(null);
  const [rows, setRows] = useState<string[]>(initial.settings.allowedOrigins);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const focusRow = (index: number) =>
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLInputElement>(`#xivo-origin-${index}`)?.focus(),
    );

  function edit(index: number, value: string) {
    setRows((current) => current.map((row, i) => (i === index ? value : row)));
    setErrors(({ [index]: _, ...rest }) => rest);
    setSaved(false);
  }

  function add() {
    setRows((current) => [...current, '']);
    focusRow(rows.length);
    setSaved(false);
  }

  function remove(index: number) {
    setRows((current) => current.filter((_, i) => i !== index));
    setErrors({});
    setSaved(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const origins = originsToSave(rows);
    const invalid: Record<number, string> = {};
    origins.forEach((origin, index) => {
      if (!isOrigin(origin)) invalid[index] = t('originInvalid', { value: origin });
    });
    setRows(origins);
    setErrors(invalid);
    const first = Object.keys(invalid).map(Number)[0];
    if (first !== undefined) return focusRow(first);

    setSaving(true);
    const result = await integrationsApi.saveXivo({ settings: { allowedOrigins: origins } });
    setSaving(false);
    if (result.ok) {
      setRows(result.data.settings.allowedOrigins);
      setSaved(true);
      return;
    }
    const byRow = originIssues(result.error?.issues);
    setErrors(byRow);
    const firstServer = Object.keys(byRow).map(Number)[0];
    if (firstServer !== undefined) focusRow(firstServer);
    else setFormError(result.message);
  }

  return (
    <Card title={t('title')} headingId="integration-xivo">
      <div className="space-y-5">
        <div className="space-y-3">
          <p className="text-sm text-slate-600">{t('connectIntro')}</p>
          <CopyField
            id="xivo-third-party-url"
            label="THIRD_PARTY_URL"
            value={initial.connection.thirdPartyUrl}
            hint={t('thirdPartyUrlHint')}
          />
          <CopyField
            id="xivo-login-url"
            label="THIRD_PARTY_LOGIN_URL"
            value={initial.connection.loginUrl}
            hint={t('loginUrlHint')}
          />
        </div>

        <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-slate-100 pt-4">
          <fieldset>
            <legend className="text-sm font-medium text-slate-700">{t('originsLabel')}</legend>
            <p id="xivo-origins-hint" className="mt-1 text-xs text-slate-500">
              {t('originsHint')}
            </p>
            {rows.length === 0 ? (
              <p className="mt-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-600">
                {t('originsEmpty')}
              </p>
            ) : null}
            <ul ref={listRef} className="mt-3 space-y-2">
              {rows.map((row, index) => {
                const error = errors[index];
                return (
                  <li key={index}>
                    <div className="flex gap-2">
                      <label htmlFor={`xivo-origin-${index}`} className="sr-only">
                        {t('originLabel', { n: index + 1 })}
                      </label>
                      <input
                        id={`xivo-origin-${index}`}
                        type="url"
                        inputMode="url"
                        placeholder="https://xuc.example.com"
                        value={row}
                        onChange={(event) => edit(index, event.target.value)}
                        aria-invalid={Boolean(error)}
                        aria-describedby={error ? `xivo-origin-${index}-error` : 'xivo-origins-hint'}
                        className={`${inputClass} font-mono`}
                      />
                      <button
                        type="button"
                        onClick={() => remove(index)}
                        aria-label={t('removeOrigin', { origin: row || t('originLabel', { n: index + 1 }) })}
                        className={buttonClass('ghost', 'shrink-0')}
                      >
                        {t('remove')}
                      </button>
                    </div>
                    <FieldError id={`xivo-origin-${index}-error`} message={error} />
                  </li>
                );
              })}
            </ul>
            <button type="button" onClick={add} className={buttonClass('secondary', 'mt-3')}>
              {t('addOrigin')}
            </button>
          </fieldset>
          <SaveBar saving={saving} saved={saved} savedText={t('saved')} error={formError} />
        </form>
      </div>
    </Card>
  );
}
