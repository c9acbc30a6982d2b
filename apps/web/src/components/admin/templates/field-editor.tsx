'use client';

import { FORM_TEMPLATE_LIMITS, type TFormFieldType, ZFormFieldType } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { inputClass } from '@/components/admin/shared/field';
import { SelectField, TextField } from '@/components/admin/shared/text-field';
import { ItemActions, type ItemActionsProps } from './item-actions';
import { ItemList, LabelCodeItem, type ListChange, useItemList } from './item-list';
import {
  type DraftErrors,
  type FieldDraft,
  type OptionDraft,
  newOption,
  withOptionLabel,
  withOptionValue,
} from './template-draft';

/** Types that show a placeholder (a list shows it as its empty choice). */
const WITH_PLACEHOLDER: readonly TFormFieldType[] = ['text', 'textarea', 'number', 'select'];

/** One field of the template: label, key, type, required, placeholder and a list's options. */
export function FieldEditor({
  field,
  index,
  errors,
  actions,
  onLabel,
  onName,
  onPatch,
  onOptions,
}: {
  field: FieldDraft;
  index: number;
  errors: DraftErrors;
  actions: ItemActionsProps;
  onLabel: (label: string) => void;
  onName: (name: string) => void;
  onPatch: (patch: Partial<Pick<FieldDraft, 'type' | 'required' | 'placeholder'>>) => void;
  onOptions: (change: ListChange<OptionDraft>) => void;
}) {
  const t = useTranslations('templates');
  const path = `fields.${index}`;
  const title = field.label.trim() || t('field.untitled');
  const legendId = `${field.id}-legend`;

  return (
    <li>
      <fieldset
        aria-labelledby={legendId}
        data-testid={`template-field-${index}`}
        className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
      >
        <div className="mb-3 flex items-start justify-between gap-3">
          <h3 id={legendId} className="text-sm font-semibold text-slate-900">
            {t('field.heading', { position: index + 1, name: title })}
          </h3>
          <ItemActions {...actions} />
        </div>

        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id={`${field.id}-label`}
            label={t('field.label')}
            error={errors[`${path}.label`]}
            value={field.label}
            maxLength={FORM_TEMPLATE_LIMITS.label}
            onValueChange={onLabel}
          />
          <TextField
            id={`${field.id}-name`}
            label={t('field.key')}
            hint={
              field.savedName !== undefined && field.name.trim() !== field.savedName
                ? t('field.keyChanged', { key: field.savedName })
                : field.nameEdited
                  ? t('field.keyHintEdited')
                  : t('field.keyHint')
            }
            error={errors[`${path}.name`]}
            value={field.name}
            maxLength={FORM_TEMPLATE_LIMITS.fieldName}
            spellCheck={false}
            autoComplete="off"
            onValueChange={onName}
            className={`${inputClass} font-mono`}
          />
          <SelectField
            id={`${field.id}-type`}
            label={t('field.type')}
            error={errors[`${path}.type`]}
            value={field.type}
            onValueChange={(type) => onPatch({ type: type as TFormFieldType })}
            className={`${inputClass} bg-white`}
          >
            {ZFormFieldType.options.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </SelectField>
          {WITH_PLACEHOLDER.includes(field.type) ? (
            <TextField
              id={`${field.id}-placeholder`}
              label={t('field.placeholder')}
              hint={field.type === 'select' ? t('field.placeholderHintSelect') : t('field.placeholderHint')}
              error={errors[`${path}.placeholder`]}
              value={field.placeholder}
              maxLength={FORM_TEMPLATE_LIMITS.placeholder}
              onValueChange={(placeholder) => onPatch({ placeholder })}
            />
          ) : null}
          <div className="flex items-center gap-2 sm:col-span-2">
            <input
              id={`${field.id}-required`}
              type="checkbox"
              checked={field.required}
              onChange={(event) => onPatch({ required: event.target.checked })}
              aria-describedby={`${field.id}-required-hint`}
              className="size-4 rounded border-slate-300 accent-teal-700"
            />
            <label htmlFor={`${field.id}-required`} className="text-sm text-slate-800">
              {t('field.required')}
            </label>
            <span id={`${field.id}-required-hint`} className="text-xs text-slate-500">
              {field.type === 'checkbox' ? t('field.requiredHintCheckbox') : t('field.requiredHint')}
            </span>
          </div>
        </div>

        {field.type === 'select' ? (
          <OptionsEditor field={field} path={path} errors={errors} onOptions={onOptions} />
        ) : null}
      </fieldset>
    </li>
  );
}

function OptionsEditor({
  field,
  path,
  errors,
  onOptions,
}: {
  field: FieldDraft;
  path: string;
  errors: DraftErrors;
  onOptions: (change: ListChange<OptionDraft>) => void;
}) {
  const t = useTranslations('templates');
  const options = field.options;
  const addId = `${field.id}-add-option`;
  const headingId = `${field.id}-options-heading`;
  const list = useItemList({ kind: 'option', items: options, addId, create: newOption, onChange: onOptions });

  return (
    <section aria-labelledby={headingId} className="mt-4 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <h4 id={headingId} className="text-sm font-medium text-slate-800">
        {t('option.heading')}
      </h4>
      <p className="mt-0.5 text-xs text-slate-500">{t('option.hint')}</p>
      <ItemList
        items={options}
        className="mt-3 space-y-2"
        addId={addId}
        addLabel={t('option.add')}
        error={errors[`${path}.options`]}
        errorId={`${field.id}-options-error`}
        onAdd={list.add}
      >
        {(option, index) => {
          const optionPath = `${path}.options.${index}`;
          return (
            <LabelCodeItem
              key={option.id}
              className="flex flex-wrap items-start gap-2 sm:flex-nowrap"
              inputTone="bg-white"
              label={{
                id: `${option.id}-label`,
                label: t('option.label', { position: index + 1 }),
                value: option.label,
                maxLength: FORM_TEMPLATE_LIMITS.label,
                error: errors[`${optionPath}.label`],
                onValueChange: (label) => onOptions({ items: withOptionLabel(options, option.id, label) }),
              }}
              code={{
                id: `${option.id}-value`,
                label: t('option.value', { position: index + 1 }),
                value: option.value,
                maxLength: FORM_TEMPLATE_LIMITS.optionValue,
                error: errors[`${optionPath}.value`],
                onValueChange: (value) => onOptions({ items: withOptionValue(options, option.id, value) }),
              }}
              actions={list.actions(option, index)}
            />
          );
        }}
      </ItemList>
    </section>
  );
}
