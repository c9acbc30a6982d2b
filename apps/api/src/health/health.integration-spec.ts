import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ZHealthResponse } from '@screenpop/contracts';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app/create-app.js';
import { startTestApp, testConfig, type TestApp } from '../test/test-app.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

let testApp: TestApp;
let app: NestFastifyApplication;

beforeAll(async () => {
  testApp = await startTestApp();
  app = testApp.app;
});

afterAll(() => testApp?.close());

describe('GET /api/health', () => {
  it('reports ok with the version, uptime and a database that answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const health = ZHealthResponse.parse(response.json());
    expect(health).toMatchObject({
      status: 'ok',
      version,
      database: { kind: testApp.database.kind, ok: true },
    });
    expect(health.database.latencyMs).toBeGreaterThanOrEqual(0);
    expect(health.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('answers 503, degraded, when the database does not answer', async () => {
    const unreachable = {
      ...testApp.database,
      ping: () => Promise.reject(new Error('connection refused')),
      close: () => Promise.resolve(),
    };
    const degradedApp = await createApp({ config: testConfig(), database: unreachable });
    try {
      const response = await degradedApp.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({
        status: 'degraded',
        database: { ok: false, latencyMs: null, error: 'connection refused' },
      });
    } finally {
      await degradedApp.close();
    }
  });
});

describe('OpenAPI', () => {
  it('documents the routes with the schemas of the contracts', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.info).toMatchObject({ title: 'Screenpop API', version });
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/xivo/thirdparty',
        '/api/forms/{id}',
        '/api/forms/{id}/open',
        '/api/forms/{id}/complete',
      ]),
    );
    const thirdParty = document.paths['/api/xivo/thirdparty'].post;
    const requestSchema = thirdParty.requestBody.content['application/json'].schema;
    expect(requestSchema.required).toEqual(expect.arrayContaining(['user', 'callDataCallId']));
    expect(requestSchema.properties.user.properties.agentId.type).toBe('integer');
    const answerSchema = thirdParty.responses['200'].content['application/json'].schema;
    expect(answerSchema.properties.action.enum).toEqual(['open', 'popup', 'run', 'none']);
    const completeSchema =
      document.paths['/api/forms/{id}/complete'].post.responses['400'].content['application/json'].schema;
    expect(completeSchema.properties.issues.type).toBe('array');
  });

  it('serves the Swagger UI', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toContain('swagger-ui');
  });
});
