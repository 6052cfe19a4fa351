import { index, jsonb, pgTable, text, timestamp, uuid, bigserial } from 'drizzle-orm/pg-core';

/** Append-only record of every change, and of every read of special-category (health/care) data. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorPersonId: uuid('actor_person_id'),
		actorUserId: text('actor_user_id'),
		orgId: uuid('org_id'),
		action: text('action').notNull(),
		subjectType: text('subject_type').notNull(),
		subjectId: text('subject_id'),
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({})
	},
	(t) => [
		index('audit_org_at_idx').on(t.orgId, t.at),
		index('audit_subject_idx').on(t.subjectType, t.subjectId)
	]
);
