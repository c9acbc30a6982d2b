import type { TPage, TPageQuery } from '@screenpop/contracts';

/** The rows of one page, as Prisma's `findMany` takes them. */
export interface PageWindow {
  skip: number;
  take: number;
}

/**
 * One page of a back-office list and the total it is a page of, read together: `rows` reads the
 * page's window, `count` the same filter without it.
 */
export async function readPage<Row, Item>(
  query: TPageQuery,
  read: { rows: (window: PageWindow) => Promise<Row[]>; count: () => Promise<number> },
  toItem: (row: Row) => Item,
): Promise<TPage<Item>> {
  const [rows, total] = await Promise.all([
    read.rows({ skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    read.count(),
  ]);
  return { items: rows.map((row) => toItem(row)), total, page: query.page, pageSize: query.pageSize };
}
