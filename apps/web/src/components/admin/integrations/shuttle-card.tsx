'use client';

import type { TShuttleIntegration } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { TextField } from '@/components/admin/shared/text-field';
import { Card } from '@/components/ui/card';
import { integrationsApi } from '@/lib/admin/integrations-api';
import { CopyField } from './copy-field';
import { issueFor } from './integration-forms';
import { RelayTokensClient } from './relay-tokens-client';
import { SaveBar } from './save-bar';

/** xCALLY Shuttle: where the relay connects, its tokens, and the xcally-realtime address for reference. */
export function ShuttleCard({
  initial,
  publicApiUrl,
}: {
  initial: TShuttleIntegration;
  publicApiUrl: string;
}) {
  const t = useTranslations('integrations.shuttle');
  const [realtimeUrl, setRealtimeUrl] = useState(initial.settings.realtimeUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    setError(null);
    setFormError(null);
    const result = await integrationsApi.saveShuttle({
      settings: { realtimeUrl: realtimeUrl.trim() || null },
    });
    setSaving(false);
    if (result.ok) {
      setRealtimeUrl(result.data.settings.realtimeUrl ?? '');
      setSaved(true);
      return;
    }
    const named = issueFor(result.error?.issues, 'settings.realtimeUrl');
    if (named) {
      setError(named);
      document.getElementById('shuttle-realtime-url')?.focus();
    } else setFormError(result.message);
  }

  return (
    <Card title={t('title')} headingId="integration-shuttle">
      <div className="space-y-5">
        <div className="space-y-3">
          <p className="text-sm text-slate-600">{t('connectIntro')}</p>
          <CopyField
            id="shuttle-screenpop-url"
            label="SCREENPOP_URL"
            value={publicApiUrl}
            hint={t('screenpopUrlHint')}
          />
          <CopyField
            id="shuttle-events-url"
            label={t('eventsUrl')}
            value={initial.connection.eventsUrl}
            hint={t('eventsUrlHint')}
          />
        </div>

        <div className="border-t border-slate-100 pt-4">
          <RelayTokensClient />
        </div>

        <form onSubmit={onSubmit} noValidate className="space-y-3 border-t border-slate-100 pt-4">
          <TextField
            id="shuttle-realtime-url"
            label={t('realtimeUrl')}
            hint={t('realtimeUrlHint')}
            error={error}
            type="url"
            inputMode="url"
            placeholder="https://shuttle.example.com:3000"
            value={realtimeUrl}
            onValueChange={(value) => {
              setRealtimeUrl(value);
              setSaved(false);
            }}
          />
          <SaveBar saving={saving} saved={saved} savedText={t('saved')} error={formError} />
        </form>
      </div>
    </Card>
  );
}
