import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { user } from '../auth/auth.table.ts';
import { area, organisation } from '../organisations/organisations.table.ts';
import { MEMBERSHIP_STATUSES } from '#lib/domain/members.ts';

/** A person: one per human, with or without a login. A managed member (registered by a coordinator,
 * often without e-mail) has no `userId`. Contact and profile live here, once, for all organisations. */
export const person = pgTable(
	'person',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: text('user_id').references(() => user.id, { onDelete: 'set null' }),
		name: text('name').notNull(),
		email: text('email'),
		phone: text('phone'),
		address: text('address'),
		postcode: text('postcode'),
		city: text('city'),
		locale: text('locale').notNull().default('nl'),
		languages: text('languages')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		skills: text('skills')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		availability: text('availability')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		mobility: text('mobility')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		maxRequestsPerMonth: integer('max_requests_per_month'),
		vogDate: date('vog_date'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('person_user_uq').on(t.userId),
		index('person_email_idx').on(sql`lower(${t.email})`),
		index('person_name_idx').on(sql`lower(${t.name})`)
	]
);

/** A person's membership of one organisation, with roles. A join request is a `pending` membership. */
export const membership = pgTable(
	'membership',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		roles: text('roles')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		status: text('status', { enum: MEMBERSHIP_STATUSES }).notNull(),
		areaId: uuid('area_id').references(() => area.id, { onDelete: 'set null' }),
		motivation: text('motivation'),
		/** Managed member: registered by a coordinator; consent was given on paper or by phone. */
		managedBy: uuid('managed_by').references(() => person.id, { onDelete: 'set null' }),
		consentRecordedBy: uuid('consent_recorded_by').references(() => person.id, { onDelete: 'set null' }),
		consentRecordedAt: timestamp('consent_recorded_at', { withTimezone: true }),
		decidedBy: uuid('decided_by').references(() => person.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		declineReason: text('decline_reason'),
		joinedAt: timestamp('joined_at', { withTimezone: true }),
		endedAt: timestamp('ended_at', { withTimezone: true }),
		endReason: text('end_reason'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		// At most one open (pending or active) membership per person per organisation.
		uniqueIndex('membership_open_uq')
			.on(t.orgId, t.personId)
			.where(sql`${t.status} in ('pending', 'active')`),
		index('membership_org_status_idx').on(t.orgId, t.status),
		// Matching reads the active volunteers of one organisation: an index-only scan of this small partial
		// index instead of visiting every member's row (see docs/performance.md).
		index('membership_volunteer_idx')
			.on(t.orgId, t.personId, t.areaId)
			.where(sql`${t.status} = 'active' and 'vrijwilliger' = any(${t.roles})`),
		index('membership_person_idx').on(t.personId)
	]
);
