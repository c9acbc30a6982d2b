import type { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type CsvColumn, csvStream, spreadsheetSafe, whole } from './report-csv.js';

async function text(stream: Readable): Promise<string> {
  let out = '';
  for await (const chunk of stream)
    out += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  return out;
}

describe('spreadsheetSafe', () => {
  it('puts an apostrophe before what a spreadsheet would run as a formula', () => {
    expect(spreadsheetSafe('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(spreadsheetSafe('@x')).toBe("'@x");
    expect(spreadsheetSafe('-x')).toBe("'-x");
    expect(spreadsheetSafe('+cmd|" /C calc"!A0')).toBe('\'+cmd|" /C calc"!A0');
    expect(spreadsheetSafe('-2+3*SUM(A1)')).toBe("'-2+3*SUM(A1)");
    expect(spreadsheetSafe('\t=1')).toBe("'\t=1");
    expect(spreadsheetSafe('\r=1')).toBe("'\r=1");
  });

  it('keeps phone numbers, negative numbers and ordinary text as they are', () => {
    expect(spreadsheetSafe('+33 1 23 45 67 89')).toBe('+33 1 23 45 67 89');
    expect(spreadsheetSafe('+1 (555) 010-9999')).toBe('+1 (555) 010-9999');
    expect(spreadsheetSafe('-12')).toBe('-12');
    expect(spreadsheetSafe('-12.5')).toBe('-12.5');
    expect(spreadsheetSafe('0123456789')).toBe('0123456789');
    expect(spreadsheetSafe('Jean = Paul')).toBe('Jean = Paul');
    expect(spreadsheetSafe('')).toBe('');
  });
});

interface Row {
  name: string | null;
  count: number | null;
}
const COLUMNS: CsvColumn<Row>[] = [
  { header: 'name', value: (row) => row.name },
  { header: 'count', value: (row) => row.count },
];

describe('csvStream', () => {
  it('writes a BOM, the header, then every row; quotes commas, quotes and newlines', async () => {
    const csv = await text(
      csvStream(
        COLUMNS,
        whole<Row>([
          { name: 'plain', count: 1 },
          { name: 'Dupont, Jean', count: -2 },
          { name: 'say "hi"', count: 0 },
          { name: 'two\nlines', count: null },
          { name: null, count: 3.5 },
        ]),
      ),
    );
    expect(csv).toBe('\ufeffname,count\nplain,1\n"Dupont, Jean",-2\n"say ""hi""",0\n"two\nlines",\n,3.5\n');
  });

  it('escapes formulas in text cells, not numbers', async () => {
    const csv = await text(
      csvStream(
        COLUMNS,
        whole<Row>([
          { name: '=HYPERLINK("http://x")', count: -5 },
          { name: '+33 6 12 34 56 78', count: 1 },
        ]),
      ),
    );
    expect(csv).toBe('\ufeffname,count\n"\'=HYPERLINK(""http://x"")",-5\n+33 6 12 34 56 78,1\n');
  });

  it('streams the chunks one after the other, empty ones included', async () => {
    const read: number[] = [];
    async function* chunks(): AsyncIterable<Row[]> {
      for (let chunk = 0; chunk < 3; chunk++) {
        read.push(chunk);
        yield chunk === 1 ? [] : [0, 1].map((i) => ({ name: `c${chunk}r${i}`, count: chunk * 10 + i }));
      }
    }
    const csv = await text(csvStream(COLUMNS, chunks()));
    expect(read).toEqual([0, 1, 2]);
    expect(csv.split('\n')).toEqual(['\ufeffname,count', 'c0r0,0', 'c0r1,1', 'c2r0,20', 'c2r1,21', '']);
  });

  it('has only the header without rows', async () => {
    expect(await text(csvStream(COLUMNS, whole<Row>([])))).toBe('\ufeffname,count\n');
  });

  it('fails the stream when reading a chunk fails', async () => {
    async function* failing(): AsyncIterable<Row[]> {
      yield [{ name: 'first', count: 1 }];
      throw new Error('database gone');
    }
    await expect(text(csvStream(COLUMNS, failing()))).rejects.toThrow('database gone');
  });
});

describe('csvStream when its reader goes away', () => {
  it('stops reading chunks and lets their source clean up once the CSV stream is destroyed', async () => {
    let finished = false;
    async function* chunks() {
      try {
        for (let n = 1; ; n++) {
          yield [{ n }];
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        finished = true;
      }
    }
    const stream = csvStream([{ header: 'n', value: (row: { n: number }) => row.n }], chunks());
    stream.on('error', () => {});
    await new Promise((resolve) => stream.once('data', resolve));
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(finished).toBe(true);
  });
});
