'use client';

import type { TIntegrationList } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { integrationsApi } from '@/lib/admin/integrations-api';
import { ShuttleCard } from './shuttle-card';
import { VodiaCard } from './vodia-card';
import { XivoCard } from './xivo-card';

/** One card per platform, each saving on its own. */
export function IntegrationsClient({ publicApiUrl }: { publicApiUrl: string }) {
  const tc = useTranslations('common');
  const [data, setData] = useState<TIntegrationList | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    setError(null);
    const result = await integrationsApi.list(signal);
    if (result.ok) setData(result.data);
    else setError(result.message);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).catch(() => undefined);
    return () => controller.abort();
  }, [load]);

  if (error) {
    return (
      <Notice tone="error">
        {tc('states.error', { message: error })}{' '}
        <button type="button" className="underline" onClick={() => void load()}>
          {tc('actions.retry')}
        </button>
      </Notice>
    );
  }
  if (!data) {
    return (
      <p role="status" className="text-sm text-slate-500">
        {tc('states.loading')}
      </p>
    );
  }
  return (
    <div className="space-y-6">
      <XivoCard initial={data.xivo} />
      <ShuttleCard initial={data.shuttle} publicApiUrl={publicApiUrl} />
      <VodiaCard initial={data.vodia} />
    </div>
  );
}
