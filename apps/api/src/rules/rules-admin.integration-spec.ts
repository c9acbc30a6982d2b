import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  SIMULATED_FORM_ID,
  shuttleSampleUp,
  type TRuleAdmin,
  type TRuleAdminList,
  type TRuleSimulateResponse,
  xivoSampleRequest,
} from '@screenpop/contracts';
import type { PrismaClient, Tenant } from '@screenpop/db';
import { createFormTemplate, createRule, createTenant } from '@screenpop/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectAdminOnly, issuePaths, type Method } from '../test/admin-access.js';
import { signInAs, type SignedIn } from '../test/sessions.js';
import { startTestApp, TEST_WEB_URL, type TestApp } from '../test/test-app.js';

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;

function call(method: Method, url: string, headers: Record<string, string> = {}, payload?: object) {
  return app.inject({ method, url: `/api/admin/rules${url}`, headers, ...(payload ? { payload } : {}) });
}

const MISSING_ID = '00000000-0000-4000-8000-000000000000';
let callSeq = 0;

function thirdParty(slug: string, queue = { id: 7, name: 'vip', number: '3007' }) {
  callSeq += 1;
  return app.inject({
    method: 'POST',
    url: `/api/xivo/thirdparty?tenant=${slug}`,
    payload: { ...xivoSampleRequest, callDataCallId: `1724763376.${5000 + callSeq}`, queue },
  });
}

beforeAll(async () => {
  // The intakes keep rules for ten minutes here: only invalidation makes a change visible at once.
  testApp = await startTestApp({ RULES_CACHE_TTL_MS: '600000' });
  app = testApp.app;
  prisma = testApp.database.prisma;
});

afterAll(() => testApp?.close());

describe('access to /api/admin/rules', () => {
  it('answers 401 without a session and 403 to supervisors and agents, on every route', async () => {
    const tenantId = (await createTenant(prisma)).id;
    const ruleId = (await createRule(prisma, tenantId)).id;
    const base = '/api/admin/rules';
    await expectAdminOnly(app, testApp.database, tenantId, [
      ['GET', base],
      ['GET', `${base}/targets`],
      ['GET', `${base}/${ruleId}`],
      ['POST', base, { name: 'X', action: 'none' }],
      ['PUT', `${base}/${ruleId}`, { name: 'X', action: 'none' }],
      ['PATCH', `${base}/${ruleId}/enabled`, { enabled: false }],
      ['DELETE', `${base}/${ruleId}`],
      ['POST', `${base}/reorder`, { ids: [ruleId] }],
      ['POST', `${base}/simulate`, { sample: { platform: 'xivo', payload: xivoSampleRequest } }],
    ]);
    expect(await prisma.rule.count({ where: { id: ruleId } })).toBe(1);
  });
});

describe('the API documentation', () => {
  it('describes every rules route with its schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = response.json<{ paths: Record<string, Record<string, unknown>> }>().paths;
    expect(Object.keys(paths['/api/admin/rules']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(paths['/api/admin/rules/{id}']!).sort()).toEqual(['delete', 'get', 'put']);
    for (const path of [
      '/api/admin/rules/targets',
      '/api/admin/rules/reorder',
      '/api/admin/rules/simulate',
    ]) {
      expect(paths[path], path).toBeDefined();
    }
    expect(JSON.stringify(paths['/api/admin/rules/simulate'])).toContain('formSession');
  });
});

