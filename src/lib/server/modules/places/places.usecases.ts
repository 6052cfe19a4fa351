// Meeting places (ontmoetingsplekken): their public facts, opening hours with exceptions on dates, rooms,
// and room bookings by staff and by the organisers of the organisation's groups.
import { getDb, type Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../shared/actor.ts';
import { addDays, instantOf, timeOf, today, weekdayOf } from '../../shared/clock.ts';
import { DomainError, ForbiddenError, NotFoundError, parseInput } from '../../shared/errors.ts';
import { existingId } from '../../shared/ids.ts';
import { authorize, can, type OrgScope } from '../../shared/policy.ts';
import { audit } from '../audit/audit.repository.ts';
import * as orgs from '../organisations/organisations.usecases.ts';
import { MAX_DURATION_HOURS } from '#lib/domain/activities.ts';
import { WEEKDAYS } from '#lib/domain/members.ts';
import * as repo from './places.repository.ts';
import {
	bookingInput,
	exceptionInput,
	openingHoursInput,
	placeInput,
	placeUpdate,
	roomInput,
	type PlaceInput
} from './places.schemas.ts';

export type { HoursException, MeetingPlace, Room, RoomBooking } from './places.repository.ts';

/** How far ahead the place page shows exceptions to the opening hours, and room bookings. */
export const EXCEPTION_DAYS = 56;
export const BOOKING_DAYS = 14;

export interface Period {
	opens: string;
	closes: string;
}

/**
 * The opening periods of a place on one date: an exception on that date wins (closed, or its own hours);
 * otherwise the weekly hours of that weekday, earliest first. Empty: closed.
 */
export const openingOn = (
	hours: readonly { weekday: string; opens: string; closes: string }[],
	exceptions: readonly { date: string; opens: string | null; closes: string | null }[],
	day: string
): Period[] => {
	const exception = exceptions.find((e) => e.date === day);
	if (exception)
		return exception.opens && exception.closes ? [{ opens: exception.opens, closes: exception.closes }] : [];
	const weekday = weekdayOf(day);
	return hours
		.filter((h) => h.weekday === weekday)
		.map((h) => ({ opens: h.opens, closes: h.closes }))
		.sort((a, b) => a.opens.localeCompare(b.opens));
};

/** The weekly hours as one row per weekday, Monday first. */
const weekOf = (hours: readonly repo.OpeningHours[]) =>
	WEEKDAYS.map((weekday) => ({
		weekday,
		periods: hours
			.filter((h) => h.weekday === weekday)
			.map((h) => ({ opens: h.opens, closes: h.closes }))
			.sort((a, b) => a.opens.localeCompare(b.opens))
	}));

const placeValues = async (orgId: string, data: PlaceInput) => ({
	name: data.name,
	kind: data.kind,
	description: data.description ?? '',
	address: data.address,
	postcode: data.postcode ?? null,
	city: data.city ?? null,
	areaId: (await orgs.areaForPostcode(orgId, data.postcode))?.id ?? null,
	accessibility: data.accessibility ?? '',
	facilities: data.facilities,
	contactName: data.contactName ?? null,
	email: data.email ?? null,
	phone: data.phone ?? null
});

const placeExists = (e: unknown) => {
	throw isUniqueViolation(e) ? new DomainError('error_place_exists', 409, { name: 'error_place_exists' }) : e;
};
const roomExists = (e: unknown) => {
	throw isUniqueViolation(e) ? new DomainError('error_room_exists', 409, { name: 'error_room_exists' }) : e;
};

/** A place of the organisation as the actor may see it: an inactive one only for staff. */
async function visiblePlace(actor: Actor, scope: OrgScope, orgId: string, placeId: string) {
	const place = await repo.placeById(await getDb(), orgId, existingId(placeId));
	if (!place || (!place.active && !can(actor, 'place.manage', scope))) throw new NotFoundError();
	return place;
}

/** A place of the organisation for staff who change it. */
async function placeToManage(orgId: string, placeId: string) {
	const place = await repo.placeById(await getDb(), orgId, existingId(placeId));
	if (!place) throw new NotFoundError();
	return place;
}

// ---------------------------------------------------------------- reading

/** The organisation's meeting places with their rooms and today's opening hours. Public. */
export async function listPlaces(actor: Actor, orgId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'place.viewPublic', scope);
	const canManage = can(actor, 'place.manage', scope);
	const db = await getDb();
	const day = today();
	const list = await repo.places(db, orgId, canManage);
	const ids = list.map((p) => p.id);
	const [hours, exceptions, rooms] = await Promise.all([
		repo.openingHours(db, ids),
		repo.exceptions(db, ids, day, day),
		repo.rooms(db, ids)
	]);
	return {
		canManage,
		places: list.map((place) => {
			const own = exceptions.filter((e) => e.placeId === place.id);
			return {
				...place,
				today: openingOn(
					hours.filter((h) => h.placeId === place.id),
					own,
					day
				),
				todayNote: own[0]?.note ?? null,
				rooms: rooms.filter((r) => r.placeId === place.id)
			};
		})
	};
}

