'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { REPORT_FIGURE_IDS, type TReportFigureId } from '@screenpop/contracts';

/** A figure's translated definition; the API's REPORT_FIGURES say the same under the same ids. */
export function useFigureDefinition(serviceLevelSeconds: number | null) {
  const t = useTranslations('reports.figures');
  return (id: TReportFigureId) => t(id, { seconds: serviceLevelSeconds ?? 20 });
}

/** A definition shown on demand: the button's props and the panel's, wired as a disclosure. */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = `${useId()}-definition`;
  return {
    open,
    button: { 'aria-expanded': open, 'aria-controls': id, onClick: () => setOpen((value) => !value) },
    panel: { id, hidden: !open },
  };
}

/** The "?" that shows or hides a figure's definition; it says which figure to screen readers. */
export function DefinitionButton({
  name,
  ...disclosure
}: { name: string } & ReturnType<typeof useDisclosure>['button']) {
  const t = useTranslations('reports.definitions');
  return (
    <button
      type="button"
      {...disclosure}
      aria-label={t('show', { name })}
      title={t('show', { name })}
      data-testid="report-definition-toggle"
      className="grid size-6 shrink-0 place-items-center rounded-full text-xs font-semibold text-slate-500 ring-1 ring-slate-300 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-600 aria-expanded:bg-teal-50 aria-expanded:text-teal-900 aria-expanded:ring-teal-300"
    >
      ?
    </button>
  );
}

/** Every figure's definition in one place, as the wallboard's legend does. */
export function DefinitionsLegend({
  serviceLevelSeconds,
  timeZone,
}: {
  serviceLevelSeconds: number | null;
  timeZone: string | null;
}) {
  const t = useTranslations('reports');
  const define = useFigureDefinition(serviceLevelSeconds);
  return (
    <details data-testid="report-legend" className="group relative">
      <summary className="cursor-pointer rounded-md px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-teal-600">
        {t('definitions.legend')}
      </summary>
      <div className="absolute right-0 z-20 mt-2 max-h-[70vh] w-[min(36rem,90vw)] overflow-y-auto rounded-lg bg-white p-4 shadow-xl ring-1 ring-slate-200">
        <h2 className="text-base font-semibold text-slate-900">{t('definitions.title')}</h2>
        <p className="mt-1 text-sm text-slate-600">
          {t('definitions.period', { timeZone: timeZone ?? '—' })}
        </p>
        <dl className="mt-3 space-y-3 text-sm">
          {REPORT_FIGURE_IDS.map((id) => (
            <div key={id} data-testid="report-legend-definition" data-figure={id}>
              <dt className="font-semibold text-slate-900">{t(`figureNames.${id}`)}</dt>
              <dd className="text-slate-600">{define(id)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
