'use client';

import { useTranslations } from 'next-intl';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';

/** The end of an integration's form: why the save failed or that it worked, then Save. */
export function SaveBar({
  saving,
  saved,
  savedText,
  error,
}: {
  saving: boolean;
  saved: boolean;
  savedText: string;
  error: string | null;
}) {
  const tc = useTranslations('common.actions');
  return (
    <>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {saved ? <Notice tone="success">{savedText}</Notice> : null}
      <button type="submit" disabled={saving} className={buttonClass('primary')}>
        {saving ? tc('saving') : tc('save')}
      </button>
    </>
  );
}
