'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { inputClass } from '@/components/admin/shared/field';
import { buttonClass } from '@/components/ui/button';

/** A value to paste elsewhere: read-only, selectable, with a copy button that says when it worked. */
export function CopyField({
  id,
  label,
  value,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  hint?: string;
}) {
  const t = useTranslations('integrations.copy');
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className={`${inputClass} font-mono text-xs`}
        />
        <button type="button" onClick={() => void copy()} className={buttonClass('secondary', 'shrink-0')}>
          {state === 'copied' ? t('copied') : t('copy')}
        </button>
      </div>
      <p role="status" className="sr-only">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('failed') : ''}
      </p>
      {state === 'failed' ? <p className="mt-1 text-xs text-rose-700">{t('failed')}</p> : null}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The browser's time zone, so dates read as the person's local time. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
