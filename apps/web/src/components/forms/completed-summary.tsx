import { useTranslations } from 'next-intl';
import type { TFormData, TFormTemplate, TFormView } from '@screenpop/contracts';
import { useCallFormat } from './format';

type Host = 'parent' | 'opener' | 'none';

function displayValue(
  value: TFormData[string] | undefined,
  field: TFormTemplate['fields'][number],
  yesNo: (yes: boolean) => string,
): string {
  if (value === undefined || value === null || value === '') return '—';
  if (field.type === 'checkbox') return yesNo(value === true);
  if (field.type === 'select')
    return field.options?.find((option) => option.value === value)?.label ?? String(value);
  return String(value);
}

export function CompletedSummary({
  view,
  justCompleted,
  host,
}: {
  view: TFormView;
  justCompleted: boolean;
  host: Host;
}) {
  const t = useTranslations('callForm.completed');
  const format = useCallFormat();
  const template = view.template;
  const disposition = view.disposition
    ? (template?.dispositions.find((item) => item.code === view.disposition)?.label ?? view.disposition)
    : null;

  let closing: string;
  if (!justCompleted) closing = t('done', { when: format.dateTime(view.completedAt) });
  else if (host === 'parent') closing = t('closingPane');
  else if (host === 'opener') closing = t('closingWindow');
  else closing = t('closeTab');

  return (
    <section
      data-testid="form-completed"
      aria-labelledby="completed-heading"
      className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
    >
      <div className="flex items-start gap-3 border-b border-emerald-100 bg-emerald-50 px-4 py-4 rounded-t-lg">
        <span
          aria-hidden="true"
          className="grid size-9 shrink-0 place-items-center rounded-full bg-emerald-600 text-white"
        >
          <svg viewBox="0 0 20 20" fill="currentColor" className="size-5">
            <path
              fillRule="evenodd"
              d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z"
              clipRule="evenodd"
            />
          </svg>
        </span>
        <div>
          <h2 id="completed-heading" className="text-base font-semibold text-emerald-900" tabIndex={-1}>
            {t('heading')}
          </h2>
          <p className="mt-0.5 text-sm text-emerald-800">
            {view.wrapUpSeconds !== null ? (
              <>{t('wrapUp', { duration: format.duration(view.wrapUpSeconds) })} </>
            ) : null}
            {closing}
          </p>
        </div>
      </div>
      <div className="@container">
        <dl className="grid gap-x-4 gap-y-1 px-4 py-4 text-sm @sm:grid-cols-[max-content_minmax(0,1fr)] @sm:gap-y-3">
          {disposition ? (
            <>
              <dt className="text-slate-500">{t('disposition')}</dt>
              <dd className="mb-2 font-medium text-slate-900 @sm:mb-0">{disposition}</dd>
            </>
          ) : null}
          {(template?.fields ?? []).map((field) => (
            <div key={field.name} className="contents">
              <dt className="text-slate-500">{field.label}</dt>
              <dd className="mb-2 whitespace-pre-line text-slate-900 @sm:mb-0">
                {displayValue(view.data[field.name], field, (yes) => (yes ? t('yes') : t('no')))}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
