/** Where to go after signing in: a path of this site only (never `//host` or `https://…`), else `fallback`. */
export function safeReturnPath(value: string | null | undefined, fallback = '/admin'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value === '/login' || value.startsWith('/login?')) return fallback;
  return value;
}
