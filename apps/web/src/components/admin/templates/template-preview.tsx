'use client';

import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { DispositionGroup } from '@/components/forms/disposition-group';
import { FormFieldsGrid } from '@/components/forms/form-fields-grid';
import { previewDispositions, previewFields, type TemplateDraft } from './template-draft';

const NO_ERRORS: readonly string[] = [];

/**
 * The per-call form as agents will see it, drawn with the agents' own field and disposition
 * components. It can be tried; nothing typed here is kept.
 */
export function TemplatePreview({ draft }: { draft: TemplateDraft }) {
  const t = useTranslations('templates.preview');
  const fields = useMemo(() => previewFields(draft, t('untitledField')), [draft, t]);
  const dispositions = useMemo(() => previewDispositions(draft, t('untitledDisposition')), [draft, t]);
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const [disposition, setDisposition] = useState<string | null>(null);

  return (
    <section aria-labelledby="template-preview-heading" data-testid="template-preview">
      <h2 id="template-preview-heading" className="text-base font-semibold text-slate-900">
        {t('heading')}
      </h2>
      <p className="mt-0.5 mb-3 text-sm text-slate-600">{t('hint')}</p>

      <div className="flex flex-col rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-2.5">
          <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
            {draft.name.trim() || t('untitledTemplate')}
          </p>
          {fields.some((field) => field.required) || dispositions.length > 0 ? (
            <p className="text-xs text-slate-500">
              <span aria-hidden="true" className="text-rose-600">
                *
              </span>{' '}
              {t('required')}
            </p>
          ) : null}
        </div>

        <div className="@container space-y-5 p-4">
          {fields.length === 0 ? (
            <p className="text-sm text-slate-500">{t('noFields')}</p>
          ) : (
            <FormFieldsGrid
              fields={fields}
              values={values}
              keyOf={(field, index) => draft.fields[index]?.id ?? field.name}
              onChange={(name, value) => setValues((previous) => ({ ...previous, [name]: value }))}
            />
          )}

          {dispositions.length > 0 ? (
            <div className="border-t border-slate-100 pt-4">
              <DispositionGroup
                dispositions={dispositions}
                value={disposition}
                errors={NO_ERRORS}
                disabled={false}
                onChange={setDisposition}
              />
            </div>
          ) : (
            <p className="border-t border-slate-100 pt-4 text-sm text-slate-500">{t('noDispositions')}</p>
          )}
        </div>

        <div className="flex justify-end gap-2 rounded-b-lg border-t border-slate-200 px-4 py-3">
          <span
            aria-hidden="true"
            className="rounded-md px-3.5 py-2 text-sm text-slate-400 ring-1 ring-slate-200"
          >
            {t('saveDraft')}
          </span>
          <span aria-hidden="true" className="rounded-md bg-teal-700/60 px-3.5 py-2 text-sm text-white">
            {t('complete')}
          </span>
        </div>
      </div>
    </section>
  );
}
