import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	pgTable,
	smallint,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { person } from '../members/members.table.ts';
import { area, organisation } from '../organisations/organisations.table.ts';
import { knowledgeItem } from '../knowledge/knowledge.table.ts';
import { meetingPlace, room } from '../places/places.table.ts';
import {
	ACTIVITY_RECURRENCES,
	ACTIVITY_STATUSES,
	GROUP_KINDS,
	GROUP_MEMBER_STATUSES,
	GROUP_ROLES,
	JOIN_POLICIES,
	SHARE_SCOPES,
	SIGNUP_STATUSES,
	THEMES,
	VISIBILITIES
} from '#lib/domain/activities.ts';

/** A group of an organisation: leefstijlclub, buurtnetwerk or interest group, with organisers. */
export const activityGroup = pgTable(
	'activity_group',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		kind: text('kind', { enum: GROUP_KINDS }).notNull(),
		theme: text('theme', { enum: THEMES }).notNull(),
		description: text('description').notNull().default(''),
		joinPolicy: text('join_policy', { enum: JOIN_POLICIES }).notNull().default('open'),
		/** public: the group page is public; members: only members of the organisation see it. */
		visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('public'),
		areaId: uuid('area_id').references(() => area.id, { onDelete: 'set null' }),
		contactName: text('contact_name'),
		contactEmail: text('contact_email'),
		contactPhone: text('contact_phone'),
		archivedAt: timestamp('archived_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('activity_group_org_idx').on(t.orgId),
		uniqueIndex('activity_group_org_name_uq').on(t.orgId, t.name)
	]
);

/** A person in a group: organiser or member; `pending` while an organiser decides on a request. */
export const groupMember = pgTable(
	'group_member',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		groupId: uuid('group_id')
			.notNull()
			.references(() => activityGroup.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		role: text('role', { enum: GROUP_ROLES }).notNull().default('member'),
		status: text('status', { enum: GROUP_MEMBER_STATUSES }).notNull().default('active'),
		addedBy: uuid('added_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		uniqueIndex('group_member_group_person_uq').on(t.groupId, t.personId),
		index('group_member_person_idx').on(t.personId)
	]
);

/** One activity on one day. A recurring activity is a series of these with the same `seriesId`; an
 * exception is a date left out when the series is made, or one occurrence cancelled later. */
export const activity = pgTable(
	'activity',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		groupId: uuid('group_id').references(() => activityGroup.id, { onDelete: 'set null' }),
		seriesId: uuid('series_id'),
		/** A date of a course (opleiding) from the knowledge network: sign-up is the activity's own. */
		courseId: uuid('course_id').references(() => knowledgeItem.id, { onDelete: 'set null' }),
		recurrence: text('recurrence', { enum: ACTIVITY_RECURRENCES }).notNull().default('none'),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		theme: text('theme', { enum: THEMES }).notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		/** Either a meeting place (and optionally one of its rooms) or a free address. */
		placeId: uuid('place_id').references(() => meetingPlace.id, { onDelete: 'set null' }),
		roomId: uuid('room_id').references(() => room.id, { onDelete: 'set null' }),
		address: text('address'),
		areaId: uuid('area_id').references(() => area.id, { onDelete: 'set null' }),
		/** Null: no limit. */
		capacity: smallint('capacity'),
		costCents: integer('cost_cents').notNull().default(0),
		accessibility: text('accessibility').notNull().default(''),
		visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('public'),
		share: text('share', { enum: SHARE_SCOPES }).notNull().default('organisation'),
		status: text('status', { enum: ACTIVITY_STATUSES }).notNull().default('scheduled'),
		cancelReason: text('cancel_reason'),
		contactName: text('contact_name'),
		contactPhone: text('contact_phone'),
		reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
		createdBy: uuid('created_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('activity_org_starts_idx').on(t.orgId, t.startsAt),
		index('activity_group_starts_idx').on(t.groupId, t.startsAt),
		index('activity_series_idx').on(t.seriesId),
		index('activity_course_idx')
			.on(t.courseId, t.startsAt)
			.where(sql`${t.courseId} is not null`),
		// The city and network agendas read shared public activities by date.
		index('activity_shared_starts_idx')
			.on(t.startsAt)
			.where(sql`${t.share} <> 'organisation' and ${t.visibility} = 'public'`)
	]
);

/** A sign-up for one activity. Places are given in order of sign-up; the wait list moves up by `createdAt`. */
export const activitySignup = pgTable(
	'activity_signup',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		activityId: uuid('activity_id')
			.notNull()
			.references(() => activity.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		status: text('status', { enum: SIGNUP_STATUSES }).notNull(),
		/** Extra places for people who come along (partner, carer); counts against capacity. */
		guests: smallint('guests').notNull().default(0),
		/** Who signed up: the person, or a coordinator for someone without e-mail. */
		signedUpBy: uuid('signed_up_by').references(() => person.id, { onDelete: 'set null' }),
		/** Null until the attendance list is filled in. */
		attended: boolean('attended'),
		attendanceBy: uuid('attendance_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		promotedAt: timestamp('promoted_at', { withTimezone: true }),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true })
	},
	(t) => [
		// One live sign-up per person per activity; a cancelled one may be followed by a new one.
		uniqueIndex('activity_signup_live_uq')
			.on(t.activityId, t.personId)
			.where(sql`${t.status} <> 'cancelled'`),
		index('activity_signup_activity_idx').on(t.activityId, t.status, t.createdAt),
		index('activity_signup_person_idx').on(t.personId)
	]
);

/** A private calendar link (iCal) of a person: the token is only shown to them; we keep its hash. */
export const calendarFeed = pgTable(
	'calendar_feed',
	{
		personId: uuid('person_id')
			.primaryKey()
			.references(() => person.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('calendar_feed_token_uq').on(t.tokenHash)]
);
