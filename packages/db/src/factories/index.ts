export { createAgent, type AgentOverrides } from './agent.js';
export { createCall, type CallOverrides } from './call.js';
export { createContact, type ContactOverrides } from './contact.js';
export { createFormTemplate, type FormTemplateOverrides } from './form-template.js';
export {
  createIntegrationToken,
  generateIntegrationToken,
  integrationTokenDigest,
  type IntegrationTokenOverrides,
} from './integration-token.js';
export { createQueue, type QueueOverrides } from './queue.js';
export { createRule, type RuleOverrides } from './rule.js';
export { createTenant, type TenantOverrides } from './tenant.js';
export { createUser, type UserOverrides } from './user.js';
