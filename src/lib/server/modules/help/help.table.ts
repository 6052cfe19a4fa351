import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	index,
	integer,
	numeric,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { person } from '../members/members.table.ts';
import { area, organisation } from '../organisations/organisations.table.ts';
import {
	HELP_ORIGINS,
	HELP_STATUSES,
	INVITATION_STATUSES,
	RECURRENCES,
	URGENCIES
} from '#lib/domain/help.ts';

/** Help categories per organisation. Defaults (`key` = a skill name or `overig`) are created on first use;
 * coordinators rename, add and switch off categories. `skill` says which volunteer skill fits. */
export const helpCategory = pgTable(
	'help_category',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		key: text('key').notNull(),
		/** Own name; null for a default category, whose name comes from the messages in the reader's language. */
		name: text('name'),
		skill: text('skill'),
		requiresVog: boolean('requires_vog').notNull().default(false),
		active: boolean('active').notNull().default(true),
		sortOrder: integer('sort_order').notNull().default(0),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('help_category_org_key_uq').on(t.orgId, t.key)]
);

/** Settings of Vraag en aanbod per organisation. */
export const helpSettings = pgTable('help_settings', {
	orgId: uuid('org_id')
		.primaryKey()
		.references(() => organisation.id, { onDelete: 'cascade' }),
	kmRateCents: integer('km_rate_cents').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A request for help (hulpvraag). A recurring request is a series of occurrences with the same `seriesId`. */
export const helpRequest = pgTable(
	'help_request',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		seriesId: uuid('series_id'),
		/** The resident who is helped; null while a referral names someone who is not a member yet. */
		personId: uuid('person_id').references(() => person.id, { onDelete: 'set null' }),
		/** Who to call about the request when the resident is not (yet) a member: from a referral. */
		contactName: text('contact_name'),
		contactPhone: text('contact_phone'),
		createdBy: uuid('created_by').references(() => person.id, { onDelete: 'set null' }),
		origin: text('origin', { enum: HELP_ORIGINS }).notNull(),
		categoryId: uuid('category_id')
			.notNull()
			.references(() => helpCategory.id, { onDelete: 'restrict' }),
		description: text('description').notNull(),
		address: text('address'),
		postcode: text('postcode'),
		areaId: uuid('area_id').references(() => area.id, { onDelete: 'set null' }),
		pickup: text('pickup'),
		destination: text('destination'),
		/** Null when the date is flexible. */
		date: date('date'),
		/** Local time "HH:MM"; both null means any time that day. */
		timeFrom: text('time_from'),
		timeTo: text('time_to'),
		urgency: text('urgency', { enum: URGENCIES }).notNull().default('normal'),
		needsVog: boolean('needs_vog').notNull().default(false),
		needsCar: boolean('needs_car').notNull().default(false),
		language: text('language'),
		recurrence: text('recurrence', { enum: RECURRENCES }).notNull().default('none'),
		status: text('status', { enum: HELP_STATUSES }).notNull().default('nieuw'),
		closeReason: text('close_reason'),
		volunteerId: uuid('volunteer_id').references(() => person.id, { onDelete: 'set null' }),
		matchedAt: timestamp('matched_at', { withTimezone: true }),
		/** When the resident was told who comes (by mail, or by phone from the call list). */
		residentInformedAt: timestamp('resident_informed_at', { withTimezone: true }),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		digestedAt: timestamp('digested_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('help_request_org_status_date_idx').on(t.orgId, t.status, t.date),
		index('help_request_volunteer_idx').on(t.volunteerId, t.date),
		index('help_request_person_idx').on(t.personId),
		index('help_request_series_idx').on(t.seriesId)
	]
);

/** Every status change of a request: who, when, from what to what, and why. */
export const helpEvent = pgTable(
	'help_event',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => helpRequest.id, { onDelete: 'cascade' }),
		fromStatus: text('from_status', { enum: HELP_STATUSES }),
		toStatus: text('to_status', { enum: HELP_STATUSES }).notNull(),
		byPersonId: uuid('by_person_id').references(() => person.id, { onDelete: 'set null' }),
		note: text('note'),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('help_event_request_idx').on(t.requestId, t.at)]
);

