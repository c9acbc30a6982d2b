'use client';

import { useTranslations } from 'next-intl';

const iconButton =
  'inline-flex size-8 items-center justify-center rounded-md text-slate-600 ring-1 ring-slate-300 ring-inset ' +
  'hover:bg-slate-50 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 ' +
  'focus-visible:outline-teal-600 disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent';

const icons = {
  up: 'M10 4.5a1 1 0 0 1 .7.3l4.5 4.5a1 1 0 1 1-1.4 1.4L11 7.9V15a1 1 0 1 1-2 0V7.9l-2.8 2.8a1 1 0 0 1-1.4-1.4l4.5-4.5a1 1 0 0 1 .7-.3Z',
  down: 'M10 15.5a1 1 0 0 1-.7-.3l-4.5-4.5a1 1 0 1 1 1.4-1.4L9 12.1V5a1 1 0 1 1 2 0v7.1l2.8-2.8a1 1 0 1 1 1.4 1.4l-4.5 4.5a1 1 0 0 1-.7.3Z',
  remove:
    'M6.3 5.3a1 1 0 0 1 1.4 0L10 7.6l2.3-2.3a1 1 0 1 1 1.4 1.4L11.4 9l2.3 2.3a1 1 0 0 1-1.4 1.4L10 10.4l-2.3 2.3a1 1 0 0 1-1.4-1.4L8.6 9 6.3 6.7a1 1 0 0 1 0-1.4Z',
} as const;

export interface ItemActionsProps {
  idPrefix: string;
  /** How the entry is announced: `field "Reason"`. */
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * Move up, move down and remove for one entry of a list (field, option, disposition). Buttons, not
 * dragging, so the keyboard and screen readers can reorder; `idPrefix` lets the builder put focus back.
 */
export function ItemActions({ idPrefix, name, index, count, onMove, onRemove }: ItemActionsProps) {
  const t = useTranslations('templates.item');
  const button = (action: keyof typeof icons, label: string, onClick: () => void, disabled?: boolean) => (
    <button
      type="button"
      id={`${idPrefix}-${action}`}
      className={action === 'remove' ? `${iconButton} hover:text-rose-700` : iconButton}
      disabled={disabled}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
        <path d={icons[action]} />
      </svg>
    </button>
  );
  return (
    <div className="flex shrink-0 items-center gap-1">
      {button('up', t('moveUp', { name }), () => onMove(-1), index === 0)}
      {button('down', t('moveDown', { name }), () => onMove(1), index === count - 1)}
      {button('remove', t('remove', { name }), onRemove)}
    </div>
  );
}
