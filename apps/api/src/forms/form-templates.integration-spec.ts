import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type TApiError,
  type TAuditEntry,
  type TFormTemplateDetail,
  type TFormTemplateInput,
  type TFormTemplateListItem,
  type TFormView,
  type TPage,
  xivoSampleRequest,
} from '@screenpop/contracts';
import type { PrismaClient } from '@screenpop/db';
import { createCall, createFormTemplate, createRule, createTenant } from '@screenpop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, issuePaths } from '../test/admin-access.js';
import { type SignedIn, signInAs } from '../test/sessions.js';
import { startTestApp, type TestApp } from '../test/test-app.js';

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
let admin: SignedIn;
let tenantId: string;
let tenantSlug: string;
let otherTenantTemplateId: string;

const BASE = '/api/admin/form-templates';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
let callSeq = 0;
let nameSeq = 0;

function input(overrides: Partial<TFormTemplateInput> = {}): TFormTemplateInput {
  nameSeq += 1;
  return {
    name: `Survey ${nameSeq}`,
    fields: [
      { name: 'topic', label: 'Topic', type: 'text', required: false, placeholder: 'What was it about?' },
      {
        name: 'outcome',
        label: 'Outcome',
        type: 'select',
        required: true,
        options: [
          { value: 'won', label: 'Won' },
          { value: 'lost', label: 'Lost' },
        ],
      },
    ],
    dispositions: [
      { code: 'done', label: 'Done' },
      { code: 'callback', label: 'Call back' },
    ],
    ...overrides,
  };
}

function call(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
  who: SignedIn | null = admin,
) {
  return app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    ...(who ? { headers: who.headers } : {}),
  });
}

async function createTemplate(overrides: Partial<TFormTemplateInput> = {}): Promise<TFormTemplateDetail> {
  const response = await call('POST', BASE, input(overrides));
  expect(response.statusCode).toBe(201);
  return response.json();
}

async function auditOf(entityId: string): Promise<TAuditEntry[]> {
  const response = await call('GET', `/api/admin/audit?entityType=template&entityId=${entityId}`);
  expect(response.statusCode).toBe(200);
  return (response.json() as TPage<TAuditEntry>).items;
}

/** A ringing XiVO call in the test tenant, as XucMgt posts it; returns its form id. */
async function ringingCall(): Promise<string> {
  callSeq += 1;
  const response = await app.inject({
    method: 'POST',
    url: `/api/xivo/thirdparty?tenant=${tenantSlug}`,
    payload: { ...xivoSampleRequest, callDataCallId: `1724900000.${callSeq}` },
  });
  expect(response.statusCode).toBe(200);
  return (response.json() as { url: string }).url.split('/').pop()!;
}

beforeAll(async () => {
  testApp = await startTestApp();
  app = testApp.app;
  prisma = testApp.database.prisma;
  const tenant = await createTenant(prisma);
  tenantId = tenant.id;
  tenantSlug = tenant.slug;
  admin = await signInAs(app, testApp.database, 'admin', tenantId);
  const other = await createTenant(prisma);
  otherTenantTemplateId = (await createFormTemplate(prisma, other.id, { name: 'Other tenant form' })).id;
});

afterAll(() => testApp?.close());

describe('access', () => {
  it('answers 401 without a session and 403 to supervisors and agents, on every route', async () => {
    const { id } = await createTemplate();
    await expectAdminOnly(app, testApp.database, tenantId, [
      ['GET', BASE],
      ['GET', `${BASE}/${id}`],
      ['POST', BASE, input()],
      ['PUT', `${BASE}/${id}`, input()],
      ['DELETE', `${BASE}/${id}`],
    ]);
    expect((await call('GET', `${BASE}/${id}`)).statusCode).toBe(200);
  });
});