/** A volunteer invited to take a request; they answer by a private link. First acceptance wins. */
export const helpInvitation = pgTable(
	'help_invitation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => helpRequest.id, { onDelete: 'cascade' }),
		volunteerId: uuid('volunteer_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		/** sha256 of the link token; the token itself is only in the mail. */
		tokenHash: text('token_hash').notNull(),
		status: text('status', { enum: INVITATION_STATUSES }).notNull().default('invited'),
		invitedBy: uuid('invited_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		answeredAt: timestamp('answered_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('help_invitation_token_uq').on(t.tokenHash),
		uniqueIndex('help_invitation_request_volunteer_uq').on(t.requestId, t.volunteerId),
		// The database itself refuses a second acceptance of one request.
		uniqueIndex('help_invitation_one_accept_uq')
			.on(t.requestId)
			.where(sql`${t.status} = 'accepted'`),
		index('help_invitation_volunteer_idx').on(t.volunteerId)
	]
);

/** Hours and km a volunteer logged after the help; the km rate is kept as it was that day. */
export const helpReport = pgTable(
	'help_report',
	{
		requestId: uuid('request_id')
			.primaryKey()
			.references(() => helpRequest.id, { onDelete: 'cascade' }),
		volunteerId: uuid('volunteer_id').references(() => person.id, { onDelete: 'set null' }),
		hours: numeric('hours', { precision: 5, scale: 2, mode: 'number' }).notNull(),
		km: numeric('km', { precision: 6, scale: 1, mode: 'number' }).notNull(),
		kmRateCents: integer('km_rate_cents').notNull(),
		note: text('note'),
		loggedBy: uuid('logged_by').references(() => person.id, { onDelete: 'set null' }),
		loggedAt: timestamp('logged_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('help_report_volunteer_idx').on(t.volunteerId, t.loggedAt)]
);

/** Feedback on finished help, by the resident (or a coordinator who asked them by phone). */
export const helpFeedback = pgTable(
	'help_feedback',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		requestId: uuid('request_id')
			.notNull()
			.references(() => helpRequest.id, { onDelete: 'cascade' }),
		byPersonId: uuid('by_person_id').references(() => person.id, { onDelete: 'set null' }),
		rating: smallint('rating').notNull(),
		comment: text('comment'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('help_feedback_request_uq').on(t.requestId)]
);

/** A one-off offer ("Saturday I drive to the market, 2 seats"). */
export const helpOffer = pgTable(
	'help_offer',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		volunteerId: uuid('volunteer_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		categoryId: uuid('category_id')
			.notNull()
			.references(() => helpCategory.id, { onDelete: 'restrict' }),
		date: date('date').notNull(),
		timeFrom: text('time_from'),
		timeTo: text('time_to'),
		description: text('description').notNull(),
		seats: smallint('seats'),
		withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('help_offer_org_date_idx').on(t.orgId, t.date)]
);

/** A resident does not want this volunteer again; matching never proposes them for this resident. */
export const helpBlock = pgTable(
	'help_block',
	{
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		residentId: uuid('resident_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		volunteerId: uuid('volunteer_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		createdBy: uuid('created_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.orgId, t.residentId, t.volunteerId] })]
);

/** A volunteer's own settings for Vraag en aanbod: a pause, and the opt-in digest of new requests. */
export const volunteerPreference = pgTable('volunteer_preference', {
	personId: uuid('person_id')
		.primaryKey()
		.references(() => person.id, { onDelete: 'cascade' }),
	/** Not proposed until (and including) this date. */
	pausedUntil: date('paused_until'),
	digest: boolean('digest').notNull().default(false),
	lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
