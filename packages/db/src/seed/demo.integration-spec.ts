import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { normalisePhone } from '../phone.js';
import { openTestDatabase } from '../testing.js';
import { DEFAULT_TENANT_SLUG, seedDemo } from './demo.js';

describe('seedDemo', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it('creates the demo call centre on an empty database', async () => {
    const result = await seedDemo(db.prisma);

    expect(result.seeded).toBe(true);
    const tenant = await db.prisma.tenant.findUniqueOrThrow({ where: { slug: DEFAULT_TENANT_SLUG } });
    expect(tenant).toMatchObject({ id: result.tenantId, name: 'Demo call centre' });

    const template = await db.prisma.formTemplate.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(template.name).toBe('Call report');
    expect(template.fields).toEqual([
      expect.objectContaining({
        name: 'reason',
        type: 'select',
        required: true,
        options: ['information', 'complaint', 'order', 'support', 'other'].map((value) =>
          expect.objectContaining({ value }),
        ),
      }),
      expect.objectContaining({ name: 'notes', type: 'textarea', required: false }),
      expect.objectContaining({ name: 'followUp', type: 'checkbox', label: 'Follow-up needed' }),
    ]);
    expect(template.dispositions).toEqual([
      { code: 'resolved', label: 'Resolved' },
      { code: 'callback', label: 'Call back' },
      { code: 'escalated', label: 'Escalated' },
      { code: 'no_answer', label: 'No action needed' },
    ]);

    const rules = await db.prisma.rule.findMany({
      where: { tenantId: tenant.id },
      orderBy: { priority: 'asc' },
    });
    expect(rules).toEqual([
      expect.objectContaining({
        priority: 10,
        match: { queues: ['sales', '3002'] },
        action: 'popup',
        event: 'EventEstablished',
        formTemplateId: template.id,
        multitab: true,
        titleTemplate: 'Sales: {{caller}}',
        autopause: false,
        enabled: true,
      }),
      expect.objectContaining({
        priority: 100,
        match: {},
        action: 'open',
        event: 'EventReleased',
        formTemplateId: template.id,
        autopause: true,
        autopauseReason: 'backoffice',
        titleTemplate: 'Third Party Sample',
        urlTemplate: null,
        enabled: true,
      }),
    ]);

    const contacts = await db.prisma.contact.findMany({ where: { tenantId: tenant.id } });
    expect(contacts.length).toBeGreaterThanOrEqual(30);
    for (const contact of contacts) {
      expect(contact.phones.length).toBeGreaterThan(0);
      for (const phone of contact.phones) expect(normalisePhone(phone)).toBe(phone);
    }
    const caller = await db.prisma.contact.findFirstOrThrow({ where: { phones: { has: '1013' } } });
    expect(caller).toMatchObject({ name: 'Marie Curie', company: 'Institut du Radium' });
    expect(await db.prisma.contact.count({ where: { phones: { has: '1023' } } })).toBe(1);
    expect(await db.prisma.contact.count({ where: { phones: { has: '+33199001203' } } })).toBe(1);

    expect(await db.prisma.queue.count()).toBe(0);
    expect(await db.prisma.agent.count()).toBe(0);
  });

  it('does nothing once a tenant exists', async () => {
    const before = await Promise.all([
      db.prisma.tenant.count(),
      db.prisma.rule.count(),
      db.prisma.contact.count(),
    ]);
    const tenant = await db.prisma.tenant.findUniqueOrThrow({ where: { slug: DEFAULT_TENANT_SLUG } });

    expect(await seedDemo(db.prisma)).toEqual({ seeded: false, tenantId: tenant.id });

    expect(
      await Promise.all([db.prisma.tenant.count(), db.prisma.rule.count(), db.prisma.contact.count()]),
    ).toEqual(before);
  });
});
