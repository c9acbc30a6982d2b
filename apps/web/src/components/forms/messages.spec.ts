import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { durationParts } from './format';

const messages = (locale: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../../messages/${locale}/callForm.json`), 'utf8'));

const translator = (locale: 'en' | 'fr') =>
  createTranslator({ locale, messages: { callForm: messages(locale) }, namespace: 'callForm' });

function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const SAMPLE_VALUES = {
  reason: 'backoffice',
  number: '29',
  label: 'Reason',
  count: 2,
  status: 500,
  message: 'Reason: expected text',
  time: '14:05',
  when: '22 Nov 2026, 14:05',
  duration: '3 min 5 s',
  minutes: 3,
  seconds: 5,
};

describe('call form messages', () => {
  it.each(['en', 'fr'] as const)('every %s message is well formed and fills in its values', (locale) => {
    const errors: string[] = [];
    const t = createTranslator({
      locale,
      messages: { callForm: messages(locale) },
      namespace: 'callForm',
      onError: (error) => errors.push(error.message),
    });
    for (const key of leaves(messages(locale))) {
      expect(t.markup(key, { ...SAMPLE_VALUES, link: (chunks) => chunks })).not.toMatch(/[{}<>]/);
    }
    expect(errors).toEqual([]);
  });

  it('counts the problems in each language', () => {
    expect(translator('en')('form.attention', { count: 1 })).toBe(
      'One thing needs your attention before completing',
    );
    expect(translator('en')('form.attention', { count: 3 })).toBe(
      '3 things need your attention before completing',
    );
    expect(translator('fr')('form.attention', { count: 1 })).toBe(
      'Un point demande votre attention avant de terminer',
    );
    expect(translator('fr')('form.attention', { count: 2 })).toBe(
      '2 points demandent votre attention avant de terminer',
    );
  });

  it('names the field of each problem, with the punctuation of the language', () => {
    const link = (chunks: string) => `[${chunks}]`;
    expect(translator('en').markup('form.issue', { label: 'Reason', message: 'Required', link })).toBe(
      '[Reason]: Required',
    );
    expect(translator('fr').markup('form.issue', { label: 'Motif', message: 'Obligatoire', link })).toBe(
      '[Motif] : Obligatoire',
    );
  });

  it('says durations with the numbers of the language', () => {
    const say = (locale: 'en' | 'fr', seconds: number) => {
      const parts = durationParts(seconds);
      return translator(locale)(`duration.${parts.unit}`, parts);
    };
    expect(say('en', 42)).toBe('42 s');
    expect(say('en', 185)).toBe('3 min 5 s');
    expect(say('fr', 120)).toBe('2 min');
    expect(say('en', 60_000)).toBe('1,000 min');
    expect(say('fr', 60_000)).toMatch(/^1\s000 min$/);
  });
});