describe('POST /api/admin/form-templates', () => {
  it('creates the template, trims what was typed and records it in the audit log', async () => {
    const response = await call(
      'POST',
      BASE,
      input({
        name: '  Sales follow-up  ',
        fields: [
          { name: 'amount', label: ' Amount ', type: 'number', placeholder: '' },
          // Options mean something for lists only.
          { name: 'met', label: 'Met in person', type: 'checkbox', options: [{ value: 'x', label: 'X' }] },
        ],
      }),
    );
    expect(response.statusCode).toBe(201);
    const created = response.json() as TFormTemplateDetail;
    expect(created).toMatchObject({
      name: 'Sales follow-up',
      fields: [
        { name: 'amount', label: 'Amount', type: 'number', required: false },
        { name: 'met', label: 'Met in person', type: 'checkbox', required: false },
      ],
      dispositions: [{ code: 'done' }, { code: 'callback' }],
      rules: [],
    });
    expect(created.fields[0]).not.toHaveProperty('placeholder');
    expect(created.fields[1]).not.toHaveProperty('options');

    const [entry] = await auditOf(created.id);
    expect(entry).toMatchObject({
      action: 'template.created',
      actorEmail: admin.user.email,
      summary: 'Form template "Sales follow-up" created (2 fields, 2 dispositions)',
      changes: { name: 'Sales follow-up', fields: ['amount', 'met'], dispositions: ['done', 'callback'] },
    });
  });

  it('names each problem: repeated keys, a list without options, repeated values and codes, no disposition', async () => {
    const response = await call('POST', BASE, {
      name: '',
      fields: [
        { name: 'reason', label: 'Reason', type: 'select', options: [] },
        { name: 'Reason', label: 'Reason again', type: 'text' },
        { name: '2nd', label: '', type: 'colour' },
        {
          name: 'size',
          label: 'Size',
          type: 'select',
          options: [
            { value: 's', label: 'Small' },
            { value: 's', label: 'Smaller' },
          ],
        },
      ],
      dispositions: [],
    });
    expect(response.statusCode).toBe(400);
    const body = response.json() as TApiError;
    expect(issuePaths(body)).toEqual(
      [
        'name',
        'fields.0.options',
        'fields.1.name',
        'fields.2.name',
        'fields.2.label',
        'fields.2.type',
        'fields.3.options.1.value',
        'dispositions',
      ].sort(),
    );
    const message = (path: string) => body.issues?.find((issue) => issue.path === path)?.message;
    expect(message('fields.1.name')).toBe('Another field already uses the key "Reason"');
    expect(message('fields.0.options')).toBe('A list needs at least one option to choose from');
    expect(message('dispositions')).toMatch(/at least one disposition/);

    const codes = await call(
      'POST',
      BASE,
      input({
        dispositions: [
          { code: 'ok', label: 'A' },
          { code: 'OK', label: 'B' },
        ],
      }),
    );
    expect(codes.statusCode).toBe(400);
    expect(issuePaths(codes.json())).toEqual(['dispositions.1.code']);
  });

  it('refuses a name another template of the tenant has, ignoring case, naming `name`', async () => {
    await createTemplate({ name: 'Complaints' });
    const response = await call('POST', BASE, input({ name: 'complaints' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      issues: [{ path: 'name', message: 'Another form template is already called "Complaints"' }],
    });
  });

  it('allows a name another tenant uses', async () => {
    expect((await call('POST', BASE, input({ name: 'Other tenant form' }))).statusCode).toBe(201);
  });
});

describe('GET /api/admin/form-templates', () => {
  it('pages the templates by name with how many rules open each, filtered by q', async () => {
    const used = await createTemplate({ name: 'Zz used by rules' });
    await createRule(prisma, tenantId, { formTemplateId: used.id });
    await createRule(prisma, tenantId, { formTemplateId: used.id, enabled: false });

    const all = await call('GET', `${BASE}?pageSize=100`);
    expect(all.statusCode).toBe(200);
    const page = all.json() as TPage<TFormTemplateListItem>;
    const names = page.items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(page.total).toBe(page.items.length);
    expect(page.items.find((item) => item.id === used.id)).toMatchObject({
      fieldCount: 2,
      dispositionCount: 2,
      ruleCount: 2,
    });

    const filtered = (await call('GET', `${BASE}?q=ZZ%20USED`)).json() as TPage<TFormTemplateListItem>;
    expect(filtered.items.map((item) => item.id)).toEqual([used.id]);

    const second = (await call('GET', `${BASE}?pageSize=1&page=2`)).json() as TPage<TFormTemplateListItem>;
    expect(second).toMatchObject({ page: 2, pageSize: 1, total: page.total });
    expect(second.items.map((item) => item.id)).toEqual([page.items[1]!.id]);
  });

  it("never lists another tenant's templates", async () => {
    const page = (await call('GET', `${BASE}?pageSize=100`)).json() as TPage<TFormTemplateListItem>;
    expect(page.items.map((item) => item.id)).not.toContain(otherTenantTemplateId);
  });

  it('names a bad paging parameter', async () => {
    const response = await call('GET', `${BASE}?pageSize=500`);
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toEqual(['pageSize']);
  });
});

describe('GET /api/admin/form-templates/:id', () => {
  it('answers the template with the rules that open it', async () => {
    const created = await createTemplate();
    const rule = await createRule(prisma, tenantId, { name: 'Sales queue', formTemplateId: created.id });
    const response = await call('GET', `${BASE}/${created.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: created.id,
      name: created.name,
      fields: created.fields,
      dispositions: created.dispositions,
      rules: [{ id: rule.id, name: 'Sales queue', enabled: true }],
    });
  });

  it("answers 404 for another tenant's template, an unknown id and an id that is not one", async () => {
    for (const id of [otherTenantTemplateId, UNKNOWN_ID, 'not-an-id']) {
      const response = await call('GET', `${BASE}/${id}`);
      expect(response.statusCode, id).toBe(404);
      expect(response.json()).toMatchObject({ message: 'No such form template' });
    }
  });
});

describe('PUT /api/admin/form-templates/:id', () => {
  it('replaces name, fields and dispositions and records what changed', async () => {
    const created = await createTemplate();
    const next = input({
      name: `${created.name} v2`,
      fields: [
        created.fields[1]!,
        { name: 'topic', label: 'Subject', type: 'text' },
        { name: 'due', label: 'Due on', type: 'date', required: true },
      ],
      dispositions: [{ code: 'done', label: 'Done' }],
    });
    const response = await call('PUT', `${BASE}/${created.id}`, next);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: next.name,
      fields: [
        { name: 'outcome' },
        { name: 'topic', label: 'Subject' },
        { name: 'due', type: 'date', required: true },
      ],
      dispositions: [{ code: 'done' }],
    });

    const [entry] = await auditOf(created.id);
    expect(entry).toMatchObject({
      action: 'template.updated',
      changes: {
        name: { from: created.name, to: next.name },
        fieldsAdded: ['due'],
        fieldsChanged: ['topic'],
        fieldsReordered: true,
        dispositionsRemoved: ['callback'],
      },
    });
    expect(entry!.summary).toContain('1 field added');
  });

  it('records nothing when nothing changed', async () => {
    const created = await createTemplate();
    const { id: _id, createdAt: _c, updatedAt: _u, rules: _r, ...same } = created;
    expect((await call('PUT', `${BASE}/${created.id}`, same)).statusCode).toBe(200);
    expect((await auditOf(created.id)).map((entry) => entry.action)).toEqual(['template.created']);
  });

  it('keeps a name another template has, and may change the case of its own', async () => {
    const first = await createTemplate({ name: 'Returns' });
    const second = await createTemplate();
    const clash = await call('PUT', `${BASE}/${second.id}`, input({ name: 'RETURNS' }));
    expect(clash.statusCode).toBe(400);
    expect(issuePaths(clash.json())).toEqual(['name']);
    const recase = await call('PUT', `${BASE}/${first.id}`, input({ name: 'returns' }));
    expect(recase.statusCode).toBe(200);
  });

  it('names bad fields and changes nothing', async () => {
    const created = await createTemplate();
    const response = await call(
      'PUT',
      `${BASE}/${created.id}`,
      input({ fields: [{ name: 'a b', label: 'A', type: 'text' }] }),
    );
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toEqual(['fields.0.name']);
    expect(((await call('GET', `${BASE}/${created.id}`)).json() as TFormTemplateDetail).name).toBe(
      created.name,
    );
  });

  it("answers 404 for another tenant's template and leaves it as it was", async () => {
    const response = await call('PUT', `${BASE}/${otherTenantTemplateId}`, input({ name: 'Taken over' }));
    expect(response.statusCode).toBe(404);
    const stored = await prisma.formTemplate.findUniqueOrThrow({ where: { id: otherTenantTemplateId } });
    expect(stored.name).toBe('Other tenant form');
  });
});

describe('DELETE /api/admin/form-templates/:id', () => {
  it('deletes a template no rule opens; its past forms keep their data and still open', async () => {
    const created = await createTemplate();
    const pastCall = await createCall(prisma, tenantId);
    const form = await prisma.formSession.create({
      data: {
        id: `past-form-${created.id}`,
        tenantId,
        callId: pastCall.id,
        templateId: created.id,
        status: 'completed',
        completedAt: new Date(),
        data: { topic: 'Refund', outcome: 'won' },
        disposition: 'done',
      },
    });

    const response = await call('DELETE', `${BASE}/${created.id}`);
    expect(response.statusCode).toBe(204);
    expect((await call('GET', `${BASE}/${created.id}`)).statusCode).toBe(404);

    const view = await app.inject({ method: 'GET', url: `/api/forms/${form.id}` });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      status: 'completed',
      template: null,
      data: { topic: 'Refund', outcome: 'won' },
      disposition: 'done',
    });

    const [entry] = await auditOf(created.id);
    expect(entry).toMatchObject({
      action: 'template.deleted',
      summary: `Form template "${created.name}" deleted (1 past form keep their data)`,
      changes: { name: created.name, forms: 1 },
    });
  });

  it('refuses while a rule opens the template, naming the rule', async () => {
    const created = await createTemplate();
    await createRule(prisma, tenantId, { name: 'Support line', formTemplateId: created.id });
    const response = await call('DELETE', `${BASE}/${created.id}`);
    expect(response.statusCode).toBe(409);
    expect((response.json() as TApiError).message).toBe(
      'This template is opened by 1 rule ("Support line"): point it at another template or delete it first',
    );
    expect((await call('GET', `${BASE}/${created.id}`)).statusCode).toBe(200);
  });

  it("answers 404 for another tenant's template and keeps it", async () => {
    expect((await call('DELETE', `${BASE}/${otherTenantTemplateId}`)).statusCode).toBe(404);
    expect((await call('DELETE', `${BASE}/not-an-id`)).statusCode).toBe(404);
    expect(await prisma.formTemplate.count({ where: { id: otherTenantTemplateId } })).toBe(1);
  });
});

describe('the per-call form after an edit', () => {
  it('shows the new fields and dispositions on the next call the rule opens', async () => {
    const created = await createTemplate({ name: 'Edition queue report' });
    // First in priority order, so the tenant's other rules made by the tests above do not win.
    await createRule(prisma, tenantId, {
      name: 'Every XiVO call',
      priority: 1,
      match: { sources: ['xivo'] },
      action: 'open',
      event: 'EventReleased',
      formTemplateId: created.id,
    });

    const before = (
      await app.inject({ method: 'GET', url: `/api/forms/${await ringingCall()}` })
    ).json() as TFormView;
    expect(before.template?.fields.map((field) => field.name)).toEqual(['topic', 'outcome']);

    const edited = await call(
      'PUT',
      `${BASE}/${created.id}`,
      input({
        name: created.name,
        fields: [
          ...created.fields,
          {
            name: 'product',
            label: 'Product',
            type: 'select',
            required: true,
            options: [
              { value: 'phone', label: 'Phone' },
              { value: 'fibre', label: 'Fibre' },
            ],
          },
        ],
        dispositions: [...created.dispositions, { code: 'sold', label: 'Sold' }],
      }),
    );
    expect(edited.statusCode).toBe(200);

    const after = (
      await app.inject({ method: 'GET', url: `/api/forms/${await ringingCall()}` })
    ).json() as TFormView;
    expect(after.template).toMatchObject({
      id: created.id,
      name: 'Edition queue report',
      fields: [
        { name: 'topic' },
        { name: 'outcome' },
        {
          name: 'product',
          type: 'select',
          required: true,
          options: [{ value: 'phone' }, { value: 'fibre' }],
        },
      ],
    });
    expect(after.template?.dispositions.map((d) => d.code)).toEqual(['done', 'callback', 'sold']);
  });
});

describe('the API documentation', () => {
  it('documents every route, with what happens to rules and past forms', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json() as {
      paths: Record<string, Record<string, { description?: string; requestBody?: unknown }>>;
    };
    expect(Object.keys(document.paths[BASE]!).sort()).toEqual(['get', 'post']);
    const one = document.paths[`${BASE}/{id}`]!;
    expect(Object.keys(one).sort()).toEqual(['delete', 'get', 'put']);
    expect(one.delete!.description).toMatch(/while a rule opens the template.*Past forms/s);
    expect(one.put!.description).toMatch(/every form opened from now on/);
    expect(document.paths[BASE]!.post!.requestBody).toBeDefined();
  });
});
