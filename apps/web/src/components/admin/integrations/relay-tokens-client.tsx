'use client';

import type { TIntegrationTokenItem } from '@screenpop/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { Notice } from '@/components/admin/shared/notice';
import { DataTable } from '@/components/admin/shared/data-table';
import { ResourceView } from '@/components/admin/shared/resource-view';
import { useApiResource } from '@/components/admin/shared/use-api-resource';
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
  const [creating, setCreating] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [revoking, setRevoking] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const tokens = useApiResource((signal) => integrationsApi.tokens(page, signal), [page]);

  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short', timeZone: localTimeZone() });

  async function revoke(token: TIntegrationTokenItem) {
    setRevoking(true);
    const result = await integrationsApi.revokeToken(token.id);
    setRevoking(false);
    setConfirming(null);
    if (result.ok) {
      setNotice({ tone: 'success', text: t('revoked', { name: token.name }) });
      tokens.reload();
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
      <ResourceView resource={tokens}>
        {(data) =>
          data.total === 0 ? (
            <EmptyState title={t('emptyTitle')} body={t('emptyBody')} />
          ) : (
            <DataTable
              caption={t('title')}
              columns={[
                { label: t('columns.name') },
                { label: t('columns.token') },
                { label: t('columns.created') },
                { label: t('columns.lastUsed') },
                { label: t('columns.status') },
                { label: t('columns.actions'), hidden: true },
              ]}
              look="plain"
              busy={tokens.busy}
              paging={data}
              onPage={setPage}
            >
              {data.items.map((token) => (
                <tr key={token.id} data-token-id={token.id}>
                  <td className="py-2 pr-4 font-medium text-slate-900">{token.name}</td>
                  <td className="py-2 pr-4 font-mono text-xs text-slate-600">{token.prefix}…</td>
                  <td className="py-2 pr-4 text-slate-600">{when(token.createdAt)}</td>
                  <td className="py-2 pr-4 text-slate-600">
                    {token.lastUsedAt ? when(token.lastUsedAt) : t('neverUsed')}
                  </td>
                  <td className="py-2 pr-4">
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
            </DataTable>
          )
        }
      </ResourceView>
      {creating ? (
        <CreateTokenDialog
          onCreated={() => {
            setPage(1);
            tokens.reload();
          }}
          onClose={() => {
            setCreating(false);
            createRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