/**
 * One meeting place: its public facts, weekly hours, exceptions of the coming eight weeks and rooms. Members
 * of the organisation also see the room bookings of the coming two weeks, and who may book gets the groups
 * they may book for.
 */
export async function getPlace(actor: Actor, orgId: string, placeId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'place.viewPublic', scope);
	const place = await visiblePlace(actor, scope, orgId, placeId);
	const db = await getDb();
	const day = today();
	const [hours, exceptions, rooms] = await Promise.all([
		repo.openingHours(db, [place.id]),
		repo.exceptions(db, [place.id], day, addDays(day, EXCEPTION_DAYS)),
		repo.rooms(db, [place.id])
	]);
	const staff = can(actor, 'place.manage', scope);
	const member = can(actor, 'place.viewBookings', scope);
	const me = actor.kind === 'person' ? actor.personId : null;
	const groups = !member
		? []
		: staff
			? await repo.groupsOf(db, orgId)
			: me
				? await repo.groupsOrganisedBy(db, orgId, me)
				: [];
	const organised = new Set(staff ? [] : groups.map((g) => g.id));
	const bookings = member
		? (
				await repo.bookingsOfPlace(
					db,
					place.id,
					instantOf(day, '00:00'),
					instantOf(addDays(day, BOOKING_DAYS), '00:00')
				)
			).map(({ bookedBy, ...b }) => ({
				...b,
				day: today(b.startsAt),
				timeFrom: timeOf(b.startsAt),
				timeTo: timeOf(b.endsAt),
				canCancel:
					!b.activityId &&
					(staff || (me !== null && bookedBy === me) || (b.groupId !== null && organised.has(b.groupId)))
			}))
		: null;
	return {
		place,
		week: weekOf(hours),
		today: openingOn(hours, exceptions, day),
		exceptions,
		rooms,
		bookings,
		/** Who may book: staff for the organisation or any group, organisers for their own groups. */
		booking: member && rooms.length && (staff || groups.length) ? { staff, groups } : null,
		canManage: staff
	};
}

/** Everything the edit page of a place needs: facts, weekly hours, coming exceptions and rooms. */
export async function placeForEditing(actor: Actor, orgId: string, placeId: string) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const place = await placeToManage(orgId, placeId);
	const db = await getDb();
	const [hours, exceptions, rooms] = await Promise.all([
		repo.openingHours(db, [place.id]),
		repo.exceptions(db, [place.id], today()),
		repo.rooms(db, [place.id])
	]);
	return { place, week: weekOf(hours), exceptions, rooms };
}

// ---------------------------------------------------------------- changing a place

export async function createPlace(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const data = parseInput(placeInput, input);
	const values = await placeValues(orgId, data);
	return inTransaction(async (tx) => {
		const created = await repo.insertPlace(tx, { orgId, ...values }).catch(placeExists);
		await audit(tx, actor, {
			action: 'place.create',
			subjectType: 'meeting_place',
			subjectId: created.id,
			orgId
		});
		return created;
	});
}

export async function updatePlace(actor: Actor, orgId: string, placeId: string, input: unknown) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const data = parseInput(placeUpdate, input);
	const place = await placeToManage(orgId, placeId);
	const values = await placeValues(orgId, data);
	return inTransaction(async (tx) => {
		const updated = await repo
			.updatePlace(tx, orgId, place.id, { ...values, active: data.active })
			.catch(placeExists);
		if (!updated) throw new NotFoundError();
		await audit(tx, actor, {
			action: 'place.update',
			subjectType: 'meeting_place',
			subjectId: place.id,
			orgId
		});
		return updated;
	});
}

