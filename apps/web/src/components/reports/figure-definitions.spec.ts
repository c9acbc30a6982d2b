import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FIGURE_IDS, REPORT_FIGURES } from '@screenpop/contracts';
import { describe, expect, it } from 'vitest';

const messages = (locale: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../../messages/${locale}/reports.json`), 'utf8')) as {
    figures: Record<string, string>;
    figureNames: Record<string, string>;
  };

describe('the reports’ figure definitions', () => {
  it.each(['en', 'fr'])('name and define every figure of the contract, and only those: %s', (locale) => {
    const { figures, figureNames } = messages(locale);
    expect(Object.keys(figures).sort()).toEqual([...REPORT_FIGURE_IDS].sort());
    expect(Object.keys(figureNames).sort()).toEqual([...REPORT_FIGURE_IDS].sort());
  });

  it('say in English what the API’s REPORT_FIGURES say, with the threshold filled in', () => {
    const { figures } = messages('en');
    for (const id of REPORT_FIGURE_IDS) {
      expect(figures[id]!.replace('{seconds} seconds', 'SERVICE_LEVEL_SECONDS')).toBe(REPORT_FIGURES[id]);
    }
  });
});
