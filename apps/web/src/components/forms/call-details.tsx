import { useTranslations } from 'next-intl';
import type { TFormView } from '@screenpop/contracts';
import { Card } from '@/components/ui/card';
import { useCallFormat } from './format';

function Detail({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="mt-0.5 truncate text-sm font-medium text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

export function CallDetails({ view }: { view: TFormView }) {
  const { call, queue, agent } = view;
  const userData = Object.entries(call.userData);
  const t = useTranslations('callForm.call');
  const format = useCallFormat();
  return (
    <Card title={t('heading')} headingId="call-heading">
      <div data-testid="form-caller" className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="font-mono text-2xl font-semibold tracking-tight text-slate-900">
          {call.caller || t('unknownNumber')}
        </span>
        {call.callerName ? <span className="text-base text-slate-600">{call.callerName}</span> : null}
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-4 gap-y-3 @md:grid-cols-3">
        <Detail label={t('calledNumber')} testId="form-callee">
          <span className="font-mono">{call.callee || '—'}</span>
        </Detail>
        <Detail label={t('queue')} testId="form-queue">
          {queue ? (
            <>
              {queue.displayName ?? queue.name}
              {queue.number ? <span className="font-normal text-slate-500"> ({queue.number})</span> : null}
            </>
          ) : (
            <span className="font-normal text-slate-500">{t('noQueue')}</span>
          )}
        </Detail>
        <Detail label={t('agent')} testId="form-agent">
          {agent ? (
            <>
              {agent.fullName ?? t('agentNumber', { number: agent.externalId })}
              {agent.fullName ? (
                <span className="font-normal text-slate-500"> ({agent.externalId})</span>
              ) : null}
            </>
          ) : (
            <span className="font-normal text-slate-500">{t('unknownAgent')}</span>
          )}
        </Detail>
        <Detail label={t('direction')}>{t(`directions.${call.direction}`)}</Detail>
        <Detail label={t('ringingAt')}>{format.time(call.ringingAt)}</Detail>
        <Detail label={t('answeredAt')}>{format.time(call.answeredAt)}</Detail>
        {call.endedAt ? <Detail label={t('endedAt')}>{format.time(call.endedAt)}</Detail> : null}
      </dl>
      {userData.length > 0 ? (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <h3 className="text-xs font-medium text-slate-500">{t('callData')}</h3>
          <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 gap-y-1 text-xs">
            {userData.map(([key, value]) => (
              <div key={key} className="contents">
                <dt className="font-mono text-slate-500">{key}</dt>
                <dd className="font-mono break-all text-slate-800">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </Card>
  );
}
