import { useTranslations } from 'next-intl';
import type { TFormContact } from '@screenpop/contracts';
import { Card } from '@/components/ui/card';

export function ContactCard({ contact }: { contact: TFormContact | null }) {
  const t = useTranslations('callForm.contact');
  if (!contact) {
    return (
      <Card title={t('heading')} headingId="contact-heading">
        <p data-testid="form-contact-name" className="text-base font-semibold text-slate-700">
          {t('unknownCaller')}
        </p>
        <p className="mt-1 text-sm text-slate-500">{t('noMatch')}</p>
      </Card>
    );
  }
  return (
    <Card title={t('heading')} headingId="contact-heading">
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="grid size-10 shrink-0 place-items-center rounded-full bg-teal-50 text-sm font-semibold text-teal-800 ring-1 ring-teal-100"
        >
          {initials(contact.name)}
        </span>
        <div className="min-w-0">
          <p data-testid="form-contact-name" className="text-base font-semibold text-slate-900">
            {contact.name}
          </p>
          {contact.company ? <p className="text-sm text-slate-600">{contact.company}</p> : null}
        </div>
      </div>
      <dl className="mt-3 grid gap-2 text-sm">
        {contact.email ? (
          <div className="flex gap-2">
            <dt className="w-16 shrink-0 text-slate-500">{t('email')}</dt>
            <dd className="min-w-0 break-all">
              <a
                className="text-teal-800 underline-offset-2 hover:underline"
                href={`mailto:${contact.email}`}
              >
                {contact.email}
              </a>
            </dd>
          </div>
        ) : null}
        {contact.phones.length > 0 ? (
          <div className="flex gap-2">
            <dt className="w-16 shrink-0 text-slate-500">{t('phones')}</dt>
            <dd className="flex min-w-0 flex-wrap gap-1.5">
              {contact.phones.map((phone) => (
                <span
                  key={phone}
                  className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                >
                  {phone}
                </span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
    </Card>
  );
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '');
  return letters.join('') || '?';
}
