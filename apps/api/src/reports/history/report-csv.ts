import { stringify } from 'csv-stringify';
import { pipeline, Readable } from 'node:stream';

/** A CSV column: its header and how to read it from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

/**
 * A text cell that a spreadsheet would run as a formula (=, @, +, - or a control character first) gets a
 * leading apostrophe; phone numbers (+33 1 …) and negative numbers are left as they are.
 */
export function spreadsheetSafe(value: string): string {
  if (/^[=@\t\r]/.test(value)) return `'${value}`;
  if (/^[+-]/.test(value) && !/^[+-][\d\s().-]*$/.test(value)) return `'${value}`;
  return value;
}

/**
 * Rows as a CSV stream with a header line, one chunk of rows at a time: a large export never sits in
 * memory whole (csv-stringify quotes and escapes by RFC 4180).
 */
export function csvStream<Row>(
  columns: readonly CsvColumn<Row>[],
  chunks: AsyncIterable<readonly Row[]>,
): Readable {
  const csv = stringify({ header: true, columns: columns.map((column) => column.header), bom: true });
  const records = Readable.from(
    (async function* () {
      for await (const chunk of chunks) {
        for (const row of chunk) {
          yield columns.map((column) => {
            const value = column.value(row);
            return typeof value === 'string' ? spreadsheetSafe(value) : (value ?? '');
          });
        }
      }
    })(),
  );
  // A reader that goes away (a closed download) stops the reading of further chunks; a failed read ends the file.
  pipeline(records, csv, () => {});
  return csv;
}

/** One chunk holding every row: for the small tables computed in one query. */
export async function* whole<Row>(rows: readonly Row[]): AsyncIterable<readonly Row[]> {
  yield rows;
}
