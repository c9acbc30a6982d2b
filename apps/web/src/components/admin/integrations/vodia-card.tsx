'use client';

import { INTEGRATION_SECRET_NAMES, type TApiIssue, type TVodiaIntegration } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { TextField } from '@/components/admin/shared/text-field';
import { Card } from '@/components/ui/card';
import { integrationsApi } from '@/lib/admin/integrations-api';
import { issueFor, secretChanges } from './integration-forms';
import { SaveBar } from './save-bar';
import { SecretField } from './secret-field';

const SECRET_NAMES = INTEGRATION_SECRET_NAMES.vodia;

/** Vodia: the PBX, the tenant's domain on it, and its secrets (written only when typed, never shown). */
export function VodiaCard({ initial }: { initial: TVodiaIntegration }) {
  const t = useTranslations('integrations.vodia');
  const [view, setView] = useState(initial);
  const [pbxUrl, setPbxUrl] = useState(initial.settings.pbxUrl ?? '');
  const [tenantDomain, setTenantDomain] = useState(initial.settings.tenantDomain ?? '');
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [clearing, setClearing] = useState<Set<string>>(new Set());
  const [issues, setIssues] = useState<TApiIssue[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSaving(true);
    setSaved(false);
    setIssues([]);
    setFormError(null);
    const result = await integrationsApi.saveVodia({
      settings: { pbxUrl: pbxUrl.trim() || null, tenantDomain: tenantDomain.trim() || null },
      secrets: secretChanges(typed, clearing),
    });
    setSaving(false);
    if (result.ok) {
      setView(result.data);
      setPbxUrl(result.data.settings.pbxUrl ?? '');
      setTenantDomain(result.data.settings.tenantDomain ?? '');
      setTyped({});
      setClearing(new Set());
      setSaved(true);
      return;
    }
    const named = result.error?.issues ?? [];
    setIssues(named);
    const first = named[0]?.path;
    const target = first ? form.querySelector<HTMLElement>(`[data-path="${first}"]`) : null;
    if (target) target.focus();
    else setFormError(result.message);
  }

  const toggleClearing = (name: string, on: boolean) =>
    setClearing((current) => {
      const next = new Set(current);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });

  return (
    <Card title={t('title')} headingId="integration-vodia">
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <p className="text-sm text-slate-600">{t('intro')}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="vodia-pbx-url"
            label={t('pbxUrl')}
            hint={t('pbxUrlHint')}
            error={issueFor(issues, 'settings.pbxUrl')}
            data-path="settings.pbxUrl"
            type="url"
            inputMode="url"
            placeholder="https://pbx.example.com"
            value={pbxUrl}
            onValueChange={setPbxUrl}
          />
          <TextField
            id="vodia-tenant-domain"
            label={t('tenantDomain')}
            hint={t('tenantDomainHint')}
            error={issueFor(issues, 'settings.tenantDomain')}
            data-path="settings.tenantDomain"
            placeholder="tenant1.pbx.example.com"
            value={tenantDomain}
            onValueChange={setTenantDomain}
          />
        </div>
        <fieldset className="space-y-4 border-t border-slate-100 pt-4">
          <legend className="sr-only">{t('secretsLegend')}</legend>
          <p className="text-sm text-slate-600">{t('secretsIntro')}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            {SECRET_NAMES.map((name) => (
              <div key={name} data-path={`secrets.${name}`} tabIndex={-1}>
                <SecretField
                  id={`vodia-secret-${name}`}
                  label={t(`secrets.${name}`)}
                  state={view.secrets[name] ?? { set: false, updatedAt: null }}
                  value={typed[name] ?? ''}
                  clearing={clearing.has(name)}
                  error={issueFor(issues, `secrets.${name}`)}
                  onChange={(value) => {
                    setTyped((current) => ({ ...current, [name]: value }));
                    setSaved(false);
                  }}
                  onClearing={(on) => {
                    toggleClearing(name, on);
                    setSaved(false);
                  }}
                />
              </div>
            ))}
          </div>
        </fieldset>
        <SaveBar saving={saving} saved={saved} savedText={t('saved')} error={formError} />
      </form>
    </Card>
  );
}
