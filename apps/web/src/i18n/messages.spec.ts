import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locales';
import { MESSAGE_AREAS } from './messages';

const root = join(import.meta.dirname, '../../messages');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const read = (locale: string, area: string): unknown =>
  JSON.parse(readFileSync(join(root, locale, `${area}.json`), 'utf8'));

describe('messages', () => {
  it('has a file for every area in every language, and no other', () => {
    for (const locale of LOCALES) {
      expect(readdirSync(join(root, locale)).sort()).toEqual(MESSAGE_AREAS.map((a) => `${a}.json`).sort());
    }
  });

  it.each(MESSAGE_AREAS)('says the same things in French and English: %s', (area) => {
    expect(keys(read('fr', area)).sort()).toEqual(keys(read('en', area)).sort());
  });
});
