import { expect, test } from '@playwright/test';
import { SUPERVISOR_TOKEN, WEB_URL } from './support/env';

test('the live calls need the supervisor token, through the web origin too', async ({ request }) => {
  const url = `${WEB_URL}/api/calls/live`;
  expect((await request.get(url)).status()).toBe(401);
  expect(
    (await request.get(url, { headers: { Authorization: 'Bearer wrong-token-0123456789' } })).status(),
  ).toBe(401);
  const res = await request.get(url, { headers: { Authorization: `Bearer ${SUPERVISOR_TOKEN}` } });
  expect(res.status()).toBe(200);
  expect(Array.isArray(await res.json())).toBe(true);
});
