import type { TLocale } from '@screenpop/contracts';

/** One file per area and language in messages/<locale>/<area>.json; the area is the namespace. */
export const MESSAGE_AREAS = [
  'common',
  'auth',
  'rules',
  'templates',
  'contacts',
  'integrations',
  'users',
  'audit',
  'callForm',
  'wallboard',
  'reports',
] as const;

export async function loadMessages(locale: TLocale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    MESSAGE_AREAS.map(
      async (area) =>
        [area, (await import(`../../messages/${locale}/${area}.json`)).default as unknown] as const,
    ),
  );
  return Object.fromEntries(entries);
}
