'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { buttonClass } from '@/components/ui/button';
import { Notice } from './notice';

/**
 * A list or page that could not be loaded: why, and a way to try again. `text` says it in the area's
 * own words instead of the common "Something went wrong: …".
 */
export function LoadError({
  message,
  text,
  onRetry,
}: {
  message: string;
  text?: ReactNode;
  onRetry: () => void;
}) {
  const t = useTranslations('common');
  return (
    <Notice tone="error">
      <span className="flex flex-wrap items-center justify-between gap-3">
        {text ?? t('states.error', { message })}
        <button type="button" className={buttonClass('secondary')} onClick={onRetry}>
          {t('actions.retry')}
        </button>
      </span>
    </Notice>
  );
}
