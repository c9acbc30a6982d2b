'use client';

import type { TContactView } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/admin/shared/confirm-dialog';
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
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

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
    <ConfirmDialog
      id="delete-contact"
      open
      title={t('delete.title', { name: contact.name })}
      error={error ? tc('states.error', { message: error }) : null}
      busy={deleting}
      cancelLabel={tc('actions.cancel')}
      confirmLabel={deleting ? t('delete.deleting') : t('delete.confirm')}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>{t('delete.body')}</p>
    </ConfirmDialog>
  );
}
