import { NotFoundException } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else names no row, and the database would refuse it for the column's type. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** The row `find` reads for this id, or a 404 with `message`; an id that is not a UUID is not even looked up. */
export async function findOr404<Row>(
  id: string,
  find: () => Promise<Row | null>,
  message: string,
): Promise<Row> {
  const row = isUuid(id) ? await find() : null;
  if (!row) throw new NotFoundException(message);
  return row;
}

/** A write refused by a unique index (Prisma's P2002): another request wrote the same value first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'P2002';
}
