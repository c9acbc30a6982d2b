'use client';

import { useTranslations } from 'next-intl';
import {
  REPORT_NO_DISPOSITION,
  REPORT_PERIOD_PRESETS,
  ZCallDirection,
  ZPlatform,
  type TCallDirection,
  type TPlatform,
  type TReportOptions,
  type TReportPeriod,
  type TReportPeriodPreset,
} from '@screenpop/contracts';
import { SelectField, TextField } from '@/components/admin/shared/text-field';
import { buttonClass } from '@/components/ui/button';
import { DEFAULT_FILTERS, type FilterField, type ReportFilters } from './report-query';

/** Today as the browser sees it, for a custom period started without a report on screen. */
const todayLocal = () => new Date().toLocaleDateString('sv-SE');

/** A choice the address asked for that the lists do not have (an agent since deleted): kept, by its id. */
function withCurrent<T extends { value: string; label: string }>(
  choices: T[],
  current: string,
  unknown: string,
) {
  if (!current || choices.some((choice) => choice.value === current)) return choices;
  return [...choices, { value: current, label: unknown } as T];
}

/** The reports' filters; every change applies at once (and goes into the address). */
export function ReportFilterBar({
  filters,
  options,
  period,
  errors,
  onChange,
}: {
  filters: ReportFilters;
  options: TReportOptions | null;
  /** The period on screen, so "Custom dates" starts from it. */
  period: TReportPeriod | null;
  /** What the API said is wrong with a filter. */
  errors: Partial<Record<FilterField, string>>;
  onChange: (patch: Partial<ReportFilters>) => void;
}) {
  const t = useTranslations('reports.filters');
  const unknown = (id: string) => t('unknown', { id: id.slice(0, 8) });

  const choosePeriod = (value: string) => {
    const preset = value as TReportPeriodPreset;
    if (preset !== 'custom') return onChange({ period: preset, from: '', to: '' });
    onChange({
      period: 'custom',
      from: filters.from || period?.from || todayLocal(),
      to: filters.to || period?.to || todayLocal(),
    });
  };

  const queues = withCurrent(
    (options?.queues ?? []).map((queue) => ({
      value: queue.id,
      label: `${queue.name} · ${t(`sources.${queue.source}`)}`,
    })),
    filters.queue,
    unknown(filters.queue),
  );
  const agents = withCurrent(
    (options?.agents ?? []).map((agent) => ({
      value: agent.id,
      label:
        agent.externalId && agent.externalId !== agent.name
          ? `${agent.name} (${agent.externalId}) · ${t(`sources.${agent.source}`)}`
          : `${agent.name} · ${t(`sources.${agent.source}`)}`,
    })),
    filters.agent,
    unknown(filters.agent),
  );
  const dispositions = withCurrent(
    (options?.dispositions ?? []).map((item) => ({ value: item.code, label: item.label || item.code })),
    filters.disposition === REPORT_NO_DISPOSITION ? '' : filters.disposition,
    filters.disposition,
  );
  const changed = (Object.keys(DEFAULT_FILTERS) as (keyof ReportFilters)[]).some(
    (key) => filters[key] !== DEFAULT_FILTERS[key],
  );

  return (
    <section
      aria-label={t('label')}
      data-testid="report-filters"
      className="grid grid-cols-1 items-start gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4 2xl:grid-cols-8"
    >
      <SelectField
        id="report-period"
        label={t('period')}
        value={filters.period}
        error={errors.period}
        onValueChange={choosePeriod}
      >
        {REPORT_PERIOD_PRESETS.map((preset) => (
          <option key={preset} value={preset}>
            {t(`presets.${preset}`)}
          </option>
        ))}
      </SelectField>
      {filters.period === 'custom' ? (
        <>
          <TextField
            id="report-from"
            type="date"
            label={t('from')}
            value={filters.from}
            max={filters.to || undefined}
            required
            error={errors.from}
            onValueChange={(from) => onChange({ from })}
          />
          <TextField
            id="report-to"
            type="date"
            label={t('to')}
            value={filters.to}
            min={filters.from || undefined}
            required
            hint={t('toHint')}
            error={errors.to}
            onValueChange={(to) => onChange({ to })}
          />
        </>
      ) : null}
      <SelectField
        id="report-source"
        label={t('source')}
        value={filters.source}
        error={errors.source}
        onValueChange={(source) => onChange({ source: source as TPlatform | '' })}
      >
        <option value="">{t('allSources')}</option>
        {ZPlatform.options.map((source) => (
          <option key={source} value={source}>
            {t(`sources.${source}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="report-direction"
        label={t('direction')}
        value={filters.direction}
        error={errors.direction}
        onValueChange={(direction) => onChange({ direction: direction as TCallDirection | '' })}
      >
        <option value="">{t('allDirections')}</option>
        {ZCallDirection.options.map((direction) => (
          <option key={direction} value={direction}>
            {t(`directions.${direction}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="report-queue"
        label={t('queue')}
        value={filters.queue}
        error={errors.queue}
        onValueChange={(queue) => onChange({ queue })}
      >
        <option value="">{t('allQueues')}</option>
        {queues.map((queue) => (
          <option key={queue.value} value={queue.value}>
            {queue.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="report-agent"
        label={t('agent')}
        value={filters.agent}
        error={errors.agent}
        onValueChange={(agent) => onChange({ agent })}
      >
        <option value="">{t('allAgents')}</option>
        {agents.map((agent) => (
          <option key={agent.value} value={agent.value}>
            {agent.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="report-disposition"
        label={t('disposition')}
        value={filters.disposition}
        error={errors.disposition}
        onValueChange={(disposition) => onChange({ disposition })}
      >
        <option value="">{t('allDispositions')}</option>
        <option value={REPORT_NO_DISPOSITION}>{t('noDisposition')}</option>
        {dispositions.map((item) => (
          <option key={item.value} value={item.value}>
            {item.label}
          </option>
        ))}
      </SelectField>
      {changed ? (
        <div className="flex items-end self-stretch">
          <button
            type="button"
            className={buttonClass('ghost')}
            onClick={() => onChange(DEFAULT_FILTERS)}
            data-testid="report-filters-reset"
          >
            {t('reset')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
