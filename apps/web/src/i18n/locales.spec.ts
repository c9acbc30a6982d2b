import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it("follows the browser's preferences in quality order", () => {
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(negotiateLocale('de-DE,en;q=0.5,fr;q=0.7')).toBe('fr');
    expect(negotiateLocale('en-GB')).toBe('en');
  });

  it('falls back to English for languages we do not have, or no header', () => {
    expect(negotiateLocale('de-DE,es;q=0.8')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('fr;q=0')).toBe('en');
  });
});
