import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database.js';
import { integrationTokenDigest } from '../factories/integration-token.js';
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
        priority: 50,
        match: { sources: ['shuttle'], events: ['up'] },
        action: 'open',
        event: null,
        formTemplateId: template.id,
        shuttleMode: 'new_frame',
        notification: { type: 'info', title: 'Call from {{caller}}', body: 'Queue {{queue.name}}' },
        enabled: true,
      }),
      expect.objectContaining({
        priority: 100,
        match: { sources: ['xivo'] },
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

    // The relay token is handed out once; the database keeps only its digest.
    expect(result.shuttleToken).toMatch(/^spk_[A-Za-z0-9_-]{43}$/);
    const tokens = await db.prisma.integrationToken.findMany({ where: { tenantId: tenant.id } });
    expect(tokens).toEqual([
      expect.objectContaining({
        platform: 'shuttle',
        tokenDigest: integrationTokenDigest(result.shuttleToken!),
        prefix: result.shuttleToken!.slice(0, 10),
        revokedAt: null,
      }),
    ]);
    expect(JSON.stringify(tokens)).not.toContain(result.shuttleToken);
  });

  it('uses the given Shuttle relay token, DEMO_SHUTTLE_TOKEN by default', async () => {
    const given = 'spk_demo-relay-token-for-the-compose-file';
    const fromEnv = 'spk_demo-relay-token-from-the-environment';
    const saved = process.env.DEMO_SHUTTLE_TOKEN;
    const [a, b] = [await openTestDatabase(), await openTestDatabase()];
    try {
      process.env.DEMO_SHUTTLE_TOKEN = fromEnv;
      expect((await seedDemo(a.prisma, { shuttleToken: given })).shuttleToken).toBe(given);
      const result = await seedDemo(b.prisma);
      expect(result.shuttleToken).toBe(fromEnv);
      const stored = await b.prisma.integrationToken.findUniqueOrThrow({
        where: { tokenDigest: integrationTokenDigest(fromEnv) },
      });
      expect(stored).toMatchObject({ tenantId: result.tenantId, platform: 'shuttle' });
    } finally {
      if (saved === undefined) delete process.env.DEMO_SHUTTLE_TOKEN;
      else process.env.DEMO_SHUTTLE_TOKEN = saved;
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('does nothing once a tenant exists', async () => {
    const before = await Promise.all([
      db.prisma.tenant.count(),
      db.prisma.rule.count(),
      db.prisma.contact.count(),
    ]);
    const tenant = await db.prisma.tenant.findUniqueOrThrow({ where: { slug: DEFAULT_TENANT_SLUG } });

    expect(await seedDemo(db.prisma)).toEqual({ seeded: false, tenantId: tenant.id });
    expect(await db.prisma.integrationToken.count()).toBe(1);

    expect(
      await Promise.all([db.prisma.tenant.count(), db.prisma.rule.count(), db.prisma.contact.count()]),
    ).toEqual(before);
  });
});
