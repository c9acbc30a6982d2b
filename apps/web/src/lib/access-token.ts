/**
 * Access tokens handed over in a link's fragment (`#token=…`): the fragment never reaches a server or a
 * referrer. The page keeps the token for the tab's lifetime only and removes it from the address bar.
 */

/** The value of `name` in a `#a=1&b=2` fragment, or null. */
export function tokenFromFragment(hash: string, name: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(name)?.trim();
  return value ? value : null;
}

/** The fragment without `name`, as `#…`, or '' when nothing is left. */
export function fragmentWithout(hash: string, name: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete(name);
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

/** Browser only: the fragment's token, remembered and removed from the address bar; null when it has none. */
function takeFragmentToken(fragmentName: string, storageKey: string): string | null {
  const fromFragment = tokenFromFragment(window.location.hash, fragmentName);
  if (!fromFragment) return null;
  rememberAccessToken(storageKey, fromFragment);
  const { pathname, search, hash } = window.location;
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${search}${fragmentWithout(hash, fragmentName)}`,
  );
  return fromFragment;
}

/** Browser only: the fragment's token (remembered, and removed from the address bar), else the remembered one. */
export function takeAccessToken(fragmentName: string, storageKey: string): string | null {
  const fromFragment = takeFragmentToken(fragmentName, storageKey);
  if (fromFragment) return fromFragment;
  try {
    return window.sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

/** Browser only: calls `onToken` when the fragment changes to one with a token; returns the unsubscribe. */
export function onFragmentToken(
  fragmentName: string,
  storageKey: string,
  onToken: (token: string) => void,
): () => void {
  const listener = () => {
    const token = takeFragmentToken(fragmentName, storageKey);
    if (token) onToken(token);
  };
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

export function rememberAccessToken(storageKey: string, token: string): void {
  try {
    if (token) window.sessionStorage.setItem(storageKey, token);
    else window.sessionStorage.removeItem(storageKey);
  } catch {
    // Storage can be disabled; the token then lasts as long as the page.
  }
}
