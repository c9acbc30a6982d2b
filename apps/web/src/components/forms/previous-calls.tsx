import { useTranslations } from 'next-intl';
import type { TDisposition, TPreviousCall } from '@screenpop/contracts';
import { Card } from '@/components/ui/card';
import { useCallFormat } from './format';

export function PreviousCalls({
  calls,
  dispositions,
}: {
  calls: TPreviousCall[];
  dispositions: readonly TDisposition[];
}) {
  const t = useTranslations('callForm.previousCalls');
  const format = useCallFormat();
  const labelOf = (code: string) =>
    dispositions.find((disposition) => disposition.code === code)?.label ?? code;
  return (
    <Card
      title={t('heading')}
      headingId="previous-calls-heading"
      aside={calls.length > 0 ? <span className="text-xs text-slate-500">{calls.length}</span> : null}
    >
      <div data-testid="form-previous-calls">
        {calls.length === 0 ? (
          <p className="text-sm text-slate-500">{t('none')}</p>
        ) : (
          <ol className="-my-2 divide-y divide-slate-100">
            {calls.map((call) => (
              <li key={call.id} className="py-2.5">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                  <time dateTime={call.ringingAt} className="text-sm font-medium text-slate-900">
                    {format.dateTime(call.ringingAt)}
                  </time>
                  {call.disposition ? (
                    <span className="rounded-full bg-teal-50 px-2 py-0.5 text-xs font-medium text-teal-800 ring-1 ring-teal-100">
                      {labelOf(call.disposition)}
                    </span>
                  ) : (
                    <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">
                      {call.state === 'abandoned' ? t('abandoned') : t('noReport')}
                    </span>
                  )}
                </div>
                <p className="mt-0.5 text-xs text-slate-500">
                  {call.queueName ?? t('noQueue')} · {call.agentName ?? t('noAgent')}
                </p>
                {call.notes ? (
                  <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{call.notes}</p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
}
