import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  type TContactImportResult,
  type TContactPage,
  type TContactView,
  type TFormView,
  xivoSampleRequest,
} from '@screenpop/contracts';
import { DEFAULT_TENANT_SLUG, type PrismaClient, seedDemo } from '@screenpop/db';
import { createContact, createTenant } from '@screenpop/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAdminOnly, issuePaths } from '../test/admin-access.js';
import { signInAs, type SignedIn } from '../test/sessions.js';
import { startTestApp, type TestApp } from '../test/test-app.js';

let testApp: TestApp;
let app: NestFastifyApplication;
let prisma: PrismaClient;
/** An administrator of a tenant of their own, so counts below are theirs alone. */
let admin: SignedIn;
let tenantId: string;
/** Another tenant's administrator and contact: never visible to `admin`. */
let otherAdmin: SignedIn;
let otherContactId: string;
/** The demo tenant: its rules open the call report for every XiVO call. */
let demoTenantId: string;

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

function call(method: Method, url: string, signedIn: SignedIn | null, payload?: object) {
  return app.inject({
    method,
    url,
    ...(signedIn ? { headers: signedIn.headers } : {}),
    ...(payload ? { payload } : {}),
  });
}

async function newAdmin(): Promise<{ admin: SignedIn; tenantId: string }> {
  const tenant = await createTenant(prisma);
  return { admin: await signInAs(app, testApp.database, 'admin', tenant.id), tenantId: tenant.id };
}

function auditOf(tenant: string, action: string) {
  return prisma.auditEntry.findMany({ where: { tenantId: tenant, action }, orderBy: { createdAt: 'asc' } });
}

beforeAll(async () => {
  testApp = await startTestApp({ DEFAULT_PHONE_COUNTRY: 'FR' });
  app = testApp.app;
  prisma = testApp.database.prisma;
  demoTenantId = (await seedDemo(prisma)).tenantId;
  ({ admin, tenantId } = await newAdmin());
  const other = await newAdmin();
  otherAdmin = other.admin;
  otherContactId = (
    await createContact(prisma, other.tenantId, {
      name: 'Zoe Other',
      email: 'zoe@other.example',
      phones: ['04 72 99 99 99'],
    })
  ).id;
});

afterAll(() => testApp?.close());

describe('access to /api/admin/contacts', () => {
  it('answers 401 without a session and 403 to supervisors and agents, on every route', async () => {
    const one = '/api/admin/contacts/00000000-0000-4000-8000-000000000000';
    await expectAdminOnly(app, testApp.database, tenantId, [
      ['GET', '/api/admin/contacts'],
      ['GET', one],
      ['POST', '/api/admin/contacts', { name: 'A', phones: ['1013'] }],
      ['PUT', one, { name: 'A', phones: ['1013'] }],
      ['DELETE', one],
      ['POST', '/api/admin/contacts/import', { rows: [{ row: 2, name: 'A', phones: ['1013'] }] }],
    ]);
  });
});

