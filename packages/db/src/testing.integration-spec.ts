import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.js';
import {
  createAgent,
  createCall,
  createContact,
  createFormTemplate,
  createIntegrationToken,
  createQueue,
  createRule,
  createTenant,
  integrationTokenDigest,
  openTestDatabase,
} from './testing.js';

const testDatabaseUrl = process.env.TEST_DATABASE_URL;

describe('openTestDatabase', () => {
  it('gives each caller its own database', async () => {
    const [first, second] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    try {
      await createTenant(first.prisma, { slug: 'only-in-first' });

      expect(await first.prisma.tenant.count({ where: { slug: 'only-in-first' } })).toBe(1);
      expect(await second.prisma.tenant.count()).toBe(0);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it.runIf(testDatabaseUrl)('drops its PostgreSQL schema on close', async () => {
    const db = await openTestDatabase();
    const schema = new URL(db.location).searchParams.get('schema');
    expect(schema).toMatch(/^test_/);
    await db.close();

    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    try {
      const { rowCount } = await client.query(
        'SELECT 1 FROM information_schema.schemata WHERE schema_name = $1',
        [schema],
      );
      expect(rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });
});

describe('factories', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db?.close());

  it('create valid rows with unique values', async () => {
    const [a, b] = [await createTenant(db.prisma), await createTenant(db.prisma)];
    expect(a.slug).not.toBe(b.slug);

    const agents = [await createAgent(db.prisma, a.id), await createAgent(db.prisma, a.id)];
    expect(new Set(agents.map((agent) => agent.externalId)).size).toBe(2);
    const queues = [await createQueue(db.prisma, a.id), await createQueue(db.prisma, a.id)];
    expect(new Set(queues.map((queue) => queue.name)).size).toBe(2);
    const templates = [await createFormTemplate(db.prisma, a.id), await createFormTemplate(db.prisma, a.id)];
    expect(new Set(templates.map((template) => template.name)).size).toBe(2);

    const call = await createCall(db.prisma, a.id, { queueId: queues[0]!.id, agentId: agents[0]!.id });
    expect(call).toMatchObject({ source: 'xivo', state: 'ringing', queueId: queues[0]!.id });
    expect(call.callerNormalized).toMatch(/^\+331\d{8}$/);
    expect((await createCall(db.prisma, a.id, { caller: '1013' })).callerNormalized).toBe('1013');
  });

  it('give rules unique increasing priorities and a target', async () => {
    const tenant = await createTenant(db.prisma);
    const template = await createFormTemplate(db.prisma, tenant.id);
    const first = await createRule(db.prisma, tenant.id);
    const second = await createRule(db.prisma, tenant.id, { formTemplateId: template.id });

    expect(second.priority).toBeGreaterThan(first.priority);
    expect(first).toMatchObject({ action: 'open', match: {}, enabled: true });
    expect(first.urlTemplate).toBeTruthy();
    expect(second).toMatchObject({ formTemplateId: template.id, urlTemplate: null });
    expect((await createRule(db.prisma, tenant.id, { action: 'none' })).urlTemplate).toBeNull();
  });

  it('create integration tokens that are stored as a digest, and given back once', async () => {
    const tenant = await createTenant(db.prisma);
    const [a, b] = [
      await createIntegrationToken(db.prisma, tenant.id),
      await createIntegrationToken(db.prisma, tenant.id),
    ];
    expect(a.token).toMatch(/^spk_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a).toMatchObject({
      platform: 'shuttle',
      prefix: a.token.slice(0, 10),
      revokedAt: null,
      lastUsedAt: null,
    });
    const row = await db.prisma.integrationToken.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.tokenDigest).toBe(integrationTokenDigest(a.token));
    expect(row.tokenDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(a.token);
    const given = await createIntegrationToken(db.prisma, tenant.id, {
      token: 'spk_given',
      platform: 'vodia',
    });
    expect(given).toMatchObject({ token: 'spk_given', platform: 'vodia', prefix: 'spk_given' });
  });

  it('store contact phones normalised', async () => {
    const tenant = await createTenant(db.prisma);
    const contact = await createContact(db.prisma, tenant.id, {
      phones: ['01 23 45 67 89', '+33 1 23 45 67 89', '1013', 'n/a', null],
    });
    expect(contact.phones).toEqual(['+33123456789', '1013']);
    expect((await createContact(db.prisma, tenant.id)).phones).toEqual([
      expect.stringMatching(/^\+336\d{8}$/),
    ]);
  });
});
