'use client';

import type { TRuleAdmin } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';

/** One line for the conditions, one for the answer, as a person would say them. */
export function RuleSummary({ rule }: { rule: TRuleAdmin }) {
  const t = useTranslations('rules.summary');
  const { match } = rule;
  const conditions: string[] = [];
  if (match.sources?.length)
    conditions.push(t('sources', { values: match.sources.map((s) => t(`platform.${s}`)).join(', ') }));
  if (match.events?.length) conditions.push(t('events', { values: match.events.join(', ') }));
  if (match.queues?.length) conditions.push(t('queues', { values: match.queues.join(', ') }));
  if (match.caller) conditions.push(t('caller', { op: match.caller.op, value: match.caller.value }));
  if (match.callee) conditions.push(t('callee', { op: match.callee.op, value: match.callee.value }));
  if (match.direction) conditions.push(t('direction', { value: match.direction }));
  for (const c of match.userData ?? [])
    conditions.push(t('userData', { key: c.key, op: c.op, value: c.value }));
  if (match.agents?.length) conditions.push(t('agents', { values: match.agents.join(', ') }));
  if (match.timeWindow) {
    const days = match.timeWindow.days?.map((day) => t(`day.${day}`)).join(', ');
    conditions.push(
      t('timeWindow', { from: match.timeWindow.from, to: match.timeWindow.to }) + (days ? ` (${days})` : ''),
    );
  }
  const target = rule.formTemplateName
    ? t('targetForm', { name: rule.formTemplateName })
    : rule.urlTemplate
      ? t('targetUrl', { url: rule.urlTemplate })
      : null;
  return (
    <div className="mt-1 space-y-0.5 text-sm text-slate-600">
      <p>
        <span className="font-medium text-slate-700">{t('when')}</span>{' '}
        {conditions.length ? conditions.join(' · ') : t('everyCall')}
      </p>
      <p>
        <span className="font-medium text-slate-700">{t('then')}</span> {t('action', { action: rule.action })}
        {target ? ` · ${target}` : ''}
        {rule.event ? ` · ${t('at', { event: rule.event })}` : ''}
      </p>
    </div>
  );
}
