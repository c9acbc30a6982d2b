'use client';

import { FORM_TEMPLATE_LIMITS } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/admin/shared/field';
import { buttonClass } from '@/components/ui/button';
import type { ListChange } from './field-editor';
import { ItemActions } from './item-actions';
import {
  type DispositionDraft,
  type DraftErrors,
  focusAfterMove,
  focusAfterRemove,
  move,
  newDisposition,
  withDispositionCode,
  withDispositionLabel,
} from './template-draft';

export const ADD_DISPOSITION_ID = 'template-add-disposition';

/** The outcomes an agent chooses from to complete the form: label and code, in the order shown. */
export function DispositionsEditor({
  items,
  errors,
  onChange,
}: {
  items: DispositionDraft[];
  errors: DraftErrors;
  onChange: (change: ListChange<DispositionDraft>) => void;
}) {
  const t = useTranslations('templates');
  const listError = errors.dispositions;
  const listErrorId = 'template-dispositions-error';

  function add() {
    const item = newDisposition();
    onChange({ items: [...items, item], focus: `${item.id}-label` });
  }

  function remove(item: DispositionDraft, index: number) {
    const remaining = items.filter((other) => other.id !== item.id);
    onChange({
      items: remaining,
      focus: focusAfterRemove(remaining, index, 'label', ADD_DISPOSITION_ID),
      announce: t('disposition.removed', { name: item.label.trim() || t('disposition.untitled') }),
    });
  }

  function shift(item: DispositionDraft, index: number, by: -1 | 1) {
    const to = index + by;
    onChange({
      items: move(items, item.id, by),
      focus: focusAfterMove(item.id, to, items.length, by),
      announce: t('moved', {
        name: item.label.trim() || t('disposition.untitled'),
        position: to + 1,
        count: items.length,
      }),
    });
  }

  return (
    <div>
      {items.length > 0 ? (
        <ol className="space-y-2">
          {items.map((item, index) => {
            const path = `dispositions.${index}`;
            const name = item.label.trim() || t('disposition.untitled');
            return (
              <li
                key={item.id}
                data-testid={`template-disposition-${index}`}
                className="flex flex-wrap items-start gap-2 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:flex-nowrap"
              >
                <div className="min-w-0 flex-1">
                  <Field
                    id={`${item.id}-label`}
                    label={t('disposition.label', { position: index + 1 })}
                    error={errors[`${path}.label`]}
                  >
                    {({ id, describedBy, invalid }) => (
                      <input
                        id={id}
                        value={item.label}
                        maxLength={FORM_TEMPLATE_LIMITS.label}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        onChange={(event) =>
                          onChange({ items: withDispositionLabel(items, item.id, event.target.value) })
                        }
                        className={inputClass}
                      />
                    )}
                  </Field>
                </div>
                <div className="min-w-0 flex-1">
                  <Field
                    id={`${item.id}-code`}
                    label={t('disposition.code', { position: index + 1 })}
                    error={errors[`${path}.code`]}
                  >
                    {({ id, describedBy, invalid }) => (
                      <input
                        id={id}
                        value={item.code}
                        maxLength={FORM_TEMPLATE_LIMITS.dispositionCode}
                        spellCheck={false}
                        autoComplete="off"
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        onChange={(event) =>
                          onChange({ items: withDispositionCode(items, item.id, event.target.value) })
                        }
                        className={`${inputClass} font-mono`}
                      />
                    )}
                  </Field>
                </div>
                <div className="pt-6">
                  <ItemActions
                    idPrefix={item.id}
                    name={t('disposition.itemName', { name })}
                    index={index}
                    count={items.length}
                    onMove={(by) => shift(item, index, by)}
                    onRemove={() => remove(item, index)}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-3 text-sm text-slate-600">
          {t('disposition.empty')}
        </p>
      )}
      <div className="mt-3">
        <button
          type="button"
          id={ADD_DISPOSITION_ID}
          className={buttonClass('secondary')}
          aria-describedby={listError ? listErrorId : undefined}
          onClick={add}
        >
          {t('disposition.add')}
        </button>
        {listError ? (
          <p id={listErrorId} className="mt-1 text-xs text-rose-700">
            {listError}
          </p>
        ) : null}
      </div>
    </div>
  );
}
