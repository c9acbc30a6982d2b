import { XIVO_CLOSE_MESSAGE } from '@screenpop/contracts';

type HostTarget = { postMessage(message: unknown, targetOrigin: string): void };
export interface FormWindow {
  parent: HostTarget | null;
  opener: HostTarget | null;
  close(): void;
}

/**
 * Tells the agent desktop the form is done, as XucMgt expects: the framing pane's parent, or the window
 * that opened this popup (which then closes). Returns who was told.
 */
export function notifyHostOfCompletion(win: FormWindow): 'parent' | 'opener' | 'none' {
  if (win.parent && win.parent !== (win as unknown)) {
    win.parent.postMessage(XIVO_CLOSE_MESSAGE, '*');
    return 'parent';
  }
  if (win.opener) {
    win.opener.postMessage(XIVO_CLOSE_MESSAGE, '*');
    win.close();
    return 'opener';
  }
  return 'none';
}

/** Whether a host will close this form once completed. */
export function hasHost(win: FormWindow): boolean {
  return (win.parent !== null && win.parent !== (win as unknown)) || win.opener !== null;
}
