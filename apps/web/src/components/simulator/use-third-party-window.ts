'use client';

import { type RefObject, useEffect } from 'react';
import { XIVO_CLOSE_MESSAGE } from '@screenpop/contracts';

const POPUP_POLL_MS = 500;

export type ThirdPartyClosedBy = 'completion' | 'window-closed';

/**
 * Follows the third-party page a desk opened: its closeThirdParty message (from the pane or the popup),
 * and a popup the agent closes by hand, which never sends one. `onClosed` must be stable.
 */
export function useThirdPartyWindow(
  popupRef: RefObject<Window | null>,
  popupId: string | number | null,
  onClosed: (by: ThirdPartyClosedBy) => void,
): void {
  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (event.data !== XIVO_CLOSE_MESSAGE) return;
      if (event.source !== null && event.source === popupRef.current) popupRef.current = null;
      onClosed('completion');
    }
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [popupRef, onClosed]);

  useEffect(() => {
    if (popupId === null) return;
    let seenClosed = false;
    const timer = setInterval(() => {
      if (!popupRef.current?.closed) return;
      // Give a closeThirdParty posted just before closing one more tick to arrive.
      if (!seenClosed) {
        seenClosed = true;
        return;
      }
      popupRef.current = null;
      onClosed('window-closed');
    }, POPUP_POLL_MS);
    return () => clearInterval(timer);
  }, [popupRef, popupId, onClosed]);
}
