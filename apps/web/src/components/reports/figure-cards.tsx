'use client';

import { useTranslations } from 'next-intl';
import { REPORT_FIGURE_DEFINITIONS, type TReportFigures } from '@screenpop/contracts';
import type { FigureKind } from './report-format';
import { DefinitionButton, useDisclosure, useFigureDefinition } from './figure-definitions';
import { useReportFormat } from './use-report-format';

interface FigureSpec {
  key: keyof TReportFigures;
  kind: FigureKind;
}

/** Every figure of ZReportFigures, in three groups: the calls, their times, the forms. */
export const FIGURE_GROUPS: { group: 'calls' | 'times' | 'forms'; figures: FigureSpec[] }[] = [
  {
    group: 'calls',
    figures: [
      { key: 'calls', kind: 'count' },
      { key: 'offered', kind: 'count' },
      { key: 'answered', kind: 'count' },
      { key: 'abandoned', kind: 'count' },
      { key: 'outbound', kind: 'count' },
      { key: 'abandonRate', kind: 'percent' },
    ],
  },
  {
    group: 'times',
    figures: [
      { key: 'serviceLevel', kind: 'percent' },
      { key: 'asaSeconds', kind: 'duration' },
      { key: 'ahtSeconds', kind: 'duration' },
      { key: 'avgTalkSeconds', kind: 'duration' },
      { key: 'avgWrapUpSeconds', kind: 'duration' },
      { key: 'longestWaitSeconds', kind: 'duration' },
    ],
  },
  {
    group: 'forms',
    figures: [
      { key: 'formsShown', kind: 'count' },
      { key: 'formsOpened', kind: 'count' },
      { key: 'formsCompleted', kind: 'count' },
      { key: 'formCompletionRate', kind: 'percent' },
    ],
  },
];

/** The period's figures as cards, each with its definition on demand. */
export function FigureCards({
  figures,
  serviceLevelSeconds,
}: {
  figures: TReportFigures;
  serviceLevelSeconds: number;
}) {
  const t = useTranslations('reports');
  return (
    <div className="space-y-4">
      {FIGURE_GROUPS.map(({ group, figures: specs }) => (
        <div key={group}>
          <h3 id={`report-figures-${group}`} className="mb-2 text-sm font-semibold text-slate-700">
            {t(`figureGroups.${group}`)}
          </h3>
          <dl
            aria-labelledby={`report-figures-${group}`}
            className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-6"
          >
            {specs.map((spec) => (
              <FigureCard
                key={spec.key}
                spec={spec}
                value={figures[spec.key]}
                serviceLevelSeconds={serviceLevelSeconds}
              />
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}

function FigureCard({
  spec,
  value,
  serviceLevelSeconds,
}: {
  spec: FigureSpec;
  value: number | null;
  serviceLevelSeconds: number;
}) {
  const t = useTranslations('reports');
  const format = useReportFormat();
  const define = useFigureDefinition(serviceLevelSeconds);
  const disclosure = useDisclosure();
  const id = REPORT_FIGURE_DEFINITIONS[spec.key];
  const name = t(`figureNames.${id}`);
  return (
    <div
      data-testid={`report-figure-${spec.key}`}
      data-value={value ?? ''}
      className="flex flex-col rounded-lg bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200"
    >
      <dt className="flex items-start justify-between gap-2 text-sm font-medium text-slate-600">
        <span>{name}</span>
        <DefinitionButton name={name} {...disclosure.button} />
      </dt>
      <dd
        data-testid="report-figure-value"
        className="mt-1 font-mono text-3xl font-semibold text-slate-900 tabular-nums"
      >
        {format.figure(spec.kind, value)}
      </dd>
      {spec.key === 'serviceLevel' ? (
        <dd className="text-xs text-slate-500">
          {t('serviceLevelDetail', { seconds: serviceLevelSeconds })}
        </dd>
      ) : null}
      <dd
        {...disclosure.panel}
        data-testid="report-definition"
        className="mt-2 border-t border-slate-100 pt-2 text-xs leading-relaxed text-slate-600"
      >
        {define(id)}
      </dd>
    </div>
  );
}
