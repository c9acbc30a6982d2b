import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TAuditEntry, TPage } from '@screenpop/contracts';
import type { PrismaClient } from '@screenpop/db';
import { createTenant } from '@screenpop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, issuePaths } from '../../test/admin-access.js';
import { signInAs, type SignedIn } from '../../test/sessions.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
let tenantId: string;
let admin: SignedIn;

async function entry(
  tenant: string,
  action: string,
  minutesAgo: number,
  overrides: { actorId?: string } = {},
) {
  const [entityType] = action.split('.');
  return prisma.auditEntry.create({
    data: {
      tenantId: tenant,
      actorEmail: 'someone@example.test',
      action,
      entityType: entityType!,
      entityId: `${entityType}-${minutesAgo}`,
      summary: `${action} ${minutesAgo} minutes ago`,
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
      ...overrides,
    },
  });
}

function audit(query: Record<string, string> = {}, headers: Record<string, string> = admin.headers) {
  return app.inject({ method: 'GET', url: '/api/admin/audit', query, headers });
}

beforeAll(async () => {
  testApp = await startTestApp();
  app = testApp.app;
  prisma = testApp.database.prisma;
  tenantId = (await createTenant(prisma)).id;
  admin = await signInAs(app, testApp.database, 'admin', tenantId);
  await entry(tenantId, 'rule.created', 30);
  await entry(tenantId, 'user.created', 20, { actorId: admin.user.id });
  await entry(tenantId, 'user.updated', 10);
  await entry(tenantId, 'template.deleted', 5);
  await entry((await createTenant(prisma)).id, 'user.created', 1);
});

afterAll(() => testApp?.close());

describe('GET /api/admin/audit', () => {
  it("lists the tenant's entries newest first, never another tenant's", async () => {
    const response = await audit();
    expect(response.statusCode).toBe(200);
    const page = response.json() as TPage<TAuditEntry>;
    expect(page.total).toBe(4);
    expect(page.items.map((item) => item.action)).toEqual([
      'template.deleted',
      'user.updated',
      'user.created',
      'rule.created',
    ]);
  });

  it('pages and filters by entity type, entity, action (exact or prefix) and actor', async () => {
    const second = (await audit({ page: '2', pageSize: '3' })).json() as TPage<TAuditEntry>;
    expect(second.items.map((item) => item.action)).toEqual(['rule.created']);
    const actions = async (query: Record<string, string>) =>
      ((await audit(query)).json() as TPage<TAuditEntry>).items.map((item) => item.action);
    expect(await actions({ entityType: 'user' })).toEqual(['user.updated', 'user.created']);
    expect(await actions({ entityType: 'user', entityId: 'user-20' })).toEqual(['user.created']);
    expect(await actions({ action: 'user.' })).toEqual(['user.updated', 'user.created']);
    expect(await actions({ action: 'user.updated' })).toEqual(['user.updated']);
    expect(await actions({ action: 'user' })).toEqual([]);
    expect(await actions({ actorId: admin.user.id })).toEqual(['user.created']);
  });

  it('names bad filters', async () => {
    const response = await audit({ actorId: 'me', pageSize: '0' });
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toEqual(['actorId', 'pageSize']);
  });

  it('lists the entity types of the tenant only', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/admin/audit/entity-types',
      headers: admin.headers,
    });
    expect(response.json()).toEqual({ entityTypes: ['rule', 'template', 'user'] });
  });

  it('is for administrators only', async () => {
    await expectAdminOnly(app, testApp.database, tenantId, [
      ['GET', '/api/admin/audit'],
      ['GET', '/api/admin/audit/entity-types'],
    ]);
  });
});
