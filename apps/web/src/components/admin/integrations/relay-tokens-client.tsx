'use client';

import type { TIntegrationTokenItem, TIntegrationTokenPage } from '@screenpop/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { Notice } from '@/components/admin/shared/notice';
import { Pagination } from '@/components/admin/shared/pagination';
import { buttonClass } from '@/components/ui/button';
import { integrationsApi } from '@/lib/admin/integrations-api';
import { localTimeZone } from './copy-field';
import { CreateTokenDialog } from './create-token-dialog';

/** The Shuttle relay tokens: listed by their first characters, created (shown once), revoked. */
export function RelayTokensClient() {
  const t = useTranslations('integrations.tokens');
  const tc = useTranslations('common');
  const format = useFormatter();
  const createRef = useRef<HTMLButtonElement>(null);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<TIntegrationTokenPage | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const load = useCallback(async (target: number, signal?: AbortSignal) => {
    setLoadError(null);
    const result = await integrationsApi.tokens(target, signal);
    if (result.ok) setData(result.data);
    else setLoadError(result.message);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(page, controller.signal).catch(() => undefined);
    return () => controller.abort();
  }, [load, page]);

  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone: localTimeZone() });

  async function revoke(token: TIntegrationTokenItem) {
    setRevoking(true);
    const result = await integrationsApi.revokeToken(token.id);
    setRevoking(false);
    setConfirming(null);
    if (result.ok) {
      setNotice({ tone: 'success', text: t('revoked', { name: token.name }) });
      await load(page);
    } else {
      setNotice({ tone: 'error', text: result.message });
    }
    createRef.current?.focus();
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-medium text-slate-700">{t('title')}</h3>
        <button
          ref={createRef}
          type="button"
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
          className={buttonClass('primary')}
        >
          {t('new')}
        </button>
      </div>
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      {loadError ? (
        <Notice tone="error">
          {tc('states.error', { message: loadError })}{' '}
          <button type="button" className="underline" onClick={() => void load(page)}>
            {tc('actions.retry')}
          </button>
        </Notice>
      ) : data === null ? (
        <p role="status" className="text-sm text-slate-500">
          {tc('states.loading')}
        </p>
      ) : data.total === 0 ? (
        <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('title')}</caption>
              <thead className="text-xs text-slate-500 uppercase">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('columns.name')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('columns.token')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('columns.created')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('columns.lastUsed')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('columns.status')}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">{t('columns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.items.map((token) => (
                  <tr key={token.id} data-token-id={token.id}>
                    <td className="py-2 pr-3 font-medium text-slate-900">{token.name}</td>
                    <td className="py-2 pr-3 font-mono text-xs text-slate-600">{token.prefix}…</td>
                    <td className="py-2 pr-3 text-slate-600">{when(token.createdAt)}</td>
                    <td className="py-2 pr-3 text-slate-600">
                      {token.lastUsedAt ? when(token.lastUsedAt) : t('neverUsed')}
                    </td>
                    <td className="py-2 pr-3">
                      {token.revokedAt ? (
                        <span className="text-slate-500">
                          {t('revokedOn', { date: when(token.revokedAt) })}
                        </span>
                      ) : (
                        <span className="font-medium text-emerald-700">{t('active')}</span>
                      )}
                    </td>
                    <td className="py-2 text-right">
                      {token.revokedAt ? null : confirming === token.id ? (
                        <span
                          role="alertdialog"
                          aria-label={t('confirmRevoke', { name: token.name })}
                          className="inline-flex flex-wrap items-center justify-end gap-2"
                          onKeyDown={(event) => {
                            if (event.key === 'Escape') setConfirming(null);
                          }}
                        >
                          <span className="text-xs text-rose-800">
                            {t('confirmRevoke', { name: token.name })}
                          </span>
                          <button
                            type="button"
                            autoFocus
                            disabled={revoking}
                            onClick={() => void revoke(token)}
                            className={buttonClass('danger')}
                          >
                            {t('revoke')}
                          </button>
                          <button
                            type="button"
                            onClick={() => setConfirming(null)}
                            className={buttonClass('secondary')}
                          >
                            {tc('actions.cancel')}
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          onClick={() => {
                            setNotice(null);
                            setConfirming(token.id);
                          }}
                          aria-label={t('revokeNamed', { name: token.name })}
                          className={buttonClass('ghost')}
                        >
                          {t('revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
      {creating ? (
        <CreateTokenDialog
          onCreated={() => void load(1).then(() => setPage(1))}
          onClose={() => {
            setCreating(false);
            createRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
