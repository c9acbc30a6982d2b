'use client';

import { type ReactNode, useEffect, useRef } from 'react';
import { buttonClass } from '@/components/ui/button';
import { Notice } from './notice';

/**
 * A modal "are you sure?": focus stays in it, Cancel is focused first, and Escape cancels unless the
 * action is under way. Without `onConfirm` it only explains (and `cancelLabel` says Close).
 */
export function ConfirmDialog({
  id,
  open,
  title,
  children,
  error,
  busy,
  cancelLabel,
  confirmLabel,
  onConfirm,
  onClose,
  testId,
}: {
  /** Prefix of the title's and body's ids. */
  id: string;
  open: boolean;
  title: ReactNode;
  children: ReactNode;
  error: string | null;
  busy: boolean;
  cancelLabel: string;
  confirmLabel?: string;
  onConfirm?: () => void;
  onClose: () => void;
  testId?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  useEffect(() => {
    const element = dialog.current;
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
      className="m-auto w-full max-w-md rounded-lg bg-white p-5 shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/40"
    >
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div id={`${id}-body`} className="mt-2 space-y-2 text-sm text-slate-700">
        {children}
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
          disabled={busy}
          onClick={onClose}
          autoFocus
        >
          {cancelLabel}
        </button>
        {onConfirm ? (
          <button type="button" className={buttonClass('danger')} disabled={busy} onClick={onConfirm}>
            {confirmLabel}
          </button>
        ) : null}
      </div>
    </dialog>
  );
}
