// The one schema index: every module's tables, for Drizzle (queries, relations) and drizzle-kit.
export * from '../modules/auth/auth.table.ts';
export * from '../modules/organisations/organisations.table.ts';
export * from '../modules/members/members.table.ts';
export * from '../modules/audit/audit.table.ts';
export * from '../modules/notifications/notifications.table.ts';
export * from '../modules/help/help.table.ts';
export * from '../modules/activities/activities.table.ts';
export * from '../modules/places/places.table.ts';
export * from '../modules/knowledge/knowledge.table.ts';
export * from '../modules/governance/governance.table.ts';
