import { describe, expect, it } from 'vitest';
import { parseFrameAncestors, securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('lets the configured desktops frame the per-call forms', () => {
    const headers = securityHeaders(
      '/thirdparty/open/abc',
      'https://xuc.example.com https://xivo.example.com',
    );
    expect(headers['Content-Security-Policy']).toBe(
      'frame-ancestors https://xuc.example.com https://xivo.example.com',
    );
    expect(headers).not.toHaveProperty('X-Frame-Options');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('same-origin');
  });

  it('lets any site frame the forms when FRAME_ANCESTORS is unset', () => {
    expect(securityHeaders('/thirdparty/open/abc', undefined)['Content-Security-Policy']).toBe(
      'frame-ancestors *',
    );
    expect(securityHeaders('/thirdparty/open/abc', '   ')['Content-Security-Policy']).toBe(
      'frame-ancestors *',
    );
  });

  it('keeps every other page to its own origin', () => {
    for (const path of ['/', '/simulator', '/thirdpartyish']) {
      const headers = securityHeaders(path, 'https://xuc.example.com');
      expect(headers['Content-Security-Policy']).toBe("frame-ancestors 'self'");
      expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
    }
  });
});

describe('parseFrameAncestors', () => {
  it('drops sources that would break out of the directive', () => {
    expect(parseFrameAncestors("https://a.example 'self' x;script-src https://b.example,c")).toBe(
      "https://a.example 'self'",
    );
  });
});
