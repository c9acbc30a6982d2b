'use client';

import type { TFormTemplateRuleRef } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { templatesApi } from '@/lib/admin/templates-api';

/**
 * Delete with a confirmation. While rules open the template it cannot be deleted: the dialog names
 * them instead. Past forms keep their data, which the dialog says before anything is deleted.
 */
export function DeleteTemplateDialog({
  id,
  name,
  rules,
  onDeleted,
}: {
  id: string;
  name: string;
  rules: readonly TFormTemplateRuleRef[];
  onDeleted: () => void;
}) {
  const t = useTranslations('templates.delete');
  const common = useTranslations('common');
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blocked = rules.length > 0;

  async function confirm() {
    setDeleting(true);
    setError(null);
    const result = await templatesApi.remove(id);
    if (result.ok || result.status === 404) {
      dialog.current?.close();
      onDeleted();
      return;
    }
    setDeleting(false);
    setError(result.status === null ? common('states.networkError') : result.message);
  }

  return (
    <>
      <button
        type="button"
        className={buttonClass('danger')}
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
      >
        {t('open')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-template-title"
        aria-describedby="delete-template-body"
        data-testid="delete-template-dialog"
        className="m-auto w-full max-w-md rounded-lg bg-white p-5 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
      >
        <h2 id="delete-template-title" className="text-base font-semibold text-slate-900">
          {blocked ? t('blockedTitle', { name }) : t('title', { name })}
        </h2>
        <div id="delete-template-body" className="mt-2 space-y-2 text-sm text-slate-700">
          {blocked ? (
            <>
              <p>{t('blockedBody', { count: rules.length })}</p>
              <ul className="list-disc pl-5">
                {rules.map((rule) => (
                  <li key={rule.id}>
                    {rule.name}
                    {rule.enabled ? null : <span className="text-slate-500"> ({t('disabled')})</span>}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>{t('body')}</p>
              <p>{t('irreversible')}</p>
            </>
          )}
        </div>
        {error ? (
          <div className="mt-3">
            <Notice tone="error">{error}</Notice>
          </div>
        ) : null}
        <div className="mt-5 flex justify-end gap-2">
          <button
            type="button"
            className={buttonClass('secondary')}
            disabled={deleting}
            onClick={() => dialog.current?.close()}
            autoFocus
          >
            {blocked ? common('actions.close') : common('actions.cancel')}
          </button>
          {blocked ? null : (
            <button
              type="button"
              className={buttonClass('danger')}
              disabled={deleting}
              onClick={() => void confirm()}
            >
              {deleting ? t('deleting') : t('confirm')}
            </button>
          )}
        </div>
      </dialog>
    </>
  );
}
