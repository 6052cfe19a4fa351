import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { activityGroup, groupMember } from '../activities/activities.table.ts';
import { meetingPlace, placeHoursException, placeOpeningHours, room, roomBooking } from './places.table.ts';
import type { OpeningPeriod } from './places.schemas.ts';

export type MeetingPlace = typeof meetingPlace.$inferSelect;
export type NewMeetingPlace = typeof meetingPlace.$inferInsert;
export type OpeningHours = typeof placeOpeningHours.$inferSelect;
export type HoursException = typeof placeHoursException.$inferSelect;
export type Room = typeof room.$inferSelect;
export type RoomBooking = typeof roomBooking.$inferSelect;

// ---------------------------------------------------------------- places

export async function places(db: Executor, orgId: string, withInactive: boolean): Promise<MeetingPlace[]> {
	return db
		.select()
		.from(meetingPlace)
		.where(and(eq(meetingPlace.orgId, orgId), withInactive ? undefined : eq(meetingPlace.active, true)))
		.orderBy(asc(meetingPlace.name));
}

export async function placeById(db: Executor, orgId: string, id: string): Promise<MeetingPlace | undefined> {
	const [row] = await db
		.select()
		.from(meetingPlace)
		.where(and(eq(meetingPlace.orgId, orgId), eq(meetingPlace.id, id)));
	return row;
}

export async function insertPlace(db: Executor, values: NewMeetingPlace): Promise<MeetingPlace> {
	const [row] = await db.insert(meetingPlace).values(values).returning();
	return row!;
}

export async function updatePlace(
	db: Executor,
	orgId: string,
	id: string,
	values: Partial<NewMeetingPlace>
): Promise<MeetingPlace | undefined> {
	const [row] = await db
		.update(meetingPlace)
		.set({ ...values, updatedAt: new Date() })
		.where(and(eq(meetingPlace.orgId, orgId), eq(meetingPlace.id, id)))
		.returning();
	return row;
}

// ---------------------------------------------------------------- opening hours and exceptions

export async function openingHours(db: Executor, placeIds: string[]): Promise<OpeningHours[]> {
	if (placeIds.length === 0) return [];
	return db
		.select()
		.from(placeOpeningHours)
		.where(inArray(placeOpeningHours.placeId, placeIds))
		.orderBy(asc(placeOpeningHours.opens));
}

/** Replaces the weekly opening hours of a place. */
export async function replaceOpeningHours(db: Executor, placeId: string, periods: OpeningPeriod[]) {
	await db.delete(placeOpeningHours).where(eq(placeOpeningHours.placeId, placeId));
	if (periods.length) await db.insert(placeOpeningHours).values(periods.map((p) => ({ placeId, ...p })));
}

/** Exceptions of some places from `from` up to and including `to` (no end: every later one). */
export async function exceptions(
	db: Executor,
	placeIds: string[],
	from: string,
	to?: string
): Promise<HoursException[]> {
	if (placeIds.length === 0) return [];
	return db
		.select()
		.from(placeHoursException)
		.where(
			and(
				inArray(placeHoursException.placeId, placeIds),
				gte(placeHoursException.date, from),
				to ? lte(placeHoursException.date, to) : undefined
			)
		)
		.orderBy(asc(placeHoursException.date));
}

/** One exception per date: a second one for the same date replaces the first. */
export async function upsertException(
	db: Executor,
	values: typeof placeHoursException.$inferInsert
): Promise<HoursException> {
	const [row] = await db
		.insert(placeHoursException)
		.values(values)
		.onConflictDoUpdate({
			target: [placeHoursException.placeId, placeHoursException.date],
			set: { opens: values.opens ?? null, closes: values.closes ?? null, note: values.note ?? null }
		})
		.returning();
	return row!;
}

export async function deleteException(db: Executor, placeId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(placeHoursException)
		.where(and(eq(placeHoursException.placeId, placeId), eq(placeHoursException.id, id)))
		.returning({ id: placeHoursException.id });
	return rows.length > 0;
}

// ---------------------------------------------------------------- rooms

export async function rooms(db: Executor, placeIds: string[]): Promise<Room[]> {
	if (placeIds.length === 0) return [];
	return db.select().from(room).where(inArray(room.placeId, placeIds)).orderBy(asc(room.name));
}

/** A room of a meeting place of this organisation, with its place. */
export async function roomOf(db: Executor, orgId: string, roomId: string) {
	const [row] = await db
		.select({ room, place: meetingPlace })
		.from(room)
		.innerJoin(meetingPlace, eq(meetingPlace.id, room.placeId))
		.where(and(eq(room.id, roomId), eq(meetingPlace.orgId, orgId)));
	return row;
}

export async function insertRoom(db: Executor, values: typeof room.$inferInsert): Promise<Room> {
	const [row] = await db.insert(room).values(values).returning();
	return row!;
}

export async function updateRoom(
	db: Executor,
	placeId: string,
	id: string,
	values: { name: string; capacity: number | null; facilities: Room['facilities'] }
): Promise<Room | undefined> {
	const [row] = await db
		.update(room)
		.set(values)
		.where(and(eq(room.placeId, placeId), eq(room.id, id)))
		.returning();
	return row;
}

