// Back-office contracts, one file per area.
export * from './audit.js';
export * from './paging.js';
export * from './rules-admin.js';
export * from './form-templates-admin.js';
export * from './contacts-admin.js';
export * from './integrations.js';
export * from './users.js';
