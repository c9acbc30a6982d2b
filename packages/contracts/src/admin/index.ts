// Back-office contracts, one file per area.
export * from './audit.js';
export * from './paging.js';
