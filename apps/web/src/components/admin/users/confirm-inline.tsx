'use client';

import { useTranslations } from 'next-intl';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { buttonClass } from '@/components/ui/button';

/** "Are you sure?" in place, the confirm button focused; Escape or Cancel backs out. */
export function ConfirmInline({
  message,
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: {
  message: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const tc = useTranslations('common.actions');
  const confirmRef = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  useEffect(() => confirmRef.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-describedby={messageId}
      aria-label={confirmLabel}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      className="space-y-3 rounded-md bg-rose-50 p-3 ring-1 ring-rose-200 ring-inset"
    >
      <p id={messageId} className="text-sm text-rose-900">
        {message}
      </p>
      <div className="flex gap-2">
        <button
          ref={confirmRef}
          type="button"
          disabled={busy}
          onClick={onConfirm}
          className={buttonClass('danger')}
        >
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} className={buttonClass('secondary')}>
          {tc('cancel')}
        </button>
      </div>
    </div>
  );
}
