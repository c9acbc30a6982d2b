import { z } from 'zod';

/** Offset paging for back-office lists: `page` from 1, `pageSize` up to 100. */
export const ZPageQuery = z.object({
  page: z.coerce.number({ error: 'Expected a whole number' }).int().min(1).default(1),
  pageSize: z.coerce.number({ error: 'Expected a whole number' }).int().min(1).max(100).default(25),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

/** A page of `items` and the total, so a list can say "1–25 of 312". */
export function ZPage<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface TPage<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
