'use client';

import { FORM_TEMPLATE_LIMITS } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { ItemList, LabelCodeItem, type ListChange, useItemList } from './item-list';
import {
  type DispositionDraft,
  type DraftErrors,
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
  const list = useItemList({
    kind: 'disposition',
    items,
    addId: ADD_DISPOSITION_ID,
    create: newDisposition,
    onChange,
  });

  return (
    <div>
      <ItemList
        items={items}
        className="space-y-2"
        empty={t('disposition.empty')}
        addId={ADD_DISPOSITION_ID}
        addLabel={t('disposition.add')}
        error={errors.dispositions}
        errorId="template-dispositions-error"
        onAdd={list.add}
      >
        {(item, index) => {
          const path = `dispositions.${index}`;
          return (
            <LabelCodeItem
              key={item.id}
              testId={`template-disposition-${index}`}
              className="flex flex-wrap items-start gap-2 rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 sm:flex-nowrap"
              label={{
                id: `${item.id}-label`,
                label: t('disposition.label', { position: index + 1 }),
                value: item.label,
                maxLength: FORM_TEMPLATE_LIMITS.label,
                error: errors[`${path}.label`],
                onValueChange: (label) => onChange({ items: withDispositionLabel(items, item.id, label) }),
              }}
              code={{
                id: `${item.id}-code`,
                label: t('disposition.code', { position: index + 1 }),
                value: item.code,
                maxLength: FORM_TEMPLATE_LIMITS.dispositionCode,
                error: errors[`${path}.code`],
                onValueChange: (code) => onChange({ items: withDispositionCode(items, item.id, code) }),
              }}
              actions={list.actions(item, index)}
            />
          );
        }}
      </ItemList>
    </div>
  );
}
