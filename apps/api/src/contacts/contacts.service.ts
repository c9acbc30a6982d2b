import { Inject, Injectable } from '@nestjs/common';
import type { TFormContact } from '@screenpop/contracts';
import type { Database } from '@screenpop/db';
import { DATABASE } from '../common/database.module.js';

@Injectable()
export class ContactsService {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /** The contact one of whose (normalised) numbers is this one; the first by name when several share it. */
  async findByPhone(tenantId: string, phoneNormalized: string | null): Promise<TFormContact | null> {
    if (!phoneNormalized) return null;
    const contact = await this.database.prisma.contact.findFirst({
      where: { tenantId, phones: { has: phoneNormalized } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: { id: true, name: true, company: true, email: true, phones: true },
    });
    return contact;
  }
}
