import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const FALLBACK_COUNTRY: CountryCode = 'FR';
const VISUAL_SEPARATORS = /[\s.\-()/]/g;
const DIALABLE = /^\+?\d{1,20}$/;

/**
 * E.164 when the number is valid for the default country (DEFAULT_PHONE_COUNTRY, default FR),
 * otherwise its digits (keeping a leading +), so internal extensions like "1013" stay as dialled.
 * Returns null when nothing dialable is left.
 */
export function normalisePhone(raw: string | null | undefined, defaultCountry?: string): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;

  const country = pickCountry(defaultCountry ?? process.env.DEFAULT_PHONE_COUNTRY);
  const parsed = parsePhoneNumberFromString(trimmed, { defaultCountry: country });
  if (parsed?.isValid()) return parsed.number;

  const compact = trimmed.replace(VISUAL_SEPARATORS, '');
  return DIALABLE.test(compact) ? compact : null;
}

function pickCountry(candidate: string | undefined): CountryCode {
  const upper = candidate?.trim().toUpperCase();
  return upper && isSupportedCountry(upper) ? upper : FALLBACK_COUNTRY;
}
