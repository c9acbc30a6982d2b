import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type TFormView, xivoSampleRequest } from '@screenpop/contracts';
import { type PrismaClient, seedDemo } from '@screenpop/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/test-app.js';

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
let callSeq = 0;

/** A ringing call from Marie Curie (1013, a demo contact), as XucMgt posts it; returns its form id. */
async function ringingCall(overrides: Record<string, unknown> = {}): Promise<string> {
  callSeq += 1;
  const response = await app.inject({
    method: 'POST',
    url: '/api/xivo/thirdparty',
    payload: { ...xivoSampleRequest, callDataCallId: `1724800000.${callSeq}`, ...overrides },
  });
  expect(response.statusCode).toBe(200);
  return (response.json() as { url: string }).url.split('/').pop()!;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function request(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return app.inject({ method, url, ...(payload ? { payload } : {}) });
}

beforeAll(async () => {
  testApp = await startTestApp();
  app = testApp.app;
  prisma = testApp.database.prisma;
  await seedDemo(prisma);
});

afterAll(() => testApp?.close());

describe('GET /api/forms/:id', () => {
  it('shows the call, agent, queue, call data, matching contact and the template', async () => {
    const id = await ringingCall();
    const response = await request('GET', `/api/forms/${id}`);
    expect(response.statusCode).toBe(200);
    const view = response.json() as TFormView;
    expect(view).toMatchObject({
      id,
      status: 'pending',
      title: 'Third Party Sample',
      autopause: true,
      autopauseReason: 'backoffice',
      openedAt: null,
      completedAt: null,
      data: {},
      disposition: null,
      call: { caller: '1013', callee: '1023', direction: 'inbound', userData: xivoSampleRequest.userData },
      agent: { externalId: '29', fullName: 'James Bond' },
      queue: { name: 'edition', displayName: 'Edition', number: '3001' },
      contact: { name: 'Marie Curie', phones: expect.arrayContaining(['1013']) },
    });
    expect(view.template?.name).toBe('Call report');
    expect(view.template?.fields.map((field) => field.name)).toEqual(['reason', 'notes', 'followUp']);
    expect(view.template?.dispositions.map((d) => d.code)).toEqual([
      'resolved',
      'callback',
      'escalated',
      'no_answer',
    ]);
  });

  it('answers 404 in the error shape for an unknown id', async () => {
    const response = await request('GET', '/api/forms/not-a-form-id-at-all');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ statusCode: 404, error: 'Not Found', message: 'No such form' });
    expect((await request('POST', '/api/forms/not-a-form-id-at-all/complete', {})).statusCode).toBe(404);
    expect((await request('PATCH', '/api/forms/not-a-form-id-at-all', { data: {} })).statusCode).toBe(404);
  });
});

