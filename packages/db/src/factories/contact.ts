import type { Contact, Prisma } from '../generated/prisma/client.js';
import { normalisePhone } from '../phone.js';
import { nextSequence, uniqueDigits } from './sequence.js';

export type ContactOverrides = Partial<Omit<Prisma.ContactUncheckedCreateInput, 'tenantId' | 'phones'>> & {
  /** As typed by a person; stored normalised, unusable ones dropped. */
  phones?: (string | null | undefined)[];
};

export function createContact(
  prisma: Prisma.TransactionClient,
  tenantId: string,
  overrides: ContactOverrides = {},
): Promise<Contact> {
  const n = nextSequence();
  const { phones = [`06 ${uniqueDigits()}`], ...rest } = overrides;
  return prisma.contact.create({
    data: {
      tenantId,
      name: `Contact ${n}`,
      email: `contact-${n}@example.com`,
      ...rest,
      phones: normalisePhones(phones),
    },
  });
}

function normalisePhones(phones: (string | null | undefined)[]): string[] {
  const normalised = phones.map((phone) => normalisePhone(phone)).filter((phone) => phone !== null);
  return [...new Set(normalised)];
}
