import type { FormTemplate, Prisma } from '../generated/prisma/client.js';
import { nextSequence } from './sequence.js';

export type FormTemplateOverrides = Partial<Omit<Prisma.FormTemplateUncheckedCreateInput, 'tenantId'>>;

export function createFormTemplate(
  prisma: Prisma.TransactionClient,
  tenantId: string,
  overrides: FormTemplateOverrides = {},
): Promise<FormTemplate> {
  return prisma.formTemplate.create({
    data: {
      tenantId,
      name: `Form ${nextSequence()}`,
      fields: [{ name: 'notes', label: 'Notes', type: 'textarea', required: false }],
      dispositions: [{ code: 'done', label: 'Done' }],
      ...overrides,
    },
  });
}
