'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { inputClass } from '@/components/admin/shared/field';
import { TextField } from '@/components/admin/shared/text-field';
import { FieldError } from '@/components/admin/shared/field-error';
import { buttonClass } from '@/components/ui/button';
import { ItemActions, type ItemActionsProps } from './item-actions';
import { focusAfterMove, focusAfterRemove, move } from './template-draft';

export interface ListChange<T> {
  items: T[];
  /** The control to focus afterwards. */
  focus?: string;
  /** What to tell screen reader users. */
  announce?: string;
}

/** The lists the builder edits; each names its entries with `<kind>.untitled`, `.itemName` and `.removed`. */
type ItemKind = 'field' | 'option' | 'disposition';

/**
 * Adding, moving and removing the entries of one list. Each change says where focus goes (the new
 * entry's label, the button pressed, the entry now in the removed one's place) and what to announce.
 */
export function useItemList<T extends { id: string; label: string }>({
  kind,
  items,
  addId,
  create,
  onChange,
}: {
  kind: ItemKind;
  items: T[];
  /** The add button: where focus goes once the list is empty. */
  addId: string;
  create: () => T;
  onChange: (change: ListChange<T>) => void;
}) {
  const t = useTranslations('templates');
  const title = (item: T) => item.label.trim() || t(`${kind}.untitled`);

  function add() {
    const item = create();
    onChange({ items: [...items, item], focus: `${item.id}-label` });
  }

  function actions(item: T, index: number): ItemActionsProps {
    return {
      idPrefix: item.id,
      name: t(`${kind}.itemName`, { name: title(item) }),
      index,
      count: items.length,
      onMove: (by) => {
        const to = index + by;
        onChange({
          items: move(items, item.id, by),
          focus: focusAfterMove(item.id, to, items.length, by),
          announce: t('moved', { name: title(item), position: to + 1, count: items.length }),
        });
      },
      onRemove: () => {
        const remaining = items.filter((other) => other.id !== item.id);
        onChange({
          items: remaining,
          focus: focusAfterRemove(remaining, index, 'label', addId),
          announce: t(`${kind}.removed`, { name: title(item) }),
        });
      },
    };
  }

  return { title, add, actions };
}

/** A list's entries (or what an empty list means), then its add button and the list's own error. */
export function ItemList<T extends { id: string }>({
  items,
  className,
  empty,
  children,
  addId,
  addLabel,
  addDisabled,
  error,
  errorId,
  onAdd,
}: {
  items: T[];
  className: string;
  empty?: ReactNode;
  children: (item: T, index: number) => ReactNode;
  addId: string;
  addLabel: string;
  addDisabled?: boolean;
  error: string | undefined;
  errorId: string;
  onAdd: () => void;
}) {
  return (
    <>
      {items.length > 0 ? (
        <ol className={className}>{items.map(children)}</ol>
      ) : empty ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-3 text-sm text-slate-600">
          {empty}
        </p>
      ) : null}
      <div className="mt-3">
        <button
          type="button"
          id={addId}
          className={buttonClass('secondary')}
          disabled={addDisabled}
          aria-describedby={error ? errorId : undefined}
          onClick={onAdd}
        >
          {addLabel}
        </button>
        <FieldError id={errorId} message={error} />
      </div>
    </>
  );
}

interface PairInput {
  id: string;
  label: string;
  value: string;
  maxLength: number;
  error: string | undefined;
  onValueChange: (value: string) => void;
}

/**
 * An entry made of a label and the code stored for it (a list's option, a disposition), side by side,
 * with its move and remove buttons. The code is typed as is: no spelling check, no autofill.
 */
export function LabelCodeItem({
  testId,
  className,
  inputTone,
  label,
  code,
  actions,
}: {
  testId?: string;
  className: string;
  /** Added to both inputs' classes (`bg-white` on a grey panel). */
  inputTone?: string;
  label: PairInput;
  code: PairInput;
  actions: ItemActionsProps;
}) {
  const base = inputTone ? `${inputClass} ${inputTone}` : inputClass;
  return (
    <li data-testid={testId} className={className}>
      <div className="min-w-0 flex-1">
        <TextField {...label} className={base} />
      </div>
      <div className="min-w-0 flex-1">
        <TextField {...code} spellCheck={false} autoComplete="off" className={`${base} font-mono`} />
      </div>
      <div className="pt-6">
        <ItemActions {...actions} />
      </div>
    </li>
  );
}
