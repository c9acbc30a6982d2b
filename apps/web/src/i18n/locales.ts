import type { TLocale } from '@screenpop/contracts';

export const LOCALES: readonly TLocale[] = ['en', 'fr'];
export const DEFAULT_LOCALE: TLocale = 'en';
/** Set by the language switch; without it the browser's Accept-Language decides. */
export const LOCALE_COOKIE = 'screenpop_locale';

export function isLocale(value: unknown): value is TLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The best of our locales for an Accept-Language header (quality order), else the default. */
export function negotiateLocale(acceptLanguage: string | null | undefined): TLocale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.language && !Number.isNaN(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}