export async function deleteRoom(db: Executor, placeId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(room)
		.where(and(eq(room.placeId, placeId), eq(room.id, id)))
		.returning({ id: room.id });
	return rows.length > 0;
}

// ---------------------------------------------------------------- bookings

/** Takes the row lock of a room until the transaction ends: bookings of one room queue here. */
export async function lockRoom(db: Executor, roomId: string): Promise<boolean> {
	const rows = await db.select({ id: room.id }).from(room).where(eq(room.id, roomId)).for('update');
	return rows.length > 0;
}

/** Is there a live booking of the room that overlaps [startsAt, endsAt)? Touching ends do not overlap. */
export async function overlaps(db: Executor, roomId: string, startsAt: Date, endsAt: Date): Promise<boolean> {
	const rows = await db
		.select({ id: roomBooking.id })
		.from(roomBooking)
		.where(
			and(
				eq(roomBooking.roomId, roomId),
				eq(roomBooking.status, 'booked'),
				lt(roomBooking.startsAt, endsAt),
				gt(roomBooking.endsAt, startsAt)
			)
		)
		.limit(1);
	return rows.length > 0;
}

export async function insertBooking(
	db: Executor,
	values: typeof roomBooking.$inferInsert
): Promise<RoomBooking> {
	const [row] = await db.insert(roomBooking).values(values).returning();
	return row!;
}

/** Live bookings of the rooms of a place between two instants, with room and group names. */
export async function bookingsOfPlace(db: Executor, placeId: string, from: Date, to: Date) {
	return db
		.select({
			id: roomBooking.id,
			roomId: roomBooking.roomId,
			roomName: room.name,
			groupId: roomBooking.groupId,
			groupName: activityGroup.name,
			activityId: roomBooking.activityId,
			title: roomBooking.title,
			startsAt: roomBooking.startsAt,
			endsAt: roomBooking.endsAt,
			bookedBy: roomBooking.bookedBy
		})
		.from(roomBooking)
		.innerJoin(room, eq(room.id, roomBooking.roomId))
		.leftJoin(activityGroup, eq(activityGroup.id, roomBooking.groupId))
		.where(
			and(
				eq(room.placeId, placeId),
				eq(roomBooking.status, 'booked'),
				lt(roomBooking.startsAt, to),
				gt(roomBooking.endsAt, from)
			)
		)
		.orderBy(asc(roomBooking.startsAt), asc(room.name));
}

/** A booking of a room of a meeting place of this organisation. */
export async function bookingOf(db: Executor, orgId: string, id: string) {
	const [row] = await db
		.select({ booking: roomBooking, placeId: meetingPlace.id })
		.from(roomBooking)
		.innerJoin(room, eq(room.id, roomBooking.roomId))
		.innerJoin(meetingPlace, eq(meetingPlace.id, room.placeId))
		.where(and(eq(roomBooking.id, id), eq(meetingPlace.orgId, orgId)));
	return row;
}

export async function cancelBooking(db: Executor, id: string): Promise<RoomBooking | undefined> {
	const [row] = await db
		.update(roomBooking)
		.set({ status: 'cancelled', cancelledAt: new Date() })
		.where(and(eq(roomBooking.id, id), eq(roomBooking.status, 'booked')))
		.returning();
	return row;
}

export async function cancelBookingsOfActivity(db: Executor, activityId: string): Promise<number> {
	const rows = await db
		.update(roomBooking)
		.set({ status: 'cancelled', cancelledAt: new Date() })
		.where(and(eq(roomBooking.activityId, activityId), eq(roomBooking.status, 'booked')))
		.returning({ id: roomBooking.id });
	return rows.length;
}

/** Live bookings of a room that have not ended yet. */
export async function upcomingBookingsOfRoom(db: Executor, roomId: string, now: Date): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(roomBooking)
		.where(
			and(eq(roomBooking.roomId, roomId), eq(roomBooking.status, 'booked'), gt(roomBooking.endsAt, now))
		);
	return row?.n ?? 0;
}

// ---------------------------------------------------------------- groups that book

const groupColumns = { id: activityGroup.id, name: activityGroup.name };

/** The organisation's groups that are not archived (staff book for any of them). */
export async function groupsOf(db: Executor, orgId: string) {
	return db
		.select(groupColumns)
		.from(activityGroup)
		.where(and(eq(activityGroup.orgId, orgId), isNull(activityGroup.archivedAt)))
		.orderBy(asc(activityGroup.name));
}

/** The organisation's groups (not archived) this person is an active organiser of. */
export async function groupsOrganisedBy(db: Executor, orgId: string, personId: string) {
	return db
		.select(groupColumns)
		.from(activityGroup)
		.innerJoin(groupMember, eq(groupMember.groupId, activityGroup.id))
		.where(
			and(
				eq(activityGroup.orgId, orgId),
				isNull(activityGroup.archivedAt),
				eq(groupMember.personId, personId),
				eq(groupMember.role, 'organiser'),
				eq(groupMember.status, 'active')
			)
		)
		.orderBy(asc(activityGroup.name));
}
