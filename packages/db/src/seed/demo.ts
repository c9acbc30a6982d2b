import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { createContact } from '../factories/contact.js';
import { createFormTemplate } from '../factories/form-template.js';
import { createIntegrationToken } from '../factories/integration-token.js';
import { createRule } from '../factories/rule.js';
import { createTenant } from '../factories/tenant.js';
import { demoContacts } from './demo-contacts.js';

export const DEFAULT_TENANT_SLUG = 'default';

export const callReport = {
  name: 'Call report',
  fields: [
    {
      name: 'reason',
      label: 'Reason for the call',
      type: 'select',
      required: true,
      options: [
        { value: 'information', label: 'Information' },
        { value: 'complaint', label: 'Complaint' },
        { value: 'order', label: 'Order' },
        { value: 'support', label: 'Support' },
        { value: 'other', label: 'Other' },
      ],
    },
    { name: 'notes', label: 'Notes', type: 'textarea', required: false },
    { name: 'followUp', label: 'Follow-up needed', type: 'checkbox', required: false },
  ],
  dispositions: [
    { code: 'resolved', label: 'Resolved' },
    { code: 'callback', label: 'Call back' },
    { code: 'escalated', label: 'Escalated' },
    { code: 'no_answer', label: 'No action needed' },
  ],
};

export interface SeedDemoOptions {
  /** The Shuttle relay token to create; DEMO_SHUTTLE_TOKEN by default, else a new random one. */
  shuttleToken?: string;
}

export interface SeedDemoResult {
  seeded: boolean;
  tenantId: string;
  /** The demo Shuttle relay token, only when this call created it: it is not stored, only its digest. */
  shuttleToken?: string;
}

/** Seeds the demo call centre only when the database has no tenant yet. */
export async function seedDemo(prisma: PrismaClient, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  try {
    return await prisma.$transaction(
      async (tx) => {
        const existing = await existingTenantId(tx);
        if (existing) return { seeded: false, tenantId: existing };

        const tenant = await createTenant(tx, { slug: DEFAULT_TENANT_SLUG, name: 'Demo call centre' });
        const template = await createFormTemplate(tx, tenant.id, callReport);
        await createRule(tx, tenant.id, {
          name: 'Sales queue: popup on answer',
          priority: 10,
          match: { queues: ['sales', '3002'] },
          action: 'popup',
          event: 'EventEstablished',
          formTemplateId: template.id,
          multitab: true,
          titleTemplate: 'Sales: {{caller}}',
          autopause: false,
        });
        // The answer of the XiVO documentation's sample exchange.
        await createRule(tx, tenant.id, {
          name: 'Every XiVO call: call report after hang-up',
          priority: 100,
          match: { sources: ['xivo'] },
          action: 'open',
          event: 'EventReleased',
          formTemplateId: template.id,
          autopause: true,
          autopauseReason: 'backoffice',
          titleTemplate: 'Third Party Sample',
        });
        // xCALLY Shuttle: the form in the agent's frame when a call is answered, with a notification.
        await createRule(tx, tenant.id, {
          name: 'Shuttle: call report on answer',
          priority: 50,
          match: { sources: ['shuttle'], events: ['up'] },
          action: 'open',
          shuttleMode: 'new_frame',
          formTemplateId: template.id,
          notification: { type: 'info', title: 'Call from {{caller}}', body: 'Queue {{queue.name}}' },
        });
        const shuttleToken = options.shuttleToken || process.env.DEMO_SHUTTLE_TOKEN?.trim();
        const relay = await createIntegrationToken(tx, tenant.id, {
          platform: 'shuttle',
          name: 'Shuttle relay (demo)',
          ...(shuttleToken ? { token: shuttleToken } : {}),
        });
        for (const contact of demoContacts) await createContact(tx, tenant.id, contact);
        return { seeded: true, tenantId: tenant.id, shuttleToken: relay.token };
      },
      { timeout: 30_000 },
    );
  } catch (error) {
    // Another process seeded at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const existing = await existingTenantId(prisma);
      if (existing) return { seeded: false, tenantId: existing };
    }
    throw error;
  }
}

async function existingTenantId(prisma: Prisma.TransactionClient): Promise<string | undefined> {
  const tenant =
    (await prisma.tenant.findUnique({ where: { slug: DEFAULT_TENANT_SLUG }, select: { id: true } })) ??
    (await prisma.tenant.findFirst({ orderBy: { createdAt: 'asc' }, select: { id: true } }));
  return tenant?.id;
}
