'use client';

import type { TContactView } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { contactsApi } from '@/lib/admin/contacts-api';

/** Asks before deleting; a modal dialog, so focus stays in it and Escape cancels. */
export function DeleteContactDialog({
  contact,
  onClose,
  onDeleted,
}: {
  contact: TContactView;
  onClose: () => void;
  onDeleted: (contact: TContactView) => void;
}) {
  const t = useTranslations('contacts');
  const tc = useTranslations('common');
  const dialog = useRef<HTMLDialogElement>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  async function confirm() {
    setDeleting(true);
    setError(null);
    const result = await contactsApi.remove(contact.id);
    if (result.ok || result.status === 404) {
      onDeleted(contact);
      return;
    }
    setDeleting(false);
    setError(result.message);
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="delete-contact-title"
      aria-describedby="delete-contact-body"
      onCancel={(event) => {
        event.preventDefault();
        if (!deleting) onClose();
      }}
      className="m-auto w-full max-w-md rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="delete-contact-title" className="text-lg font-semibold text-slate-900">
        {t('delete.title', { name: contact.name })}
      </h2>
      <p id="delete-contact-body" className="mt-2 text-sm text-slate-600">
        {t('delete.body')}
      </p>
      {error ? (
        <div className="mt-3">
          <Notice tone="error">{tc('states.error', { message: error })}</Notice>
        </div>
      ) : null}
      <div className="mt-5 flex justify-end gap-2">
        <button
          type="button"
          className={buttonClass('secondary')}
          onClick={onClose}
          disabled={deleting}
          autoFocus
        >
          {tc('actions.cancel')}
        </button>
        <button type="button" className={buttonClass('danger')} onClick={confirm} disabled={deleting}>
          {deleting ? t('delete.deleting') : t('delete.confirm')}
        </button>
      </div>
    </dialog>
  );
}