/** Replaces the weekly opening hours (at most two periods a day). */
export async function setOpeningHours(actor: Actor, orgId: string, placeId: string, input: unknown) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const periods = parseInput(openingHoursInput, input);
	const place = await placeToManage(orgId, placeId);
	await inTransaction(async (tx) => {
		await repo.replaceOpeningHours(tx, place.id, periods);
		await audit(tx, actor, {
			action: 'place.hours',
			subjectType: 'meeting_place',
			subjectId: place.id,
			orgId,
			details: { periods: periods.length }
		});
	});
	return periods;
}

/** Closed, or other hours, on one date; a second exception on the same date replaces the first. */
export async function addException(actor: Actor, orgId: string, placeId: string, input: unknown) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const data = parseInput(exceptionInput, input);
	const place = await placeToManage(orgId, placeId);
	return inTransaction(async (tx) => {
		const exception = await repo.upsertException(tx, { placeId: place.id, ...data });
		await audit(tx, actor, {
			action: 'place.exception_add',
			subjectType: 'meeting_place',
			subjectId: place.id,
			orgId,
			details: { date: data.date, closed: data.opens === null }
		});
		return exception;
	});
}

export async function removeException(actor: Actor, orgId: string, placeId: string, exceptionId: string) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const place = await placeToManage(orgId, placeId);
	const id = existingId(exceptionId);
	await inTransaction(async (tx) => {
		if (!(await repo.deleteException(tx, place.id, id))) throw new NotFoundError();
		await audit(tx, actor, {
			action: 'place.exception_remove',
			subjectType: 'meeting_place',
			subjectId: place.id,
			orgId
		});
	});
}

// ---------------------------------------------------------------- rooms

export async function addRoom(actor: Actor, orgId: string, placeId: string, input: unknown) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const data = parseInput(roomInput, input);
	const place = await placeToManage(orgId, placeId);
	return inTransaction(async (tx) => {
		const created = await repo
			.insertRoom(tx, {
				placeId: place.id,
				name: data.name,
				capacity: data.capacity ?? null,
				facilities: data.facilities
			})
			.catch(roomExists);
		await audit(tx, actor, { action: 'place.room_add', subjectType: 'room', subjectId: created.id, orgId });
		return created;
	});
}

export async function updateRoom(
	actor: Actor,
	orgId: string,
	placeId: string,
	roomId: string,
	input: unknown
) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const data = parseInput(roomInput, input);
	const place = await placeToManage(orgId, placeId);
	const id = existingId(roomId);
	return inTransaction(async (tx) => {
		const updated = await repo
			.updateRoom(tx, place.id, id, {
				name: data.name,
				capacity: data.capacity ?? null,
				facilities: data.facilities
			})
			.catch(roomExists);
		if (!updated) throw new NotFoundError();
		await audit(tx, actor, { action: 'place.room_update', subjectType: 'room', subjectId: id, orgId });
		return updated;
	});
}

/** Removes a room that has no coming bookings (those are cancelled first, so nobody is left without). */
export async function removeRoom(actor: Actor, orgId: string, placeId: string, roomId: string) {
	authorize(actor, 'place.manage', await orgs.scopeFor(orgId));
	const place = await placeToManage(orgId, placeId);
	const id = existingId(roomId);
	await inTransaction(async (tx) => {
		if (!(await repo.lockRoom(tx, id))) throw new NotFoundError();
		if ((await repo.upcomingBookingsOfRoom(tx, id, new Date())) > 0)
			throw new DomainError('error_room_has_bookings');
		if (!(await repo.deleteRoom(tx, place.id, id))) throw new NotFoundError();
		await audit(tx, actor, { action: 'place.room_remove', subjectType: 'room', subjectId: id, orgId });
	});
}

// ---------------------------------------------------------------- bookings

export interface RoomBookingRequest {
	roomId: string;
	/** The organisation that books (the group's, or the place's own). */
	orgId: string;
	groupId?: string | null;
	activityId?: string | null;
	startsAt: Date;
	endsAt: Date;
	title: string;
	bookedBy: string | null;
}

/**
 * Books a room inside the caller's transaction, for callers that have checked their own policy (bookRoom,
 * and the activities module when an activity gets a room). Locks the room row, so bookings of one room
 * queue; refuses an overlap with a live booking (ending exactly when the other starts is fine).
 */
