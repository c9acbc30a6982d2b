'use client';

import type { TFormTemplateDetail } from '@screenpop/contracts';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { EmptyState } from '@/components/admin/shared/empty-state';
import { Notice } from '@/components/admin/shared/notice';
import { PageHeader } from '@/components/admin/shared/page-header';
import { buttonClass } from '@/components/ui/button';
import { templatesApi } from '@/lib/admin/templates-api';
import { TemplateBuilderClient } from './template-builder-client';

type LoadState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
  | { kind: 'loaded'; template: TFormTemplateDetail };

/** Loads one template for the builder. */
export function TemplateEditClient({ id, justCreated }: { id: string; justCreated: boolean }) {
  const t = useTranslations('templates');
  const common = useTranslations('common');
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    templatesApi
      .get(id, controller.signal)
      .then((result) => {
        if (result.ok) setState({ kind: 'loaded', template: result.data });
        else if (result.status === 404) setState({ kind: 'missing' });
        else
          setState({
            kind: 'failed',
            message: result.status === null ? common('states.networkError') : result.message,
          });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [id, attempt, common]);

  const header = (
    <PageHeader
      title={state.kind === 'loaded' ? state.template.name : t('edit.title')}
      description={t('edit.description')}
    />
  );
  if (state.kind === 'loading') {
    return (
      <>
        {header}
        <p role="status" className="text-sm text-slate-600">
          {common('states.loading')}
        </p>
      </>
    );
  }
  if (state.kind === 'missing') {
    return (
      <>
        {header}
        <EmptyState
          title={t('edit.missingTitle')}
          body={t('edit.missingBody')}
          action={
            <Link href="/admin/templates" className={buttonClass('secondary')}>
              {t('edit.backToList')}
            </Link>
          }
        />
      </>
    );
  }
  if (state.kind === 'failed') {
    return (
      <>
        {header}
        <div className="space-y-2">
          <Notice tone="error">{t('edit.loadFailed', { message: state.message })}</Notice>
          <button type="button" className={buttonClass('secondary')} onClick={() => setAttempt((n) => n + 1)}>
            {common('actions.retry')}
          </button>
        </div>
      </>
    );
  }
  return (
    <>
      {header}
      <TemplateBuilderClient template={state.template} justCreated={justCreated} />
    </>
  );
}
