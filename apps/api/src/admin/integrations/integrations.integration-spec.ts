import { hkdfSync } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { shuttleSampleUp, xivoSampleRequest } from '@screenpop/contracts';
import type { Database, Tenant } from '@screenpop/db';
import { createIntegrationToken, createTenant } from '@screenpop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRelay, type RelayClient } from '../../test/relay-socket.js';
import { expectAdminOnly } from '../../test/admin-access.js';
import { type SignedIn, signInAs } from '../../test/sessions.js';
import { startTestApp, TEST_SECRETS_KEY, TEST_WEB_URL, type TestApp } from '../../test/test-app.js';
import { SecretBox, SecretBoxError } from './secret-box.js';
import { IntegrationsService, secretsAssociatedData } from './integrations.service.js';

const GLOBAL_ORIGIN = 'https://xuc-global.example.org';
const TENANT_ORIGIN = 'https://xuc-tenant.example.org:8443';
const API_PASSWORD = 'vodia-api-password-Zq81xP';
const WEBHOOK_SECRET = 'vodia-webhook-secret-Lm55kT';
const SECRETS = [API_PASSWORD, WEBHOOK_SECRET];

let testApp: TestApp;
let app: NestFastifyApplication;
let database: Database;
let baseUrl: string;
let tenant: Tenant;
let admin: SignedIn;
/** Every response body of this file, searched at the end for the secrets. */
const bodies: string[] = [];

type Method = 'GET' | 'PUT' | 'POST';

async function call(method: Method, url: string, signedIn: SignedIn | null, payload?: unknown) {
  const response = await app.inject({
    method,
    url,
    headers: signedIn?.headers ?? {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  bodies.push(response.body);
  return response;
}

/** The key the API derives from SECRETS_KEY for integration secrets (HKDF-SHA256, as SecretKeys does). */
function integrationKey(): Buffer {
  return Buffer.from(
    hkdfSync(
      'sha256',
      Buffer.from(TEST_SECRETS_KEY, 'hex'),
      Buffer.alloc(0),
      'screenpop:integration-secrets',
      32,
    ),
  );
}

beforeAll(async () => {
  testApp = await startTestApp({ XIVO_ALLOWED_ORIGINS: GLOBAL_ORIGIN });
  ({ app, database } = testApp);
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = await app.getUrl();
  tenant = await createTenant(database.prisma);
  admin = await signInAs(app, database, 'admin', tenant.id);
});

afterAll(async () => {
  await testApp?.close();
});

describe('access', () => {
  it('answers 401 without a session and 403 to a supervisor and an agent, on every route', async () => {
    await expectAdminOnly(app, database, tenant.id, [
      ['GET', '/api/admin/integrations'],
      ['GET', '/api/admin/integrations/xivo'],
      ['PUT', '/api/admin/integrations/xivo', { settings: { allowedOrigins: [] } }],
      ['PUT', '/api/admin/integrations/shuttle', { settings: {} }],
      ['PUT', '/api/admin/integrations/vodia', { settings: {} }],
      ['GET', '/api/admin/integrations/shuttle/tokens'],
      ['POST', '/api/admin/integrations/shuttle/tokens', { name: 'Relay' }],
      ['POST', '/api/admin/integrations/shuttle/tokens/00000000-0000-4000-8000-000000000000/revoke'],
    ]);
  });
});

describe('GET /api/admin/integrations', () => {
  it('answers every platform with defaults, secrets not set, and the addresses to give each platform', async () => {
    const fresh = await signInAs(app, database, 'admin');
    const { slug } = await database.prisma.tenant.findUniqueOrThrow({ where: { id: fresh.user.tenantId } });
    const response = await call('GET', '/api/admin/integrations', fresh);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      xivo: {
        platform: 'xivo',
        settings: { allowedOrigins: [] },
        secrets: {},
        updatedAt: null,
        connection: {
          thirdPartyUrl: `${TEST_WEB_URL}/api/xivo/thirdparty?tenant=${slug}`,
          loginUrl: `${TEST_WEB_URL}/api/xivo/login?tenant=${slug}&login=%{login}&token=%{token}&xivoccHost=%{xivocchost}`,
        },
      },
      shuttle: {
        platform: 'shuttle',
        settings: { realtimeUrl: null },
        secrets: {},
        updatedAt: null,
        connection: { socketNamespace: '/shuttle', eventsUrl: `${TEST_WEB_URL}/api/shuttle/events` },
      },
      vodia: {
        platform: 'vodia',
        settings: { pbxUrl: null, tenantDomain: null },
        secrets: {
          apiPassword: { set: false, updatedAt: null },
          webhookSecret: { set: false, updatedAt: null },
        },
        updatedAt: null,
        connection: {},
      },
    });
  });

  it('answers one platform, and 400 naming an unknown one', async () => {
    const one = await call('GET', '/api/admin/integrations/vodia', admin);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ platform: 'vodia' });
    const unknown = await call('GET', '/api/admin/integrations/asterisk', admin);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues[0].path).toBe('platform');
  });
});