describe('managing rules', () => {
  let tenant: Tenant;
  let admin: SignedIn;
  let templateId: string;
  let first: string;
  let second: string;

  beforeEach(async () => {
    tenant = await createTenant(prisma);
    admin = await signInAs(app, testApp.database, 'admin', tenant.id);
    templateId = (await createFormTemplate(prisma, tenant.id, { name: 'Call report' })).id;
    first = (
      await createRule(prisma, tenant.id, { name: 'Sales', priority: 10, match: { queues: ['sales'] } })
    ).id;
    second = (
      await createRule(prisma, tenant.id, {
        name: 'Every XiVO call',
        priority: 20,
        match: { sources: ['xivo'] },
        action: 'open',
        event: 'EventReleased',
        formTemplateId: templateId,
      })
    ).id;
  });

  it('lists the rules in order with their positions and template names, disabled ones included', async () => {
    await createRule(prisma, tenant.id, { name: 'Off', priority: 5, enabled: false });
    const response = await call('GET', '', admin.headers);
    expect(response.statusCode).toBe(200);
    const body = response.json<TRuleAdminList>();
    expect(body.total).toBe(3);
    expect(body.items.map((rule) => [rule.position, rule.name, rule.enabled])).toEqual([
      [1, 'Off', false],
      [2, 'Sales', true],
      [3, 'Every XiVO call', true],
    ]);
    expect(body.items[2]).toMatchObject({ formTemplateId: templateId, formTemplateName: 'Call report' });

    const one = await call('GET', `/${second}`, admin.headers);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: second, position: 3, event: 'EventReleased' });

    expect((await call('GET', '/targets', admin.headers)).json()).toEqual({
      formTemplates: [{ id: templateId, name: 'Call report' }],
    });
  });

  it('creates a rule last, audited, and the XiVO intake uses it for the next call', async () => {
    // The intake reads (and keeps) the rules before the change.
    expect((await thirdParty(tenant.slug)).json()).toMatchObject({ action: 'open', event: 'EventReleased' });

    const created = await call('POST', '', admin.headers, {
      name: 'VIP',
      match: { queues: ['vip'] },
      action: 'popup',
      urlTemplate: 'https://crm.example.com/vip?phone={{caller}}&queue={{queue.name}}',
      multitab: true,
    });
    expect(created.statusCode).toBe(201);
    const rule = created.json<TRuleAdmin>();
    expect(rule).toMatchObject({
      name: 'VIP',
      position: 3,
      enabled: true,
      action: 'popup',
      formTemplateId: null,
    });

    const moved = await call('POST', '/reorder', admin.headers, { ids: [rule.id, first, second] });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<TRuleAdminList>().items.map((item) => item.name)).toEqual([
      'VIP',
      'Sales',
      'Every XiVO call',
    ]);

    expect((await thirdParty(tenant.slug)).json()).toEqual({
      action: 'popup',
      url: 'https://crm.example.com/vip?phone=1013&queue=vip',
      multitab: true,
    });

    const audit = await prisma.auditEntry.findMany({
      where: { tenantId: tenant.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((entry) => [entry.action, entry.summary])).toEqual([
      ['rule.created', 'Rule "VIP" created'],
      ['rule.reordered', 'Rule "VIP" moved from position 3 to 1'],
    ]);
  });

  it('updates, disables, enables and deletes, each audited and used by the intake at once', async () => {
    const vip = { name: 'VIP', match: { queues: ['vip'] }, action: 'open', formTemplateId: templateId };
    const updated = await call('PUT', `/${first}`, admin.headers, {
      ...vip,
      titleTemplate: 'VIP {{caller}}',
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({
      name: 'VIP',
      position: 1,
      formTemplateName: 'Call report',
      urlTemplate: null,
    });
    expect((await thirdParty(tenant.slug)).json()).toMatchObject({ action: 'open', title: 'VIP 1013' });
    expect((await thirdParty(tenant.slug)).json()).not.toHaveProperty('event');

    const disabled = await call('PATCH', `/${first}/enabled`, admin.headers, { enabled: false });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json()).toMatchObject({ enabled: false });
    expect((await thirdParty(tenant.slug)).json()).toMatchObject({ event: 'EventReleased' });

    expect((await call('PATCH', `/${first}/enabled`, admin.headers, { enabled: true })).json()).toMatchObject(
      {
        enabled: true,
      },
    );
    const deleted = await call('DELETE', `/${first}`, admin.headers);
    expect(deleted.statusCode).toBe(204);
    expect(await prisma.rule.count({ where: { id: first } })).toBe(0);
    expect((await call('GET', `/${first}`, admin.headers)).statusCode).toBe(404);
    expect((await thirdParty(tenant.slug)).json()).toMatchObject({ event: 'EventReleased' });

    const audit = await prisma.auditEntry.findMany({
      where: { tenantId: tenant.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'rule.updated',
      'rule.disabled',
      'rule.enabled',
      'rule.deleted',
    ]);
    expect(audit[0]!.summary).toBe('Rule "Sales" updated and renamed "VIP"');
    expect(audit[0]!.changes).toMatchObject({
      name: { from: 'Sales', to: 'VIP' },
      formTemplateId: { from: null, to: templateId },
    });
  });

  it('answers 400 naming the field, and changes nothing', async () => {
    const bad = await call('POST', '', admin.headers, {
      name: '',
      action: 'open',
      match: { caller: { op: 'pattern', value: '^(33' }, sources: ['xivo'], events: ['up'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(issuePaths(bad.json())).toEqual([
      'formTemplateId',
      'match.caller.value',
      'match.events.0',
      'name',
      'urlTemplate',
    ]);

    const otherTemplate = (await createFormTemplate(prisma, (await createTenant(prisma)).id)).id;
    for (const [method, url] of [
      ['POST', ''],
      ['PUT', `/${first}`],
    ] as const) {
      const response = await call(method, url, admin.headers, {
        name: 'X',
        action: 'open',
        formTemplateId: otherTemplate,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().issues).toEqual([
        { path: 'formTemplateId', message: expect.stringContaining('None of your form templates') },
      ]);
    }

    expect(
      issuePaths((await call('PATCH', `/${first}/enabled`, admin.headers, { enabled: 'yes' })).json()),
    ).toEqual(['enabled']);
    const missing = await call('POST', '/reorder', admin.headers, { ids: [second] });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues).toEqual([
      { path: 'ids', message: 'List each of your 2 rules once (missing "Sales")' },
    ]);
    expect(
      (await call('POST', '/reorder', admin.headers, { ids: [second, first, MISSING_ID] })).statusCode,
    ).toBe(400);
    expect(
      issuePaths((await call('POST', '/reorder', admin.headers, { ids: [first, first] })).json()),
    ).toEqual(['ids']);

    const rules = await prisma.rule.findMany({
      where: { tenantId: tenant.id },
      orderBy: { priority: 'asc' },
    });
    expect(rules.map((rule) => [rule.name, rule.priority])).toEqual([
      ['Sales', 10],
      ['Every XiVO call', 20],
    ]);
    expect(await prisma.auditEntry.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("answers 404 for another tenant's rule (or no rule), and never touches it", async () => {
    const other = await createTenant(prisma);
    const theirs = (await createRule(prisma, other.id, { name: 'Theirs' })).id;
    for (const id of [theirs, MISSING_ID, 'not-a-uuid']) {
      expect((await call('GET', `/${id}`, admin.headers)).statusCode).toBe(404);
      expect((await call('PUT', `/${id}`, admin.headers, { name: 'Mine', action: 'none' })).statusCode).toBe(
        404,
      );
      expect((await call('PATCH', `/${id}/enabled`, admin.headers, { enabled: false })).statusCode).toBe(404);
      expect((await call('DELETE', `/${id}`, admin.headers)).statusCode).toBe(404);
    }
    expect((await call('POST', '/reorder', admin.headers, { ids: [theirs, first, second] })).statusCode).toBe(
      400,
    );
    const list = (await call('GET', '', admin.headers)).json<TRuleAdminList>();
    expect(list.items.map((rule) => rule.name)).toEqual(['Sales', 'Every XiVO call']);
    expect(await prisma.rule.findUnique({ where: { id: theirs } })).toMatchObject({
      name: 'Theirs',
      enabled: true,
    });
    expect((await call('GET', '/targets', admin.headers)).json().formTemplates).toHaveLength(1);
  });
});

describe('POST /api/admin/rules/simulate', () => {
  let tenant: Tenant;
  let admin: SignedIn;
  let templateId: string;
  let sales: string;

  beforeAll(async () => {
    tenant = await createTenant(prisma);
    admin = await signInAs(app, testApp.database, 'admin', tenant.id);
    templateId = (await createFormTemplate(prisma, tenant.id, { name: 'Call report' })).id;
    sales = (
      await createRule(prisma, tenant.id, { name: 'Sales', priority: 10, match: { queues: ['sales'] } })
    ).id;
    await createRule(prisma, tenant.id, {
      name: 'Shuttle on answer',
      priority: 20,
      match: { sources: ['shuttle'], events: ['up'] },
      action: 'open',
      shuttleMode: 'new_frame',
      formTemplateId: templateId,
    });
    await createRule(prisma, tenant.id, {
      name: 'Every XiVO call',
      priority: 30,
      match: { sources: ['xivo'] },
      action: 'open',
      event: 'EventReleased',
      formTemplateId: templateId,
      autopause: true,
      autopauseReason: 'backoffice',
    });
  });

  async function counts() {
    const [calls, forms, events, audit] = await Promise.all([
      prisma.call.count({ where: { tenantId: tenant.id } }),
      prisma.formSession.count({ where: { call: { tenantId: tenant.id } } }),
      prisma.callEvent.count({ where: { call: { tenantId: tenant.id } } }),
      prisma.auditEntry.count({ where: { tenantId: tenant.id } }),
    ]);
    return { calls, forms, events, audit };
  }

  it('explains the match on the XiVO sample and shows the answer with a placeholder form id, storing nothing', async () => {
    const before = await counts();
    const response = await call('POST', '/simulate', admin.headers, {
      sample: { platform: 'xivo', payload: xivoSampleRequest },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<TRuleSimulateResponse>();
    expect(body.matched).toMatchObject({ ruleName: 'Every XiVO call', position: 3 });
    expect(body.trace.slice(0, 2).map((step) => step.reasons.map((reason) => reason.condition))).toEqual([
      ['queues'],
      ['sources', 'events'],
    ]);
    expect(body.answer).toEqual({
      platform: 'xivo',
      response: {
        action: 'open',
        event: 'EventReleased',
        url: `${TEST_WEB_URL}/thirdparty/open/${SIMULATED_FORM_ID}`,
        autopause: true,
        autopauseReason: 'backoffice',
      },
    });
    expect(body.formSession).toMatchObject({ templateName: 'Call report', autopause: true });
    expect(await counts()).toEqual(before);
  });

  it('tries an unsaved rule at its position, or in place of the rule it edits', async () => {
    const draft = {
      name: 'VIP',
      match: { queues: ['edition'] },
      action: 'popup',
      urlTemplate: 'https://crm.test/{{caller}}',
    };
    const first = await call('POST', '/simulate', admin.headers, {
      sample: { platform: 'xivo', payload: xivoSampleRequest },
      draft: { rule: draft, position: 1 },
    });
    expect(first.json()).toMatchObject({
      matched: { ruleId: 'draft', ruleName: 'VIP', position: 1, draft: true },
      answer: { response: { action: 'popup', url: 'https://crm.test/1013' } },
    });

    const edited = await call('POST', '/simulate', admin.headers, {
      sample: { platform: 'xivo', payload: xivoSampleRequest },
      draft: { rule: draft, id: sales },
    });
    const body = edited.json<TRuleSimulateResponse>();
    expect(body.matched).toMatchObject({ ruleId: sales, position: 1, draft: true });
    expect(body.trace).toHaveLength(1);
    expect(await prisma.rule.count({ where: { tenantId: tenant.id } })).toBe(3);
  });

  it('gives the Shuttle commands for an event sent by name', async () => {
    const { event: _event, ...payload } = shuttleSampleUp;
    const response = await call('POST', '/simulate', admin.headers, {
      sample: { platform: 'shuttle', event: 'up', payload },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<TRuleSimulateResponse>();
    expect(body.matched?.ruleName).toBe('Shuttle on answer');
    expect(body.answer).toMatchObject({
      platform: 'shuttle',
      commands: [
        {
          name: 'AgentCTI',
          payload: { mode: 'new_frame', url: `${TEST_WEB_URL}/thirdparty/open/${SIMULATED_FORM_ID}` },
        },
        { name: 'RealtimeCTI', payload: { reference: SIMULATED_FORM_ID } },
      ],
    });
  });

  it('answers 400 naming the field of a bad sample or draft', async () => {
    const badXivo = await call('POST', '/simulate', admin.headers, {
      sample: { platform: 'xivo', payload: { ...xivoSampleRequest, callDataCallId: '' } },
    });
    expect(badXivo.statusCode).toBe(400);
    expect(issuePaths(badXivo.json())).toEqual(['sample.payload.callDataCallId']);

    const badShuttle = await call('POST', '/simulate', admin.headers, {
      sample: { platform: 'shuttle', payload: { event: 'ringing', uniqueid: '1' } },
    });
    expect(issuePaths(badShuttle.json())).toEqual(['sample.payload.agentnum', 'sample.payload.peer']);

    const otherTemplate = (await createFormTemplate(prisma, (await createTenant(prisma)).id)).id;
    const badDraft = await call('POST', '/simulate', admin.headers, {
      sample: { platform: 'xivo', payload: xivoSampleRequest },
      draft: { rule: { name: 'X', action: 'open', formTemplateId: otherTemplate } },
    });
    expect(issuePaths(badDraft.json())).toEqual(['draft.rule.formTemplateId']);

    const otherRule = (await createRule(prisma, (await createTenant(prisma)).id)).id;
    const foreign = await call('POST', '/simulate', admin.headers, {
      sample: { platform: 'xivo', payload: xivoSampleRequest },
      draft: { rule: { name: 'X', action: 'none' }, id: otherRule },
    });
    expect(issuePaths(foreign.json())).toEqual(['draft.id']);
  });
});