describe('the form from opening to completion', () => {
  it('marks it opened on first open only', async () => {
    const id = await ringingCall();
    const first = (await request('POST', `/api/forms/${id}/open`)).json() as TFormView;
    expect(first.status).toBe('opened');
    expect(first.openedAt).not.toBeNull();
    const again = (await request('POST', `/api/forms/${id}/open`)).json() as TFormView;
    expect(again.openedAt).toBe(first.openedAt);
  });

  it('saves drafts, merging them, and names unknown fields', async () => {
    const id = await ringingCall();
    const saved = await request('PATCH', `/api/forms/${id}`, { data: { notes: 'Wants a quote' } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'opened', data: { notes: 'Wants a quote' } });

    const merged = await request('PATCH', `/api/forms/${id}`, {
      data: { reason: 'order' },
      disposition: 'callback',
    });
    expect(merged.json()).toMatchObject({
      data: { notes: 'Wants a quote', reason: 'order' },
      disposition: 'callback',
    });

    const unknown = await request('PATCH', `/api/forms/${id}`, { data: { colour: 'red', notes: 'x' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues).toEqual([{ path: 'data.colour', message: 'Unknown field "colour"' }]);

    const wrongType = await request('PATCH', `/api/forms/${id}`, { data: { followUp: 'yes' } });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().issues[0].path).toBe('data.followUp');
    expect((await request('GET', `/api/forms/${id}`)).json().data).toEqual({
      notes: 'Wants a quote',
      reason: 'order',
    });
  });

  it('refuses to complete without the required fields and a valid disposition, naming them', async () => {
    const id = await ringingCall();
    const missing = await request('POST', `/api/forms/${id}/complete`, {
      data: { notes: 'No reason given' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues.map((issue: { path: string }) => issue.path)).toEqual([
      'data.reason',
      'disposition',
    ]);

    const badDisposition = await request('POST', `/api/forms/${id}/complete`, {
      data: { reason: 'order' },
      disposition: 'lost',
    });
    expect(badDisposition.statusCode).toBe(400);
    expect(badDisposition.json().issues).toEqual([
      {
        path: 'disposition',
        message: 'Unknown disposition "lost": expected one of resolved, callback, escalated, no_answer',
      },
    ]);
    expect((await request('GET', `/api/forms/${id}`)).json().status).toBe('pending');
  });

  it('completes once: records outcome and wrap-up time; completing again changes nothing', async () => {
    const id = await ringingCall();
    await request('POST', `/api/forms/${id}/open`);
    await prisma.formSession.update({ where: { id }, data: { openedAt: new Date(Date.now() - 42_000) } });
    await request('PATCH', `/api/forms/${id}`, { data: { notes: 'Order placed' } });

    const completed = await request('POST', `/api/forms/${id}/complete`, {
      data: { reason: 'order', followUp: true },
      disposition: 'resolved',
    });
    expect(completed.statusCode).toBe(200);
    const view = completed.json() as TFormView;
    expect(view).toMatchObject({
      status: 'completed',
      disposition: 'resolved',
      data: { notes: 'Order placed', reason: 'order', followUp: true },
    });
    expect(view.wrapUpSeconds).toBeGreaterThanOrEqual(42);
    expect(view.wrapUpSeconds).toBeLessThan(60);

    const again = await request('POST', `/api/forms/${id}/complete`, {
      data: { reason: 'support' },
      disposition: 'escalated',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(view);

    const draft = await request('PATCH', `/api/forms/${id}`, { data: { notes: 'too late' } });
    expect(draft.statusCode).toBe(409);
    expect(draft.json()).toMatchObject({ statusCode: 409, message: 'This form is already completed' });
  });

  it("lists the caller's previous calls, newest first, with their disposition and notes", async () => {
    const caller = '+33 1 44 27 00 00';
    const earlier = await ringingCall({ caller });
    await request('POST', `/api/forms/${earlier}/complete`, {
      data: { reason: 'support', notes: 'Asked about delivery' },
      disposition: 'callback',
    });
    await sleep(5);
    await ringingCall({ caller, queue: { id: 7, name: 'sales', displayName: 'Sales', number: '3002' } });
    await sleep(5);
    const latest = await ringingCall({ caller });

    const view = (await request('GET', `/api/forms/${latest}`)).json() as TFormView;
    expect(view.previousCalls).toHaveLength(2);
    expect(view.previousCalls[0]).toMatchObject({ queueName: 'Sales', disposition: null, notes: null });
    expect(view.previousCalls[1]).toMatchObject({
      queueName: 'Edition',
      agentName: 'James Bond',
      disposition: 'callback',
      notes: 'Asked about delivery',
    });
    expect(view.previousCalls.every((call) => call.caller === caller)).toBe(true);
  });
});

describe('a template edited while its form is open', () => {
  it('still completes: values of removed fields are dropped, the remaining fields are checked', async () => {
    const id = await ringingCall();
    expect(
      (await request('PATCH', `/api/forms/${id}`, { data: { notes: 'Will be orphaned' } })).statusCode,
    ).toBe(200);
    const template = await prisma.formTemplate.findFirstOrThrow({ where: { name: 'Call report' } });
    const fields = template.fields as { name: string }[];
    await prisma.formTemplate.update({
      where: { id: template.id },
      data: { fields: fields.filter((field) => field.name !== 'notes') },
    });
    try {
      const completed = await request('POST', `/api/forms/${id}/complete`, {
        data: { reason: 'support' },
        disposition: 'resolved',
      });
      expect(completed.statusCode).toBe(200);
      expect(completed.json()).toMatchObject({ status: 'completed', data: { reason: 'support' } });
      expect(completed.json().data).not.toHaveProperty('notes');
    } finally {
      await prisma.formTemplate.update({ where: { id: template.id }, data: { fields } });
    }
  });
});
