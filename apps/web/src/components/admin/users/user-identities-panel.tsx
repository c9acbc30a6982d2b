'use client';

import type { TPlatform, TUserView } from '@screenpop/contracts';
import { useFormatter, useTranslations } from 'next-intl';
import { type FormEvent, useRef, useState } from 'react';
import { DataTable } from '@/components/admin/shared/data-table';
import { Field, inputClass } from '@/components/admin/shared/field';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { usersApi } from '@/lib/admin/users-api';
import { type FormErrors, formErrors } from './field-errors';
import { browserTimeZone } from './user-badges';
import { UserSection } from './user-section';

const PLATFORMS: TPlatform[] = ['xivo', 'shuttle', 'vodia'];
const FIELDS = ['platform', 'externalId'] as const;
type IdentityField = (typeof FIELDS)[number];

/** Who the user is on each platform: XiVO login, Shuttle agentnum, Vodia extension. */
export function UserIdentitiesPanel({
  user,
  onChanged,
}: {
  user: TUserView;
  onChanged: (user: TUserView) => void;
}) {
  const t = useTranslations('users');
  const format = useFormatter();
  const [platform, setPlatform] = useState<TPlatform>('xivo');
  const [externalId, setExternalId] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors<IdentityField>>({ fields: {}, form: null });
  const [done, setDone] = useState<string | null>(null);
  const idRef = useRef<HTMLInputElement>(null);

  async function onLink(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    setErrors({ fields: {}, form: null });
    const result = await usersApi.linkIdentity(user.id, { platform, externalId });
    setBusy(false);
    if (!result.ok) {
      setErrors(formErrors(result, FIELDS));
      idRef.current?.focus();
      return;
    }
    setDone(t('edit.linked', { platform: t(`platforms.${platform}`), id: externalId.trim() }));
    setExternalId('');
    onChanged(result.data);
    idRef.current?.focus();
  }

  async function onUnlink(identity: TUserView['identities'][number]) {
    setBusy(true);
    setDone(null);
    setErrors({ fields: {}, form: null });
    const result = await usersApi.unlinkIdentity(user.id, identity.id);
    setBusy(false);
    if (!result.ok) {
      setErrors({ fields: {}, form: result.message });
      return;
    }
    setDone(t('edit.unlinked', { platform: t(`platforms.${identity.platform}`), id: identity.externalId }));
    onChanged(result.data);
    // The row and its button are gone: focus goes to the form that links a new one.
    idRef.current?.focus();
  }

  return (
    <UserSection id="user-identities" title={t('edit.identities')} description={t('edit.identitiesBody')}>
      {errors.form ? <Notice tone="error">{errors.form}</Notice> : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      {user.identities.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-600">
          {t('edit.noIdentities')}
        </p>
      ) : (
        <DataTable
          caption={t('edit.identities')}
          columns={[
            { label: t('edit.identityPlatform') },
            { label: t('edit.identityId') },
            { label: t('edit.identityLinkedAt') },
            { label: t('edit.unlink'), hidden: true },
          ]}
          look="plain"
        >
          {user.identities.map((identity) => (
            <tr key={identity.id}>
              <td className="py-2 pr-4">{t(`platforms.${identity.platform}`)}</td>
              <td className="py-2 pr-4 font-mono">{identity.externalId}</td>
              <td className="py-2 pr-4 text-slate-600">
                {format.dateTime(new Date(identity.createdAt), {
                  dateStyle: 'medium',
                  timeZone: browserTimeZone(),
                })}
              </td>
              <td className="py-2 text-right">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => onUnlink(identity)}
                  aria-label={t('edit.unlinkLabel', {
                    platform: t(`platforms.${identity.platform}`),
                    id: identity.externalId,
                  })}
                  className={buttonClass('ghost')}
                >
                  {t('edit.unlink')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <form
        onSubmit={onLink}
        noValidate
        className="flex flex-wrap items-start gap-3 border-t border-slate-100 pt-4"
      >
        <div className="w-40">
          <Field id="identity-platform" label={t('edit.identityPlatform')} error={errors.fields.platform}>
            {(wiring) => (
              <select
                id={wiring.id}
                name="platform"
                value={platform}
                onChange={(event) => setPlatform(event.target.value as TPlatform)}
                aria-describedby={wiring.describedBy}
                aria-invalid={wiring.invalid}
                className={inputClass}
              >
                {PLATFORMS.map((option) => (
                  <option key={option} value={option}>
                    {t(`platforms.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="min-w-40 flex-1">
          <Field
            id="identity-external-id"
            label={t('edit.identityId')}
            hint={t(`platformHints.${platform}`)}
            error={errors.fields.externalId}
          >
            {(wiring) => (
              <input
                ref={idRef}
                id={wiring.id}
                name="externalId"
                autoComplete="off"
                value={externalId}
                onChange={(event) => setExternalId(event.target.value)}
                aria-describedby={wiring.describedBy}
                aria-invalid={wiring.invalid}
                className={`${inputClass} font-mono`}
              />
            )}
          </Field>
        </div>
        <button
          type="submit"
          disabled={busy || externalId.trim() === ''}
          className={buttonClass('primary', 'mt-6')}
        >
          {busy ? t('edit.linking') : t('edit.link')}
        </button>
      </form>
    </UserSection>
  );
}
