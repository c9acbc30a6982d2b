import { describe, expect, it, vi } from 'vitest';
import { notifyHostOfCompletion, type FormWindow } from './host-window';

function fakeWindow(kind: 'framed' | 'popup' | 'tab') {
  const host = { postMessage: vi.fn() };
  const win: FormWindow = { parent: null, opener: null, close: vi.fn() };
  win.parent = kind === 'framed' ? host : (win as never);
  if (kind === 'popup') win.opener = host;
  return { win, host };
}

describe('notifyHostOfCompletion', () => {
  it('posts closeThirdParty to the parent when framed, and stays open', () => {
    const { win, host } = fakeWindow('framed');
    expect(notifyHostOfCompletion(win)).toBe('parent');
    expect(host.postMessage).toHaveBeenCalledWith('closeThirdParty', '*');
    expect(win.close).not.toHaveBeenCalled();
  });

  it('posts to the opener of a popup, then closes the popup', () => {
    const { win, host } = fakeWindow('popup');
    expect(notifyHostOfCompletion(win)).toBe('opener');
    expect(host.postMessage).toHaveBeenCalledWith('closeThirdParty', '*');
    expect(win.close).toHaveBeenCalled();
  });

  it('does nothing in a plain tab', () => {
    const { win } = fakeWindow('tab');
    expect(notifyHostOfCompletion(win)).toBe('none');
    expect(win.close).not.toHaveBeenCalled();
  });
});
