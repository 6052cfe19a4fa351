import { sql } from 'drizzle-orm';
import {
	boolean,
	date,
	index,
	pgTable,
	smallint,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { person } from '../members/members.table.ts';
import { area, organisation } from '../organisations/organisations.table.ts';
import { activity, activityGroup } from '../activities/activities.table.ts';
import { BOOKING_STATUSES, FACILITIES, PLACE_KINDS } from '#lib/domain/activities.ts';
import { WEEKDAYS } from '#lib/domain/members.ts';

/** A meeting place (ontmoetingsplek): buurtwerkkamer, community centre, café. Its facts are public. */
export const meetingPlace = pgTable(
	'meeting_place',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		kind: text('kind', { enum: PLACE_KINDS }).notNull(),
		description: text('description').notNull().default(''),
		address: text('address').notNull(),
		postcode: text('postcode'),
		city: text('city'),
		areaId: uuid('area_id').references(() => area.id, { onDelete: 'set null' }),
		/** Free text about steps, doors, parking close by, quiet room … */
		accessibility: text('accessibility').notNull().default(''),
		facilities: text('facilities', { enum: FACILITIES })
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		contactName: text('contact_name'),
		email: text('email'),
		phone: text('phone'),
		active: boolean('active').notNull().default(true),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('meeting_place_org_idx').on(t.orgId),
		uniqueIndex('meeting_place_org_name_uq').on(t.orgId, t.name)
	]
);

/** Regular opening hours: one row per opening period of a weekday (two rows for a lunch break). */
export const placeOpeningHours = pgTable(
	'place_opening_hours',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => meetingPlace.id, { onDelete: 'cascade' }),
		weekday: text('weekday', { enum: WEEKDAYS }).notNull(),
		/** Local time "HH:MM". */
		opens: text('opens').notNull(),
		closes: text('closes').notNull()
	},
	(t) => [index('place_opening_hours_place_idx').on(t.placeId)]
);

/** An exception to the opening hours on one date: closed (no times) or other hours (holidays, events). */
export const placeHoursException = pgTable(
	'place_hours_exception',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => meetingPlace.id, { onDelete: 'cascade' }),
		date: date('date').notNull(),
		opens: text('opens'),
		closes: text('closes'),
		note: text('note')
	},
	(t) => [uniqueIndex('place_hours_exception_place_date_uq').on(t.placeId, t.date)]
);

/** A room of a meeting place that groups can book. */
export const room = pgTable(
	'room',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		placeId: uuid('place_id')
			.notNull()
			.references(() => meetingPlace.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		capacity: smallint('capacity'),
		facilities: text('facilities', { enum: FACILITIES })
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('room_place_name_uq').on(t.placeId, t.name)]
);

/** A booking of a room for a time span, by a group (and possibly for one activity). Two bookings of one
 * room never overlap: the booking use case locks the room row and checks, in one transaction. */
export const roomBooking = pgTable(
	'room_booking',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		roomId: uuid('room_id')
			.notNull()
			.references(() => room.id, { onDelete: 'cascade' }),
		/** The organisation that booked (the group's organisation, or the place's own). */
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		groupId: uuid('group_id').references(() => activityGroup.id, { onDelete: 'set null' }),
		activityId: uuid('activity_id').references(() => activity.id, { onDelete: 'set null' }),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		title: text('title').notNull(),
		status: text('status', { enum: BOOKING_STATUSES }).notNull().default('booked'),
		bookedBy: uuid('booked_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		cancelledAt: timestamp('cancelled_at', { withTimezone: true })
	},
	(t) => [
		index('room_booking_room_time_idx').on(t.roomId, t.startsAt),
		index('room_booking_activity_idx').on(t.activityId)
	]
);
