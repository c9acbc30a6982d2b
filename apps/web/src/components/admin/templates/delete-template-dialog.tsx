'use client';

import type { TFormTemplateRuleRef } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/admin/shared/confirm-dialog';
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
  const [open, setOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blocked = rules.length > 0;

  async function confirm() {
    setDeleting(true);
    setError(null);
    const result = await templatesApi.remove(id);
    if (result.ok || result.status === 404) {
      setOpen(false);
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
          setOpen(true);
        }}
      >
        {t('open')}
      </button>
      <ConfirmDialog
        id="delete-template"
        testId="delete-template-dialog"
        open={open}
        title={blocked ? t('blockedTitle', { name }) : t('title', { name })}
        error={error}
        busy={deleting}
        cancelLabel={blocked ? common('actions.close') : common('actions.cancel')}
        confirmLabel={deleting ? t('deleting') : t('confirm')}
        onConfirm={blocked ? undefined : () => void confirm()}
        onClose={() => setOpen(false)}
      >
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
      </ConfirmDialog>
    </>
  );
}