describe('PUT /api/admin/integrations/xivo and the web service CORS', () => {
  const preflight = (slug: string, origin: string) =>
    fetch(`${baseUrl}/api/xivo/thirdparty?tenant=${slug}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });

  it('saves the origins (normalised, duplicates dropped), audits them, and allows them at once', async () => {
    expect(
      (await preflight(tenant.slug, TENANT_ORIGIN)).headers.get('access-control-allow-origin'),
    ).toBeNull();

    const response = await call('PUT', '/api/admin/integrations/xivo', admin, {
      settings: { allowedOrigins: [`${TENANT_ORIGIN}/`, 'HTTPS://Other.Example.org', TENANT_ORIGIN] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().settings).toEqual({
      allowedOrigins: [TENANT_ORIGIN, 'https://other.example.org'],
    });
    expect((await call('GET', '/api/admin/integrations/xivo', admin)).json().settings.allowedOrigins).toEqual(
      [TENANT_ORIGIN, 'https://other.example.org'],
    );

    const options = await preflight(tenant.slug, TENANT_ORIGIN);
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe(TENANT_ORIGIN);

    const post = await fetch(`${baseUrl}/api/xivo/thirdparty?tenant=${tenant.slug}`, {
      method: 'POST',
      headers: { origin: TENANT_ORIGIN, 'content-type': 'application/json' },
      body: JSON.stringify(xivoSampleRequest),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBe(TENANT_ORIGIN);

    const audit = await database.prisma.auditEntry.findFirstOrThrow({
      where: { tenantId: tenant.id, action: 'integration.settings_updated', entityId: 'xivo' },
    });
    expect(audit.changes).toEqual({
      before: { allowedOrigins: [] },
      after: { allowedOrigins: [TENANT_ORIGIN, 'https://other.example.org'] },
    });
  });

  it("keeps one tenant's origins to that tenant, and XIVO_ALLOWED_ORIGINS for all", async () => {
    const other = await createTenant(database.prisma);
    expect(
      (await preflight(other.slug, TENANT_ORIGIN)).headers.get('access-control-allow-origin'),
    ).toBeNull();
    expect((await preflight(other.slug, GLOBAL_ORIGIN)).headers.get('access-control-allow-origin')).toBe(
      GLOBAL_ORIGIN,
    );
    expect(
      (await preflight('no-such-tenant', TENANT_ORIGIN)).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('stops allowing an origin as soon as it is removed', async () => {
    const response = await call('PUT', '/api/admin/integrations/xivo', admin, {
      settings: { allowedOrigins: ['https://other.example.org'] },
    });
    expect(response.statusCode).toBe(200);
    expect(
      (await preflight(tenant.slug, TENANT_ORIGIN)).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('answers 400 naming the bad origin and its place in the list, and saves nothing', async () => {
    const response = await call('PUT', '/api/admin/integrations/xivo', admin, {
      settings: { allowedOrigins: ['https://ok.example.org', 'https://xuc.example.org/path'] },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.issues).toEqual([
      {
        path: 'settings.allowedOrigins.1',
        message: expect.stringContaining('"https://xuc.example.org/path"'),
      },
    ]);
    expect((await call('GET', '/api/admin/integrations/xivo', admin)).json().settings.allowedOrigins).toEqual(
      ['https://other.example.org'],
    );
  });

  it('answers 400 naming unknown fields', async () => {
    const response = await call('PUT', '/api/admin/integrations/xivo', admin, {
      settings: { allowedOrigins: [] },
      secrets: { password: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json().issues)).toContain('secrets');
  });
});

describe('PUT /api/admin/integrations/vodia: secrets', () => {
  it('stores secrets encrypted for this tenant only, answers only that they are set, and audits names only', async () => {
    const response = await call('PUT', '/api/admin/integrations/vodia', admin, {
      settings: { pbxUrl: 'https://pbx.example.com', tenantDomain: 'Tenant1.PBX.example.com' },
      secrets: { apiPassword: API_PASSWORD, webhookSecret: WEBHOOK_SECRET },
    });
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view.settings).toEqual({
      pbxUrl: 'https://pbx.example.com',
      tenantDomain: 'tenant1.pbx.example.com',
    });
    expect(view.secrets).toEqual({
      apiPassword: { set: true, updatedAt: expect.any(String) },
      webhookSecret: { set: true, updatedAt: expect.any(String) },
    });

    const row = await database.prisma.integrationSetting.findUniqueOrThrow({
      where: { tenantId_platform: { tenantId: tenant.id, platform: 'vodia' } },
    });
    expect(row.secretKeys).toEqual(['apiPassword', 'webhookSecret']);
    expect(row.secrets).toMatch(/^v1\./);
    for (const secret of SECRETS) {
      expect(row.secrets).not.toContain(secret);
      expect(JSON.stringify(row.settings)).not.toContain(secret);
    }
    const box = new SecretBox(integrationKey());
    expect(JSON.parse(box.open(row.secrets!, secretsAssociatedData(tenant.id, 'vodia')))).toEqual({
      apiPassword: API_PASSWORD,
      webhookSecret: WEBHOOK_SECRET,
    });
    const other = await createTenant(database.prisma);
    expect(() => box.open(row.secrets!, secretsAssociatedData(other.id, 'vodia'))).toThrow(SecretBoxError);

    const audit = await database.prisma.auditEntry.findMany({
      where: { tenantId: tenant.id, entityId: 'vodia' },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'integration.settings_updated',
      'integration.secret_replaced',
    ]);
    expect(audit[1]!.changes).toEqual({ secrets: ['apiPassword', 'webhookSecret'] });
    for (const secret of SECRETS) expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('keeps a secret left out, replaces one sent, and clears one sent as null', async () => {
    const replacement = 'vodia-api-password-second-Yy20';
    SECRETS.push(replacement);
    const replaced = await call('PUT', '/api/admin/integrations/vodia', admin, {
      settings: { pbxUrl: 'https://pbx.example.com', tenantDomain: 'tenant1.pbx.example.com' },
      secrets: { apiPassword: replacement },
    });
    expect(replaced.statusCode).toBe(200);
    const cleared = await call('PUT', '/api/admin/integrations/vodia', admin, {
      settings: { pbxUrl: 'https://pbx.example.com', tenantDomain: 'tenant1.pbx.example.com' },
      secrets: { webhookSecret: null },
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().secrets).toEqual({
      apiPassword: { set: true, updatedAt: expect.any(String) },
      webhookSecret: { set: false, updatedAt: null },
    });

    const row = await database.prisma.integrationSetting.findUniqueOrThrow({
      where: { tenantId_platform: { tenantId: tenant.id, platform: 'vodia' } },
    });
    expect(row.secretKeys).toEqual(['apiPassword']);
    const box = new SecretBox(integrationKey());
    expect(JSON.parse(box.open(row.secrets!, secretsAssociatedData(tenant.id, 'vodia')))).toEqual({
      apiPassword: replacement,
    });
    const actions = await database.prisma.auditEntry.findMany({
      where: { tenantId: tenant.id, entityId: 'vodia', action: { startsWith: 'integration.secret_' } },
      orderBy: { createdAt: 'asc' },
      select: { action: true, changes: true },
    });
    expect(actions.slice(-2)).toEqual([
      { action: 'integration.secret_replaced', changes: { secrets: ['apiPassword'] } },
      { action: 'integration.secret_cleared', changes: { secrets: ['webhookSecret'] } },
    ]);
  });

  it('answers 400 naming an unknown secret, an empty one, or a bad address', async () => {
    const response = await call('PUT', '/api/admin/integrations/vodia', admin, {
      settings: { pbxUrl: 'ftp://pbx.example.com', tenantDomain: null },
      secrets: { apiPassword: '', token: 'x' },
    });
    expect(response.statusCode).toBe(400);
    const paths = (response.json().issues as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['secrets', 'secrets.apiPassword', 'settings.pbxUrl']);
  });

  it('gives the platform code the secrets in clear, for its own tenant only', async () => {
    const service = app.get(IntegrationsService);
    expect(await service.readSecrets(tenant.id, 'vodia')).toEqual({ apiPassword: SECRETS[2] });
    const other = await createTenant(database.prisma);
    expect(await service.readSecrets(other.id, 'vodia')).toEqual({});
  });

  it('answers 409 when the stored secrets cannot be read with the key, and keeps them', async () => {
    SECRETS.push('another-value-Q1');
    const other = await createTenant(database.prisma);
    const otherAdmin = await signInAs(app, database, 'admin', other.id);
    const copied = await database.prisma.integrationSetting.findUniqueOrThrow({
      where: { tenantId_platform: { tenantId: tenant.id, platform: 'vodia' } },
    });
    // A blob copied from another tenant is sealed for that tenant: it does not open here.
    await database.prisma.integrationSetting.create({
      data: { tenantId: other.id, platform: 'vodia', secrets: copied.secrets, secretKeys: ['apiPassword'] },
    });
    const response = await call('PUT', '/api/admin/integrations/vodia', otherAdmin, {
      settings: {},
      secrets: { webhookSecret: 'another-value-Q1' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toMatch(/cannot be decrypted.*enter apiPassword again, or clear it/);
    const replaced = await call('PUT', '/api/admin/integrations/vodia', otherAdmin, {
      settings: {},
      secrets: { apiPassword: null, webhookSecret: 'another-value-Q1' },
    });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().secrets.webhookSecret.set).toBe(true);
  });

  it("keeps tenants apart: another tenant's administrator sees none of it", async () => {
    const stranger = await signInAs(app, database, 'admin');
    const view = (await call('GET', '/api/admin/integrations', stranger)).json();
    expect(view.vodia.secrets.apiPassword.set).toBe(false);
    expect(view.vodia.settings.pbxUrl).toBeNull();
    expect(view.xivo.settings.allowedOrigins).toEqual([]);
  });
});

describe('without SECRETS_KEY', () => {
  let keyless: TestApp;
  let keylessAdmin: SignedIn;

  beforeAll(async () => {
    keyless = await startTestApp({ SECRETS_KEY: '' });
    keylessAdmin = await signInAs(keyless.app, keyless.database, 'admin');
  });
  afterAll(() => keyless?.close());

  it('answers 409 saying to set SECRETS_KEY when a secret is sent, and saves nothing', async () => {
    const response = await keyless.app.inject({
      method: 'PUT',
      url: '/api/admin/integrations/vodia',
      headers: keylessAdmin.headers,
      payload: { settings: { pbxUrl: 'https://pbx.example.com' }, secrets: { apiPassword: API_PASSWORD } },
    });
    bodies.push(response.body);
    expect(response.statusCode).toBe(409);
    expect(response.json().message).toContain('SECRETS_KEY');
    expect(await keyless.database.prisma.integrationSetting.count()).toBe(0);
  });

  it('still saves public settings', async () => {
    const response = await keyless.app.inject({
      method: 'PUT',
      url: '/api/admin/integrations/vodia',
      headers: keylessAdmin.headers,
      payload: { settings: { pbxUrl: 'https://pbx.example.com' } },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().settings.pbxUrl).toBe('https://pbx.example.com');
  });
});

describe('Shuttle relay tokens', () => {
  const tokensUrl = '/api/admin/integrations/shuttle/tokens';
  const relayPost = (token: string) =>
    app.inject({
      method: 'POST',
      url: '/api/shuttle/events',
      headers: { authorization: `Bearer ${token}` },
      payload: { ...shuttleSampleUp, uniqueid: `1800000000.${Math.floor(Math.random() * 1e6)}` },
    });

  it('creates a token shown once, which the relay intake accepts, until it is revoked', async () => {
    const created = await call('POST', tokensUrl, admin, { name: '  Paris relay  ' });
    expect(created.statusCode).toBe(201);
    const { token, ...item } = created.json();
    expect(token).toMatch(/^spk_[\w-]{43}$/);
    expect(item).toEqual({
      id: expect.any(String),
      name: 'Paris relay',
      prefix: token.slice(0, 10),
      createdAt: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
    });

    const stored = await database.prisma.integrationToken.findUniqueOrThrow({ where: { id: item.id } });
    expect(JSON.stringify(stored)).not.toContain(token);

    const list = await call('GET', tokensUrl, admin);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token);
    expect(list.json().items.map((t: { id: string }) => t.id)).toContain(item.id);

    expect((await relayPost(token)).statusCode).toBe(200);
    const socket: RelayClient = await connectRelay(baseUrl, { token });
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    const revoked = await call('POST', `${tokensUrl}/${item.id}/revoke`, admin);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: item.id, revokedAt: expect.any(String) });
    expect(await disconnected).toBe('io server disconnect');
    socket.close();

    const refused = await relayPost(token);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().message).toContain('revoked');
    await expect(connectRelay(baseUrl, { token })).rejects.toThrow(/revoked/);

    const again = await call('POST', `${tokensUrl}/${item.id}/revoke`, admin);
    expect(again.statusCode).toBe(200);
    expect(again.json().revokedAt).toBe(revoked.json().revokedAt);

    const audit = await database.prisma.auditEntry.findMany({
      where: { tenantId: tenant.id, entityId: item.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'integration.token_created',
      'integration.token_revoked',
    ]);
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it('answers 400 naming the name', async () => {
    const response = await call('POST', tokensUrl, admin, { name: '   ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'name', message: 'Give the token a name' }]);
  });

  it("answers 404 for another tenant's token or an unknown id, and lists only the tenant's", async () => {
    const other = await createTenant(database.prisma);
    const theirs = await createIntegrationToken(database.prisma, other.id);
    expect((await call('POST', `${tokensUrl}/${theirs.id}/revoke`, admin)).statusCode).toBe(404);
    expect((await call('POST', `${tokensUrl}/not-a-uuid/revoke`, admin)).statusCode).toBe(404);
    const list = await call('GET', tokensUrl, admin);
    expect(list.json().items.map((t: { id: string }) => t.id)).not.toContain(theirs.id);
    expect((await relayPost(theirs.token)).statusCode).toBe(200);
  });
});

describe('secrets never leave', () => {
  it('appear in no response body of this file', () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) for (const secret of SECRETS) expect(body).not.toContain(secret);
  });
});
