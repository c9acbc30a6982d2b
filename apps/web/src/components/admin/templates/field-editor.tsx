'use client';

import { FORM_TEMPLATE_LIMITS, type TFormFieldType, ZFormFieldType } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/admin/shared/field';
import { buttonClass } from '@/components/ui/button';
import { ItemActions } from './item-actions';
import {
  type DraftErrors,
  type FieldDraft,
  type OptionDraft,
  focusAfterMove,
  focusAfterRemove,
  move,
  newOption,
  withOptionLabel,
  withOptionValue,
} from './template-draft';

/** Types that show a placeholder (a list shows it as its empty choice). */
const WITH_PLACEHOLDER: readonly TFormFieldType[] = ['text', 'textarea', 'number', 'select'];

export interface ListChange<T> {
  items: T[];
  /** The control to focus afterwards. */
  focus?: string;
  /** What to tell screen reader users. */
  announce?: string;
}

/** One field of the template: label, key, type, required, placeholder and a list's options. */
export function FieldEditor({
  field,
  index,
  count,
  errors,
  onLabel,
  onName,
  onPatch,
  onOptions,
  onMove,
  onRemove,
}: {
  field: FieldDraft;
  index: number;
  count: number;
  errors: DraftErrors;
  onLabel: (label: string) => void;
  onName: (name: string) => void;
  onPatch: (patch: Partial<Pick<FieldDraft, 'type' | 'required' | 'placeholder'>>) => void;
  onOptions: (change: ListChange<OptionDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
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
          <ItemActions
            idPrefix={field.id}
            name={t('field.itemName', { name: title })}
            index={index}
            count={count}
            onMove={onMove}
            onRemove={onRemove}
          />
        </div>

        <div className="grid gap-3 sm:grid-cols-2">
          <Field id={`${field.id}-label`} label={t('field.label')} error={errors[`${path}.label`]}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                value={field.label}
                maxLength={FORM_TEMPLATE_LIMITS.label}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => onLabel(event.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field
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
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                value={field.name}
                maxLength={FORM_TEMPLATE_LIMITS.fieldName}
                spellCheck={false}
                autoComplete="off"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => onName(event.target.value)}
                className={`${inputClass} font-mono`}
              />
            )}
          </Field>
          <Field id={`${field.id}-type`} label={t('field.type')} error={errors[`${path}.type`]}>
            {({ id, describedBy, invalid }) => (
              <select
                id={id}
                value={field.type}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => onPatch({ type: event.target.value as TFormFieldType })}
                className={`${inputClass} bg-white`}
              >
                {ZFormFieldType.options.map((type) => (
                  <option key={type} value={type}>
                    {t(`types.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {WITH_PLACEHOLDER.includes(field.type) ? (
            <Field
              id={`${field.id}-placeholder`}
              label={t('field.placeholder')}
              hint={field.type === 'select' ? t('field.placeholderHintSelect') : t('field.placeholderHint')}
              error={errors[`${path}.placeholder`]}
            >
              {({ id, describedBy, invalid }) => (
                <input
                  id={id}
                  value={field.placeholder}
                  maxLength={FORM_TEMPLATE_LIMITS.placeholder}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(event) => onPatch({ placeholder: event.target.value })}
                  className={inputClass}
                />
              )}
            </Field>
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
  const listError = errors[`${path}.options`];
  const listErrorId = `${field.id}-options-error`;
  const headingId = `${field.id}-options-heading`;

  function add() {
    const option = newOption();
    onOptions({ items: [...options, option], focus: `${option.id}-label` });
  }

  function remove(option: OptionDraft, index: number) {
    const items = options.filter((item) => item.id !== option.id);
    onOptions({
      items,
      focus: focusAfterRemove(items, index, 'label', `${field.id}-add-option`),
      announce: t('option.removed', { name: option.label.trim() || t('option.untitled') }),
    });
  }

  function shift(option: OptionDraft, index: number, by: -1 | 1) {
    const to = index + by;
    onOptions({
      items: move(options, option.id, by),
      focus: focusAfterMove(option.id, to, options.length, by),
      announce: t('moved', {
        name: option.label.trim() || t('option.untitled'),
        position: to + 1,
        count: options.length,
      }),
    });
  }

  return (
    <section aria-labelledby={headingId} className="mt-4 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
      <h4 id={headingId} className="text-sm font-medium text-slate-800">
        {t('option.heading')}
      </h4>
      <p className="mt-0.5 text-xs text-slate-500">{t('option.hint')}</p>
      {options.length > 0 ? (
        <ol className="mt-3 space-y-2">
          {options.map((option, index) => {
            const optionPath = `${path}.options.${index}`;
            const name = option.label.trim() || t('option.untitled');
            return (
              <li key={option.id} className="flex flex-wrap items-start gap-2 sm:flex-nowrap">
                <div className="min-w-0 flex-1">
                  <Field
                    id={`${option.id}-label`}
                    label={t('option.label', { position: index + 1 })}
                    error={errors[`${optionPath}.label`]}
                  >
                    {({ id, describedBy, invalid }) => (
                      <input
                        id={id}
                        value={option.label}
                        maxLength={FORM_TEMPLATE_LIMITS.label}
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        onChange={(event) =>
                          onOptions({ items: withOptionLabel(options, option.id, event.target.value) })
                        }
                        className={`${inputClass} bg-white`}
                      />
                    )}
                  </Field>
                </div>
                <div className="min-w-0 flex-1">
                  <Field
                    id={`${option.id}-value`}
                    label={t('option.value', { position: index + 1 })}
                    error={errors[`${optionPath}.value`]}
                  >
                    {({ id, describedBy, invalid }) => (
                      <input
                        id={id}
                        value={option.value}
                        maxLength={FORM_TEMPLATE_LIMITS.optionValue}
                        spellCheck={false}
                        autoComplete="off"
                        aria-describedby={describedBy}
                        aria-invalid={invalid}
                        onChange={(event) =>
                          onOptions({ items: withOptionValue(options, option.id, event.target.value) })
                        }
                        className={`${inputClass} bg-white font-mono`}
                      />
                    )}
                  </Field>
                </div>
                <div className="pt-6">
                  <ItemActions
                    idPrefix={option.id}
                    name={t('option.itemName', { name })}
                    index={index}
                    count={options.length}
                    onMove={(by) => shift(option, index, by)}
                    onRemove={() => remove(option, index)}
                  />
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="mt-3">
        <button
          type="button"
          id={`${field.id}-add-option`}
          className={buttonClass('secondary')}
          aria-describedby={listError ? listErrorId : undefined}
          onClick={add}
        >
          {t('option.add')}
        </button>
        {listError ? (
          <p id={listErrorId} className="mt-1 text-xs text-rose-700">
            {listError}
          </p>
        ) : null}
      </div>
    </section>
  );
}
