'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button';
import { Notice } from './notice';

/** A list or page that could not be loaded: why, and a way to try again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useTranslations('common');
  return (
    <Notice tone="error">
      <span className="flex flex-wrap items-center justify-between gap-3">
        {t('states.error', { message })}
        <button type="button" className={buttonClass('secondary')} onClick={onRetry}>
          {t('actions.retry')}
        </button>
      </span>
    </Notice>
  );
}