export async function bookRoomInTx(tx: Tx, b: RoomBookingRequest): Promise<repo.RoomBooking> {
	if (b.endsAt <= b.startsAt) throw new DomainError('validation_end_before_start', 400);
	if (b.endsAt.getTime() - b.startsAt.getTime() > MAX_DURATION_HOURS * 3_600_000)
		throw new DomainError('validation_too_long_duration', 400);
	if (!(await repo.lockRoom(tx, b.roomId))) throw new NotFoundError();
	if (await repo.overlaps(tx, b.roomId, b.startsAt, b.endsAt)) throw new DomainError('error_room_taken');
	return repo.insertBooking(tx, {
		roomId: b.roomId,
		orgId: b.orgId,
		groupId: b.groupId ?? null,
		activityId: b.activityId ?? null,
		startsAt: b.startsAt,
		endsAt: b.endsAt,
		title: b.title,
		bookedBy: b.bookedBy
	});
}

/** Frees the rooms of an activity (cancelled, or moved elsewhere) inside the caller's transaction. */
export async function cancelBookingsOfActivityInTx(tx: Tx, activityId: string): Promise<number> {
	return repo.cancelBookingsOfActivity(tx, activityId);
}

/**
 * Books a room of one of the organisation's meeting places. Staff book for the organisation or any of its
 * groups; a member books only for a group they organise. Two bookings of a room never overlap.
 */
export async function bookRoom(actor: Actor, orgId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'place.book', scope);
	const data = parseInput(bookingInput, input);
	const staff = can(actor, 'place.manage', scope);
	const db = await getDb();
	const found = await repo.roomOf(db, orgId, data.roomId);
	if (!found || (!found.place.active && !staff))
		throw new DomainError('error_form_invalid', 400, { roomId: 'validation_invalid' });
	const me = actor.kind === 'person' ? actor.personId : null;
	const allowed = staff
		? await repo.groupsOf(db, orgId)
		: me
			? await repo.groupsOrganisedBy(db, orgId, me)
			: [];
	if (!staff) {
		if (allowed.length === 0) throw new ForbiddenError();
		if (!data.groupId)
			throw new DomainError('error_form_invalid', 400, { groupId: 'validation_choose_group' });
	}
	if (data.groupId && !allowed.some((g) => g.id === data.groupId)) {
		if (!staff) throw new ForbiddenError();
		throw new DomainError('error_form_invalid', 400, { groupId: 'validation_invalid' });
	}
	return inTransaction(async (tx) => {
		const booking = await bookRoomInTx(tx, {
			roomId: found.room.id,
			orgId,
			groupId: data.groupId,
			startsAt: data.startsAt,
			endsAt: data.endsAt,
			title: data.title,
			bookedBy: me
		});
		await audit(tx, actor, {
			action: 'place.book',
			subjectType: 'room_booking',
			subjectId: booking.id,
			orgId,
			details: { roomId: booking.roomId, groupId: booking.groupId }
		});
		return booking;
	});
}

/**
 * Cancels a booking: staff any, a member their own or one of a group they organise. A booking made for an
 * activity goes with the activity (cancel or move the activity instead).
 */
export async function cancelBooking(actor: Actor, orgId: string, bookingId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'place.book', scope);
	const db = await getDb();
	const found = await repo.bookingOf(db, orgId, existingId(bookingId));
	if (!found) throw new NotFoundError();
	const { booking } = found;
	if (!can(actor, 'place.manage', scope)) {
		const me = actor.kind === 'person' ? actor.personId : null;
		const organised = me ? await repo.groupsOrganisedBy(db, orgId, me) : [];
		const mine = me !== null && booking.bookedBy === me;
		if (!mine && !organised.some((g) => g.id === booking.groupId)) throw new ForbiddenError();
	}
	if (booking.activityId) throw new DomainError('error_booking_of_activity');
	return inTransaction(async (tx) => {
		const cancelled = await repo.cancelBooking(tx, booking.id);
		if (cancelled)
			await audit(tx, actor, {
				action: 'place.booking_cancel',
				subjectType: 'room_booking',
				subjectId: booking.id,
				orgId
			});
		return cancelled ?? booking;
	});
}
