'use client';

import type { TUserView } from '@screenpop/contracts';
import { useTranslations } from 'next-intl';
import { type RefObject, useRef, useState } from 'react';
import { Notice } from '@/components/admin/shared/notice';
import { buttonClass } from '@/components/ui/button';
import { usersApi } from '@/lib/admin/users-api';
import { ConfirmInline } from './confirm-inline';
import { StatusBadge } from './user-badges';
import { UserSection } from './user-section';

/** The two actions that ask before they act. */
type Asking = 'deactivate' | 'sign-out';
type Outcome = { tone: 'success' | 'error'; text: string } | null;

/** Whether the user may sign in (deactivate, reactivate), and ending their sessions. */
export function UserAccessPanel({
  user,
  self,
  onChanged,
}: {
  user: TUserView;
  self: boolean;
  onChanged: (user: TUserView) => void;
}) {
  const t = useTranslations('users.edit');
  const [confirming, setConfirming] = useState<Asking | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const deactivateRef = useRef<HTMLButtonElement>(null);
  const signOutRef = useRef<HTMLButtonElement>(null);

  function cancel() {
    const trigger = confirming === 'deactivate' ? deactivateRef : signOutRef;
    setConfirming(null);
    // Back to the button that asked, once it is drawn again.
    requestAnimationFrame(() => trigger.current?.focus());
  }

  async function setActive(active: boolean) {
    setBusy(true);
    setOutcome(null);
    const result = await usersApi.update(user.id, { active });
    setBusy(false);
    setConfirming(null);
    if (!result.ok) {
      setOutcome({ tone: 'error', text: result.status === 409 ? t('lastAdmin') : result.message });
      return;
    }
    if (self && !active) {
      window.location.assign('/login');
      return;
    }
    onChanged(result.data);
    setOutcome({ tone: 'success', text: t(active ? 'reactivated' : 'deactivated', { name: user.name }) });
  }

  async function signOut() {
    setBusy(true);
    setOutcome(null);
    const result = await usersApi.signOut(user.id);
    setBusy(false);
    setConfirming(null);
    if (!result.ok) {
      setOutcome({ tone: 'error', text: result.message });
      return;
    }
    if (self) {
      window.location.assign('/login');
      return;
    }
    setOutcome({
      tone: 'success',
      text: t('signedOut', { count: result.data.revokedSessions, name: user.name }),
    });
  }

  // The button that asks first, hidden while its question stands (focus goes to the question).
  const ask = (kind: Asking, ref: RefObject<HTMLButtonElement | null>, label: string) =>
    confirming === kind ? null : (
      <button
        ref={ref}
        type="button"
        disabled={busy}
        onClick={() => setConfirming(kind)}
        className={buttonClass('secondary')}
      >
        {label}
      </button>
    );
  const question = (kind: Asking, message: string, confirmLabel: string, onConfirm: () => void) =>
    confirming === kind ? (
      <ConfirmInline
        message={message}
        confirmLabel={confirmLabel}
        busy={busy}
        onConfirm={onConfirm}
        onCancel={cancel}
      />
    ) : null;

  return (
    <UserSection id="user-access" title={t('access')}>
      {outcome ? <Notice tone={outcome.tone}>{outcome.text}</Notice> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="flex items-center gap-2 text-sm text-slate-700">
          <StatusBadge active={user.active} />
          {user.active ? t('activeBody') : t('inactiveBody')}
        </p>
        {user.active ? (
          ask('deactivate', deactivateRef, t('deactivate'))
        ) : (
          <button
            type="button"
            disabled={busy}
            onClick={() => setActive(true)}
            className={buttonClass('primary')}
          >
            {t('reactivate')}
          </button>
        )}
      </div>
      {question('deactivate', t('deactivateConfirm', { name: user.name }), t('deactivateNow'), () =>
        setActive(false),
      )}
      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-4">
        <p className="text-sm text-slate-700">{t('sessionsBody')}</p>
        {ask('sign-out', signOutRef, t('signOut'))}
      </div>
      {question('sign-out', t('signOutConfirm', { name: user.name }), t('signOutNow'), signOut)}
    </UserSection>
  );
}
