import { expect, test } from '@playwright/test';
import { xivoSampleRequest } from '@screenpop/contracts';
import { API_URL, WEB_URL } from './support/env';

const endpoint = `${API_URL}/api/xivo/thirdparty`;

test('the preflight allows the XucMgt origin as the seed requires', async ({ request }) => {
  const res = await request.fetch(endpoint, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://xivo.example.com',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });
  expect(res.status()).toBeLessThan(300);
  const headers = res.headers();
  expect(headers['access-control-allow-origin']).toMatch(/^(\*|https:\/\/xivo\.example\.com)$/);
  expect(headers['access-control-allow-methods']).toMatch(/POST/);
  expect(headers['access-control-allow-methods']).toMatch(/OPTIONS/);
  for (const h of ['Origin', 'X-Requested-With', 'Content-Type', 'Accept']) {
    expect(headers['access-control-allow-headers']).toContain(h);
  }
});

test('the same call posted twice answers the same form URL', async ({ request }) => {
  const body = { ...xivoSampleRequest, callDataCallId: `${Date.now()}.e2e` };
  const first = await (await request.post(endpoint, { data: body })).json();
  const second = await (await request.post(endpoint, { data: body })).json();
  expect(first.url).toMatch(new RegExp(`^${WEB_URL}/thirdparty/open/`));
  expect(second.url).toBe(first.url);
});

test('bad input is a 400 naming the field, through the web origin too', async ({ request }) => {
  const { callDataCallId: _omit, ...body } = xivoSampleRequest;
  const res = await request.post(`${WEB_URL}/api/xivo/thirdparty`, { data: body });
  expect(res.status()).toBe(400);
  expect(JSON.stringify(await res.json())).toContain('callDataCallId');
});

test('the per-call form may be framed by any platform, other pages only by us', async ({ request }) => {
  const form = await request.get(`${WEB_URL}/thirdparty/open/unknown-form-id`);
  expect(form.headers()['content-security-policy']).toContain('frame-ancestors *');
  const simulator = await request.get(`${WEB_URL}/simulator`);
  expect(simulator.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
});

test('health and API documentation are served', async ({ request }) => {
  const health = await (await request.get(`${API_URL}/api/health`)).json();
  expect(health).toMatchObject({ status: 'ok', database: { ok: true } });
  const doc = await (await request.get(`${API_URL}/api/docs/openapi.json`)).json();
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/xivo/thirdparty', '/api/forms/{id}']));
});