describe('POST /api/admin/contacts', () => {
  it('creates a contact with its numbers normalised, and records it in the audit log', async () => {
    const response = await call('POST', '/api/admin/contacts', admin, {
      name: '  Ada Lovelace ',
      company: 'Analytical Engines',
      email: 'Ada@Example.com',
      phones: ['04 72 00 00 11', '+33 4 72 00 00 11', '1013'],
      notes: 'Prefers mornings',
    });
    expect(response.statusCode).toBe(201);
    const contact = response.json() as TContactView;
    expect(contact).toMatchObject({
      name: 'Ada Lovelace',
      company: 'Analytical Engines',
      email: 'ada@example.com',
      phones: ['+33472000011', '1013'],
      notes: 'Prefers mornings',
    });
    const [entry] = await auditOf(tenantId, 'contact.created');
    expect(entry).toMatchObject({ entityType: 'contact', entityId: contact.id, actorId: admin.user.id });
    expect(entry?.summary).toBe('Contact "Ada Lovelace" created');
  });

  it('answers 400 naming each bad field, and which number is not usable', async () => {
    const response = await call('POST', '/api/admin/contacts', admin, {
      name: '',
      email: 'nope',
      phones: [],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([
      { path: 'name', message: 'Enter a name' },
      { path: 'email', message: 'Enter a valid email address' },
      { path: 'phones', message: 'Enter at least one phone number' },
    ]);

    const badNumber = await call('POST', '/api/admin/contacts', admin, {
      name: 'Bad number',
      phones: ['0472000012', 'call reception'],
    });
    expect(badNumber.statusCode).toBe(400);
    expect(badNumber.json()).toMatchObject({
      statusCode: 400,
      issues: [{ path: 'phones.1', message: '"call reception" is not a usable phone number' }],
    });
    expect(await prisma.contact.count({ where: { tenantId, name: 'Bad number' } })).toBe(0);
  });

  it('answers 409 when another contact of the tenant has the email', async () => {
    const response = await call('POST', '/api/admin/contacts', admin, {
      name: 'Ada again',
      email: 'ADA@example.com',
      phones: ['0472000013'],
    });
    expect(response.statusCode).toBe(409);
    // Another tenant's contact does not count.
    const elsewhere = await call('POST', '/api/admin/contacts', admin, {
      name: 'Zoe Here',
      email: 'zoe@other.example',
      phones: ['0472000014'],
    });
    expect(elsewhere.statusCode).toBe(201);
  });
});

describe('GET /api/admin/contacts', () => {
  let pageTenant: { admin: SignedIn; tenantId: string };

  beforeAll(async () => {
    pageTenant = await newAdmin();
    await createContact(prisma, pageTenant.tenantId, {
      name: 'Marie Curie',
      company: 'Institut du Radium',
      email: 'marie@radium.example',
      phones: ['+33 4 72 00 00 01', '1013'],
    });
    await createContact(prisma, pageTenant.tenantId, {
      name: 'Pierre Curie',
      company: 'ESPCI',
      email: 'pierre@espci.example',
      phones: ['01 40 79 44 00'],
    });
    await createContact(prisma, pageTenant.tenantId, {
      name: 'Alan Turing',
      company: 'Bletchley Park',
      email: 'alan@bletchley.example',
      phones: ['+44 20 7946 0018'],
    });
  });

  const list = async (query: string) => {
    const response = await call('GET', `/api/admin/contacts${query}`, pageTenant.admin);
    expect(response.statusCode).toBe(200);
    return response.json() as TContactPage;
  };
  const names = (page: TContactPage) => page.items.map((item) => item.name);

  it('lists the tenant’s contacts by name, page by page', async () => {
    expect(names(await list(''))).toEqual(['Alan Turing', 'Marie Curie', 'Pierre Curie']);
    const second = await list('?page=2&pageSize=2');
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(names(second)).toEqual(['Pierre Curie']);
  });

  it('searches names, companies and emails, in any case', async () => {
    expect(names(await list('?q=curie'))).toEqual(['Marie Curie', 'Pierre Curie']);
    expect(names(await list('?q=bletchley'))).toEqual(['Alan Turing']);
    expect(names(await list('?q=ESPCI.EXAMPLE'))).toEqual(['Pierre Curie']);
    // Pattern characters are searched as themselves.
    expect((await list(`?q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect(names(await list(`?q=${encodeURIComponent('marie@radium_example')}`))).toEqual([]);
  });

  it('finds a number written in another format', async () => {
    expect(names(await list(`?q=${encodeURIComponent('04.72.00.00.01')}`))).toEqual(['Marie Curie']);
    expect(names(await list(`?q=${encodeURIComponent('0033 472 000 001')}`))).toEqual(['Marie Curie']);
    expect(names(await list(`?q=${encodeURIComponent('+44 (0)20 7946 0018')}`))).toEqual(['Alan Turing']);
    expect(names(await list('?q=1013'))).toEqual(['Marie Curie']);
    expect((await list('?q=0472999999')).total).toBe(0);
  });

  it('never shows another tenant’s contacts', async () => {
    const page = await list(`?q=${encodeURIComponent('04 72 99 99 99')}`);
    expect(page.total).toBe(0);
    expect(names(await list('?q=zoe'))).toEqual([]);
  });

  it('answers 400 naming a bad paging parameter', async () => {
    const response = await call('GET', '/api/admin/contacts?pageSize=1000&page=0', pageTenant.admin);
    expect(response.statusCode).toBe(400);
    expect(issuePaths(response.json())).toEqual(['page', 'pageSize']);
  });
});

describe('GET, PUT and DELETE /api/admin/contacts/:id', () => {
  let contactId: string;

  beforeAll(async () => {
    contactId = (
      await createContact(prisma, tenantId, {
        name: 'Grace Hopper',
        email: 'grace@navy.example',
        phones: ['0472000021'],
      })
    ).id;
  });

  it('shows one contact', async () => {
    const response = await call('GET', `/api/admin/contacts/${contactId}`, admin);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: contactId, name: 'Grace Hopper', phones: ['+33472000021'] });
  });

  it('answers 404 for another tenant’s contact or an id that is no contact', async () => {
    for (const id of [otherContactId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      for (const method of ['GET', 'DELETE'] as const) {
        const response = await call(method, `/api/admin/contacts/${id}`, admin);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ statusCode: 404, message: 'No such contact' });
      }
      const put = await call('PUT', `/api/admin/contacts/${id}`, admin, {
        name: 'Taken over',
        phones: ['1013'],
      });
      expect(put.statusCode).toBe(404);
    }
    expect(await prisma.contact.findUnique({ where: { id: otherContactId } })).toMatchObject({
      name: 'Zoe Other',
    });
  });

  it('replaces a contact and records what changed', async () => {
    const response = await call('PUT', `/api/admin/contacts/${contactId}`, admin, {
      name: 'Grace Hopper',
      company: 'US Navy',
      email: 'grace@navy.example',
      phones: ['0472000021', '06 12 34 56 78'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ company: 'US Navy', phones: ['+33472000021', '+33612345678'] });
    const entries = await auditOf(tenantId, 'contact.updated');
    expect(entries.at(-1)).toMatchObject({
      entityId: contactId,
      summary: 'Contact "Grace Hopper" updated: company, phones',
      changes: {
        before: { company: null, phones: ['+33472000021'] },
        after: { company: 'US Navy', phones: ['+33472000021', '+33612345678'] },
      },
    });
  });

  it('answers 400 naming the bad number on update', async () => {
    const response = await call('PUT', `/api/admin/contacts/${contactId}`, admin, {
      name: 'Grace Hopper',
      phones: ['??'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([
      { path: 'phones.0', message: '"??" is not a usable phone number' },
    ]);
  });

  it('deletes a contact and records it', async () => {
    const response = await call('DELETE', `/api/admin/contacts/${contactId}`, admin);
    expect(response.statusCode).toBe(204);
    expect((await call('GET', `/api/admin/contacts/${contactId}`, admin)).statusCode).toBe(404);
    const [entry] = await auditOf(tenantId, 'contact.deleted');
    expect(entry).toMatchObject({ entityId: contactId, summary: 'Contact "Grace Hopper" deleted' });
  });
});

describe('POST /api/admin/contacts/import', () => {
  let importer: { admin: SignedIn; tenantId: string };

  const batch = [
    {
      row: 2,
      name: 'Rosalind Franklin',
      company: 'King’s College',
      email: 'rosalind@kings.example',
      phones: ['+33 4 72 00 00 31'],
    },
    { row: 3, name: 'Bad Email', email: 'not an email', phones: ['0472000032'] },
    { row: 4, name: 'Lise Meitner', phones: ['04 72 00 00 33', '04-72-00-00-34'], notes: 'No email' },
    { row: 5, name: '', phones: ['hello'] },
    {
      row: 6,
      name: 'Existing Person',
      email: 'EXISTING@example.com',
      phones: ['0472000035'],
      company: 'New Co',
    },
  ];

  const importBatch = async (rows: object[], dryRun = false) => {
    const response = await call('POST', '/api/admin/contacts/import', importer.admin, { dryRun, rows });
    expect(response.statusCode).toBe(200);
    return response.json() as TContactImportResult;
  };

  beforeAll(async () => {
    importer = await newAdmin();
    await createContact(prisma, importer.tenantId, {
      name: 'Existing Person',
      email: 'Existing@Example.com',
      phones: ['0472000036'],
    });
    // Another tenant's contact with the same email is not touched.
    await createContact(prisma, otherAdmin.user.tenantId, {
      name: 'Elsewhere',
      email: 'rosalind@kings.example',
      phones: ['0472000031'],
    });
  });

  it('checks a batch without storing anything on a dry run', async () => {
    const result = await importBatch(batch, true);
    expect(result).toMatchObject({ dryRun: true, created: 2, updated: 1, unchanged: 0, rejected: 2 });
    expect(result.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'created'],
      [3, 'error'],
      [4, 'created'],
      [5, 'error'],
      [6, 'updated'],
    ]);
    expect(result.rows[1]?.issues).toEqual([{ path: 'email', message: 'Enter a valid email address' }]);
    expect(result.rows[3]?.issues).toEqual([
      { path: 'name', message: 'Enter a name' },
      { path: 'phones.0', message: '"hello" is not a usable phone number' },
    ]);
    expect(await prisma.contact.count({ where: { tenantId: importer.tenantId } })).toBe(1);
    expect(await auditOf(importer.tenantId, 'contact.imported')).toHaveLength(0);
  });

  it('stores the valid rows, reports the others, and records one audit entry for the batch', async () => {
    const result = await importBatch(batch);
    expect(result).toMatchObject({ dryRun: false, created: 2, updated: 1, unchanged: 0, rejected: 2 });
    const contacts = await prisma.contact.findMany({
      where: { tenantId: importer.tenantId },
      orderBy: { name: 'asc' },
    });
    expect(contacts.map((contact) => [contact.name, contact.email, contact.company, contact.phones])).toEqual(
      [
        ['Existing Person', 'existing@example.com', 'New Co', ['+33472000036', '+33472000035']],
        ['Lise Meitner', null, null, ['+33472000033', '+33472000034']],
        ['Rosalind Franklin', 'rosalind@kings.example', 'King’s College', ['+33472000031']],
      ],
    );
    expect(result.rows.find((row) => row.row === 2)?.contactId).toBe(
      contacts.find((contact) => contact.name === 'Rosalind Franklin')?.id,
    );
    const entries = await auditOf(importer.tenantId, 'contact.imported');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: importer.admin.user.id,
      changes: { created: 2, updated: 1, unchanged: 0, rejected: 2, rows: 5, firstRow: 2, lastRow: 6 },
    });
    expect(await prisma.contact.findFirst({ where: { name: 'Elsewhere' } })).toMatchObject({
      phones: ['+33472000031'],
    });
  });

  it('creates nothing new when the same batch is sent again', async () => {
    const result = await importBatch(batch);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 2 });
    expect(await prisma.contact.count({ where: { tenantId: importer.tenantId } })).toBe(3);
  });

  it('merges rows of one batch that are the same person', async () => {
    const result = await importBatch([
      { row: 10, name: 'Emmy Noether', email: 'emmy@example.com', phones: ['0472000041'] },
      {
        row: 11,
        name: 'Emmy Noether',
        email: 'Emmy@Example.com',
        phones: ['0472000042'],
        company: 'Göttingen',
      },
    ]);
    expect(result.rows.map((row) => row.status)).toEqual(['created', 'updated']);
    expect(result.rows[0]?.contactId).toBe(result.rows[1]?.contactId);
    const emmy = await prisma.contact.findFirstOrThrow({
      where: { tenantId: importer.tenantId, name: 'Emmy Noether' },
    });
    expect(emmy).toMatchObject({ company: 'Göttingen', phones: ['+33472000041', '+33472000042'] });
  });

  it('takes a full batch of 500 rows in one request', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({
      row: i + 2,
      name: `Bulk Contact ${i}`,
      company: 'A company name of a reasonable length',
      email: `bulk-${i}@bulk.example.com`,
      phones: [
        `+33 6 00 00 ${String(Math.floor(i / 100)).padStart(2, '0')} ${String(i % 100).padStart(2, '0')}`,
      ],
      notes: 'A note of some length, as an export from another CRM would carry for each of its rows.',
    }));
    const result = await importBatch(rows);
    expect(result).toMatchObject({ created: 500, rejected: 0 });
    expect(
      await prisma.contact.count({
        where: { tenantId: importer.tenantId, email: { endsWith: '@bulk.example.com' } },
      }),
    ).toBe(500);
  });

  it('matches emails exactly, `_` being no wildcard', async () => {
    await createContact(prisma, importer.tenantId, {
      name: 'Jo E',
      email: 'jo_e@example.com',
      phones: ['1050'],
    });
    const result = await importBatch([{ row: 2, name: 'Joxe', email: 'joxe@example.com', phones: ['1051'] }]);
    expect(result.rows[0]?.status).toBe('created');
  });

  it('answers 400 for a batch that is not one', async () => {
    const tooMany = Array.from({ length: 501 }, (_, i) => ({ row: i + 2, name: 'x', phones: ['1013'] }));
    const response = await call('POST', '/api/admin/contacts/import', importer.admin, { rows: tooMany });
    expect(response.statusCode).toBe(400);
    expect(response.json().issues).toEqual([{ path: 'rows', message: 'At most 500 rows per batch' }]);
    const noRowNumber = await call('POST', '/api/admin/contacts/import', importer.admin, {
      rows: [{ name: 'x' }],
    });
    expect(noRowNumber.statusCode).toBe(400);
    expect(noRowNumber.json().issues[0].path).toBe('rows.0.row');
  });
});

describe('an imported contact on the per-call form', () => {
  it('is recognised when XiVO sends the caller in another format', async () => {
    const demoAdmin = await signInAs(app, testApp.database, 'admin', demoTenantId);
    const imported = await call('POST', '/api/admin/contacts/import', demoAdmin, {
      rows: [{ row: 2, name: 'Hedy Lamarr', company: 'Frequency Hopping', phones: ['+33 4 72 00 00 01'] }],
    });
    expect(imported.json()).toMatchObject({ created: 1 });

    const thirdParty = await app.inject({
      method: 'POST',
      url: `/api/xivo/thirdparty?tenant=${DEFAULT_TENANT_SLUG}`,
      payload: { ...xivoSampleRequest, caller: '0472000001', callDataCallId: '1724900000.1' },
    });
    expect(thirdParty.statusCode).toBe(200);
    const formId = (thirdParty.json() as { url: string }).url.split('/').pop()!;
    const form = await app.inject({ method: 'GET', url: `/api/forms/${formId}` });
    expect((form.json() as TFormView).contact).toMatchObject({
      name: 'Hedy Lamarr',
      company: 'Frequency Hopping',
      phones: ['+33472000001'],
    });
  });
});
