import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { orgTree, outsider, personWith } from '#tests/factories/index.ts';
import { getDb } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { anonymous, type PersonActor } from '../../shared/actor.ts';
import { addDays, instantOf, timeOf, today, weekdayOf } from '../../shared/clock.ts';
import {
	AppError,
	DomainError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	ValidationError
} from '../../shared/errors.ts';
import { activity, activityGroup, groupMember } from '../activities/activities.table.ts';
import {
	addException,
	addRoom,
	bookRoom,
	bookRoomInTx,
	cancelBooking,
	cancelBookingsOfActivityInTx,
	createPlace,
	getPlace,
	listPlaces,
	openingOn,
	placeForEditing,
	removeException,
	removeRoom,
	setOpeningHours,
	updatePlace,
	updateRoom
} from './places.usecases.ts';

useTestDatabase();

const day = (n: number) => addDays(today(), n);
const messages = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;

/** The error a promise rejects with (fails when it resolves). */
async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof AppError) return e;
		throw e;
	}
	throw new Error('expected the use case to refuse');
}

const placeForm = (values: Record<string, unknown> = {}) => ({
	name: 'Buurtwerkkamer De Linde',
	kind: 'buurtwerkkamer',
	description: 'Koffie, een praatje en de krant.',
	address: 'Lindelaan 1',
	postcode: '3561ab',
	city: 'Utrecht',
	accessibility: 'Drempelvrij, invalidentoilet op de begane grond.',
	facilities: ['rolstoeltoegankelijk', 'koffie_thee'],
	contactName: 'Carla',
	email: 'Linde@Example.org',
	phone: '030 1234567',
	...values
});

/** A group of `orgId` with `organiser` as its active organiser (and optionally plain members). */
async function groupOf(orgId: string, name: string, organiser: PersonActor, members: PersonActor[] = []) {
	const db = await getDb();
	const [group] = await db
		.insert(activityGroup)
		.values({ orgId, name, kind: 'leefstijlclub', theme: 'wandelen' })
		.returning();
	await db
		.insert(groupMember)
		.values([
			{ groupId: group!.id, personId: organiser.personId, role: 'organiser' as const },
			...members.map((m) => ({ groupId: group!.id, personId: m.personId, role: 'member' as const }))
		]);
	return group!;
}

/** Organisation A with a coordinator, a meeting place with a room, and two walking groups with organisers. */
async function world() {
	const tree = await orgTree();
	const coordinator = await personWith(tree.orgA.id, ['coordinator'], 'Carla Coördinator');
	const resident = await personWith(tree.orgA.id, ['bewoner'], 'Rita Bewoner');
	const anna = await personWith(tree.orgA.id, ['bewoner'], 'Anna Organisator');
	const bert = await personWith(tree.orgA.id, ['vrijwilliger'], 'Bert Organisator');
	const walkers = await groupOf(tree.orgA.id, 'Wandelclub', anna, [resident]);
	const cooks = await groupOf(tree.orgA.id, 'Kookclub', bert);
	const place = await createPlace(coordinator, tree.orgA.id, placeForm());
	const room = await addRoom(coordinator, tree.orgA.id, place.id, {
		name: 'Grote zaal',
		capacity: '30',
		facilities: ['beamer', 'wifi']
	});
	const slot = (from: string, to: string, values: Record<string, unknown> = {}) => ({
		roomId: room.id,
		groupId: walkers.id,
		date: day(3),
		timeFrom: from,
		timeTo: to,
		title: 'Wandelclub vertrekt',
		...values
	});
	return { ...tree, coordinator, resident, anna, bert, walkers, cooks, place, room, slot };
}

describe('local time', () => {
	it('a local date and time becomes the right instant in winter time (CET) and summer time (CEST)', () => {
		expect(instantOf('2026-01-15', '10:00').toISOString()).toBe('2026-01-15T09:00:00.000Z');
		expect(instantOf('2026-07-15', '10:00').toISOString()).toBe('2026-07-15T08:00:00.000Z');
		// The night the clocks change: just before and after the switch.
		expect(instantOf('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
		expect(instantOf('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(instantOf('2026-10-25', '01:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
		expect(instantOf('2026-10-25', '04:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
		// Twice on the clock in October: the first time; skipped in March: read as winter time.
		expect(instantOf('2026-10-25', '02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
		expect(instantOf('2026-03-29', '02:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
		expect(timeOf(instantOf('2026-07-15', '18:45'))).toBe('18:45');
		expect(today(instantOf('2026-07-15', '00:30'))).toBe('2026-07-15');
	});
});

describe('opening hours', () => {
	const hours = [
		{ weekday: 'mon', opens: '13:00', closes: '17:00' },
		{ weekday: 'mon', opens: '09:00', closes: '12:00' },
		{ weekday: 'wed', opens: '10:00', closes: '16:00' }
	];
	const monday = '2026-11-23';

	it('an exception on a date overrides the weekly opening hours', () => {
		expect(weekdayOf(monday)).toBe('mon');
		expect(openingOn(hours, [], monday)).toEqual([
			{ opens: '09:00', closes: '12:00' },
			{ opens: '13:00', closes: '17:00' }
		]);
		expect(openingOn(hours, [], addDays(monday, 1))).toEqual([]);
		expect(openingOn(hours, [{ date: monday, opens: null, closes: null }], monday)).toEqual([]);
		expect(openingOn(hours, [{ date: monday, opens: '19:00', closes: '22:00' }], monday)).toEqual([
			{ opens: '19:00', closes: '22:00' }
		]);
		// An exception on another date changes nothing.
		expect(openingOn(hours, [{ date: addDays(monday, 7), opens: null, closes: null }], monday)).toHaveLength(
			2
		);
	});

	it('staff set two periods a day and a closed day; the place page shows them with the coming exceptions', async () => {
		const w = await world();
		await setOpeningHours(w.coordinator, w.orgA.id, w.place.id, {
			mon_opens1: '09:00',
			mon_closes1: '12:00',
			mon_opens2: '13:00',
			mon_closes2: '17:00',
			wed_opens1: '10:00',
			wed_closes1: '16:00'
		});
		const closedOn = day(9);
		const otherOn = day(10);
		await addException(w.coordinator, w.orgA.id, w.place.id, {
			date: closedOn,
			status: 'closed',
			opens: '10:00',
			note: 'Studiedag'
		});
		await addException(w.coordinator, w.orgA.id, w.place.id, {
			date: otherOn,
			status: 'hours',
			opens: '19:00',
			closes: '22:00',
			note: 'Avondopenstelling'
		});
		await addException(w.coordinator, w.orgA.id, w.place.id, { date: day(70), status: 'closed' });
		const view = await getPlace(anonymous, w.orgA.id, w.place.id);
		expect(view.week.find((d) => d.weekday === 'mon')!.periods).toEqual([
			{ opens: '09:00', closes: '12:00' },
			{ opens: '13:00', closes: '17:00' }
		]);
		expect(view.week.find((d) => d.weekday === 'tue')!.periods).toEqual([]);
		// Only the coming eight weeks; "closed" keeps no times even when some were typed.
		expect(view.exceptions.map((e) => [e.date, e.opens, e.closes, e.note])).toEqual([
			[closedOn, null, null, 'Studiedag'],
			[otherOn, '19:00', '22:00', 'Avondopenstelling']
		]);
		// A second exception on the same date replaces the first; removing it restores the weekly hours.
		const again = await addException(w.coordinator, w.orgA.id, w.place.id, {
			date: closedOn,
			status: 'hours',
			opens: '10:00',
			closes: '11:00'
		});
		const editing = await placeForEditing(w.coordinator, w.orgA.id, w.place.id);
		expect(editing.exceptions.filter((e) => e.date === closedOn)).toHaveLength(1);
		expect(editing.exceptions).toHaveLength(3);
		await removeException(w.coordinator, w.orgA.id, w.place.id, again.id);
		const after = await getPlace(anonymous, w.orgA.id, w.place.id);
		expect(after.exceptions.map((e) => e.date)).toEqual([otherOn]);
	});

	it("today's hours on the list of places follow an exception for today", async () => {
		const w = await world();
		const weekday = weekdayOf(today());
		await setOpeningHours(w.coordinator, w.orgA.id, w.place.id, {
			[`${weekday}_opens1`]: '09:00',
			[`${weekday}_closes1`]: '17:00'
		});
		const before = await listPlaces(anonymous, w.orgA.id);
		expect(before.places.find((p) => p.id === w.place.id)!.today).toEqual([
			{ opens: '09:00', closes: '17:00' }
		]);
		await addException(w.coordinator, w.orgA.id, w.place.id, {
			date: today(),
			status: 'closed',
			note: 'Schoonmaak'
		});
		const after = (await listPlaces(anonymous, w.orgA.id)).places.find((p) => p.id === w.place.id)!;
		expect(after.today).toEqual([]);
		expect(after.todayNote).toBe('Schoonmaak');
	});

	it('a period closes after it opens, needs both times, and the second starts after the first', async () => {
		const w = await world();
		const e = await failure(
			setOpeningHours(w.coordinator, w.orgA.id, w.place.id, {
				mon_opens1: '12:00',
				mon_closes1: '09:00',
				tue_opens1: '09:00',
				wed_opens1: '09:00',
				wed_closes1: '13:00',
				wed_opens2: '12:00',
				wed_closes2: '17:00',
				thu_opens1: '9 uur'
			})
		);
		expect(e).toBeInstanceOf(ValidationError);
		expect(e.fieldErrors).toEqual({
			mon_closes1: 'validation_closes_before_opens',
			tue_closes1: 'validation_required',
			wed_opens2: 'validation_periods_overlap',
			thu_opens1: 'validation_time'
		});
		const x = await failure(
			addException(w.coordinator, w.orgA.id, w.place.id, { date: day(-1), status: 'hours', opens: '10:00' })
		);
		expect(x.fieldErrors).toEqual({ date: 'validation_date_past', closes: 'validation_required' });
	});
});

describe('meeting places', () => {
	it('meeting place facts are public but bookings are only for members', async () => {
		const w = await world();
		expect(w.place.postcode).toBe('3561 AB');
		expect(w.place.email).toBe('linde@example.org');
		expect(w.place.areaId).toBe(w.buurtA.id); // the buurt follows from the postcode
		await bookRoom(w.anna, w.orgA.id, w.slot('10:00', '12:00'));

		const list = await listPlaces(anonymous, w.orgA.id);
		expect(list.places.map((p) => p.name)).toEqual(['Buurtwerkkamer De Linde']);
		expect(list.places[0]!.rooms.map((r) => r.name)).toEqual(['Grote zaal']);
		expect(list.canManage).toBe(false);

		for (const visitor of [anonymous, await outsider(), await personWith(w.orgB.id, ['coordinator'])]) {
			const view = await getPlace(visitor, w.orgA.id, w.place.id);
			expect(view.place.accessibility).toContain('Drempelvrij');
			expect(view.rooms.map((r) => r.capacity)).toEqual([30]);
			expect(view.bookings).toBeNull();
			expect(view.booking).toBeNull();
		}
		const member = await getPlace(w.resident, w.orgA.id, w.place.id);
		expect(member.bookings!.map((b) => [b.title, b.groupName, b.day, b.timeFrom, b.timeTo])).toEqual([
			['Wandelclub vertrekt', 'Wandelclub', day(3), '10:00', '12:00']
		]);
		expect(member.bookings![0]!.canCancel).toBe(false);
		expect(member.booking).toBeNull(); // a plain member organises no group
		const organiser = await getPlace(w.anna, w.orgA.id, w.place.id);
		expect(organiser.booking!.groups.map((g) => g.name)).toEqual(['Wandelclub']);
		expect(organiser.bookings![0]!.canCancel).toBe(true);
		const staff = await getPlace(w.coordinator, w.orgA.id, w.place.id);
		expect(staff.booking).toEqual({ staff: true, groups: expect.any(Array) });
		expect(staff.booking!.groups.map((g) => g.name)).toEqual(['Kookclub', 'Wandelclub']);
	});

	it('a place that is switched off is hidden from the public but staff still see and edit it', async () => {
		const w = await world();
		await updatePlace(w.coordinator, w.orgA.id, w.place.id, placeForm({ active: '' }));
		expect((await listPlaces(anonymous, w.orgA.id)).places).toEqual([]);
		await expect(getPlace(w.resident, w.orgA.id, w.place.id)).rejects.toThrow(NotFoundError);
		expect((await listPlaces(w.coordinator, w.orgA.id)).places).toHaveLength(1);
		expect((await getPlace(w.coordinator, w.orgA.id, w.place.id)).place.active).toBe(false);
		const e = await failure(bookRoom(w.anna, w.orgA.id, w.slot('10:00', '12:00')));
		expect(e.fieldErrors).toEqual({ roomId: 'validation_invalid' });
	});

	it('a coordinator of another cooperative cannot edit this meeting place', async () => {
		const w = await world();
		const other = await personWith(w.orgB.id, ['coordinator']);
		const cityBeheerder = await personWith(w.city.id, ['beheerder']);
		for (const actor of [other, cityBeheerder, w.resident]) {
			await expect(updatePlace(actor, w.orgA.id, w.place.id, placeForm())).rejects.toThrow(ForbiddenError);
			await expect(setOpeningHours(actor, w.orgA.id, w.place.id, {})).rejects.toThrow(ForbiddenError);
			await expect(addRoom(actor, w.orgA.id, w.place.id, { name: 'Kelder' })).rejects.toThrow(ForbiddenError);
			await expect(placeForEditing(actor, w.orgA.id, w.place.id)).rejects.toThrow(ForbiddenError);
		}
		await expect(updatePlace(anonymous, w.orgA.id, w.place.id, placeForm())).rejects.toThrow(
			UnauthenticatedError
		);
		// Through their own organisation the place of A does not exist.
		await expect(updatePlace(other, w.orgB.id, w.place.id, placeForm())).rejects.toThrow(NotFoundError);
		await expect(updateRoom(other, w.orgB.id, w.place.id, w.room.id, { name: 'Van ons' })).rejects.toThrow(
			NotFoundError
		);
		await expect(removeRoom(other, w.orgB.id, w.place.id, w.room.id)).rejects.toThrow(NotFoundError);
		expect((await getPlace(anonymous, w.orgA.id, w.place.id)).place.name).toBe('Buurtwerkkamer De Linde');
	});

	it('a place needs a name, kind and address, and the same name twice is refused', async () => {
		const w = await world();
		const e = await failure(
			createPlace(w.coordinator, w.orgA.id, {
				name: '',
				kind: 'kasteel',
				address: ' ',
				postcode: '123',
				facilities: ['zwembad'],
				email: 'geen-adres'
			})
		);
		expect(e.fieldErrors).toEqual({
			name: 'validation_required',
			kind: 'validation_invalid',
			address: 'validation_required',
			postcode: 'validation_postcode',
			facilities: 'validation_invalid',
			email: 'validation_email'
		});
		const twice = await failure(createPlace(w.coordinator, w.orgA.id, placeForm()));
		expect(twice).toBeInstanceOf(DomainError);
		expect(twice.fieldErrors).toEqual({ name: 'error_place_exists' });
		// Another organisation may use the same name.
		const coordinatorB = await personWith(w.orgB.id, ['coordinator']);
		await createPlace(coordinatorB, w.orgB.id, placeForm());
	});

	it('unknown or malformed ids are simply not found', async () => {
		const w = await world();
		await expect(getPlace(anonymous, w.orgA.id, 'geen-id')).rejects.toThrow(NotFoundError);
		await expect(getPlace(anonymous, w.orgA.id, crypto.randomUUID())).rejects.toThrow(NotFoundError);
		await expect(removeException(w.coordinator, w.orgA.id, w.place.id, "1' or 1=1")).rejects.toThrow(
			NotFoundError
		);
		await expect(cancelBooking(w.coordinator, w.orgA.id, crypto.randomUUID())).rejects.toThrow(NotFoundError);
		await expect(updateRoom(w.coordinator, w.orgA.id, w.place.id, 'x', { name: 'X' })).rejects.toThrow(
			NotFoundError
		);
	});
});

describe('rooms', () => {
	it('staff add, rename and remove rooms with capacity and facilities', async () => {
		const w = await world();
		const small = await addRoom(w.coordinator, w.orgA.id, w.place.id, { name: 'Kleine kamer', capacity: '' });
		expect(small.capacity).toBeNull();
		const renamed = await updateRoom(w.coordinator, w.orgA.id, w.place.id, small.id, {
			name: 'Stilteruimte',
			capacity: '6',
			facilities: 'ringleiding'
		});
		expect([renamed.name, renamed.capacity, renamed.facilities]).toEqual([
			'Stilteruimte',
			6,
			['ringleiding']
		]);
		const same = await failure(addRoom(w.coordinator, w.orgA.id, w.place.id, { name: 'Grote zaal' }));
		expect(same.fieldErrors).toEqual({ name: 'error_room_exists' });
		const bad = await failure(addRoom(w.coordinator, w.orgA.id, w.place.id, { name: 'X', capacity: '2,5' }));
		expect(bad.fieldErrors).toEqual({ capacity: 'validation_whole_number' });
		await removeRoom(w.coordinator, w.orgA.id, w.place.id, small.id);
		expect((await getPlace(anonymous, w.orgA.id, w.place.id)).rooms.map((r) => r.name)).toEqual([
			'Grote zaal'
		]);
	});

	it('a room with coming bookings cannot be removed until they are cancelled', async () => {
		const w = await world();
		const booking = await bookRoom(w.anna, w.orgA.id, w.slot('10:00', '12:00'));
		const e = await failure(removeRoom(w.coordinator, w.orgA.id, w.place.id, w.room.id));
		expect(e.messageKey).toBe('error_room_has_bookings');
		await cancelBooking(w.coordinator, w.orgA.id, booking.id);
		await removeRoom(w.coordinator, w.orgA.id, w.place.id, w.room.id);
		expect((await getPlace(anonymous, w.orgA.id, w.place.id)).rooms).toEqual([]);
	});
});

describe('room bookings', () => {
	it('two groups can never book the same room at overlapping times, even at the same moment', async () => {
		const w = await world();
		// Every slot holds 11:00–11:01, so any two of them overlap.
		const slots: [string, string][] = [
			['10:00', '12:00'],
			['10:30', '11:30'],
			['09:00', '11:15'],
			['10:59', '11:01'],
			['11:00', '13:00'],
			['10:00', '12:00'],
			['10:45', '11:05'],
			['08:00', '14:00']
		];
		const results = await Promise.allSettled(
			slots.map(([from, to], i) =>
				i % 2 === 0
					? bookRoom(w.anna, w.orgA.id, w.slot(from, to))
					: bookRoom(w.bert, w.orgA.id, w.slot(from, to, { groupId: w.cooks.id, title: 'Koken' }))
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')) {
			expect(r.reason).toBeInstanceOf(DomainError);
			expect((r.reason as DomainError).messageKey).toBe('error_room_taken');
		}
		expect((await getPlace(w.coordinator, w.orgA.id, w.place.id)).bookings).toHaveLength(1);
	});

	it('back-to-back bookings are allowed', async () => {
		const w = await world();
		await bookRoom(w.anna, w.orgA.id, w.slot('10:00', '12:00'));
		await bookRoom(w.bert, w.orgA.id, w.slot('12:00', '14:00', { groupId: w.cooks.id }));
		await bookRoom(w.anna, w.orgA.id, w.slot('08:00', '10:00'));
		const e = await failure(bookRoom(w.bert, w.orgA.id, w.slot('11:59', '12:01', { groupId: w.cooks.id })));
		expect(e.messageKey).toBe('error_room_taken');
		// Another room, or another day, is free.
		const small = await addRoom(w.coordinator, w.orgA.id, w.place.id, { name: 'Kleine kamer' });
		await bookRoom(w.bert, w.orgA.id, w.slot('11:00', '13:00', { groupId: w.cooks.id, roomId: small.id }));
		await bookRoom(w.bert, w.orgA.id, w.slot('11:00', '13:00', { groupId: w.cooks.id, date: day(4) }));
		const times = (await getPlace(w.coordinator, w.orgA.id, w.place.id)).bookings!.map((b) => [
			b.day,
			b.roomName,
			b.timeFrom
		]);
		expect(times).toEqual([
			[day(3), 'Grote zaal', '08:00'],
			[day(3), 'Grote zaal', '10:00'],
			[day(3), 'Kleine kamer', '11:00'],
			[day(3), 'Grote zaal', '12:00'],
			[day(4), 'Grote zaal', '11:00']
		]);
	});

	it('a cancelled booking frees the room', async () => {
		const w = await world();
		const first = await bookRoom(w.anna, w.orgA.id, w.slot('10:00', '12:00'));
		expect(
			(await failure(bookRoom(w.bert, w.orgA.id, w.slot('10:00', '12:00', { groupId: w.cooks.id }))))
				.messageKey
		).toBe('error_room_taken');
		// The other group's organiser may not cancel it; its own organiser may.
		await expect(cancelBooking(w.bert, w.orgA.id, first.id)).rejects.toThrow(ForbiddenError);
		await expect(cancelBooking(w.resident, w.orgA.id, first.id)).rejects.toThrow(ForbiddenError);
		const cancelled = await cancelBooking(w.anna, w.orgA.id, first.id);
		expect(cancelled.status).toBe('cancelled');
		const second = await bookRoom(w.bert, w.orgA.id, w.slot('10:00', '12:00', { groupId: w.cooks.id }));
		expect(second.groupId).toBe(w.cooks.id);
		expect((await getPlace(w.resident, w.orgA.id, w.place.id)).bookings!.map((b) => b.groupName)).toEqual([
			'Kookclub'
		]);
	});

	it('a booking ending before it starts is refused with a translated error', async () => {
		const w = await world();
		const e = await failure(bookRoom(w.anna, w.orgA.id, w.slot('14:00', '12:00')));
		expect(e).toBeInstanceOf(ValidationError);
		expect(e.fieldErrors).toEqual({ timeTo: 'validation_end_before_start' });
		const same = await failure(bookRoom(w.anna, w.orgA.id, w.slot('14:00', '14:00')));
		expect(same.fieldErrors).toEqual({ timeTo: 'validation_end_before_start' });
		const past = await failure(bookRoom(w.anna, w.orgA.id, w.slot('10:00', '12:00', { date: day(-1) })));
		expect(past.fieldErrors).toEqual({ date: 'validation_date_past' });
		const empty = await failure(bookRoom(w.anna, w.orgA.id, { roomId: w.room.id }));
		expect(empty.fieldErrors).toEqual({
			date: 'validation_required',
			timeFrom: 'validation_required',
			timeTo: 'validation_required',
			title: 'validation_required'
		});
		// The activities module books with instants: longer than a day is refused there.
		const start = instantOf(day(3), '10:00');
		const long = await failure(
			inTransaction((tx) =>
				bookRoomInTx(tx, {
					roomId: w.room.id,
					orgId: w.orgA.id,
					startsAt: start,
					endsAt: new Date(start.getTime() + 25 * 3_600_000),
					title: 'Marathon',
					bookedBy: null
				})
			)
		);
		expect(long.messageKey).toBe('validation_too_long_duration');
		for (const key of [
			'validation_end_before_start',
			'validation_date_past',
			'validation_too_long_duration',
			'error_room_taken'
		]) {
			expect(messages('nl')[key], key).toBeTruthy();
			expect(messages('en')[key], key).toBeTruthy();
		}
	});

	it('only staff and organisers of the organisation’s groups may book', async () => {
		const w = await world();
		// A plain member, also of a group, and people from elsewhere may not book.
		await expect(bookRoom(w.resident, w.orgA.id, w.slot('10:00', '11:00'))).rejects.toThrow(ForbiddenError);
		const organiserB = await personWith(w.orgB.id, ['bewoner']);
		await groupOf(w.orgB.id, 'Wandelclub B', organiserB);
		await expect(bookRoom(organiserB, w.orgA.id, w.slot('10:00', '11:00'))).rejects.toThrow(ForbiddenError);
		await expect(bookRoom(await outsider(), w.orgA.id, w.slot('10:00', '11:00'))).rejects.toThrow(
			ForbiddenError
		);
		await expect(bookRoom(anonymous, w.orgA.id, w.slot('10:00', '11:00'))).rejects.toThrow(
			UnauthenticatedError
		);
		// An organiser books for their own group only, and must say which.
		await expect(
			bookRoom(w.anna, w.orgA.id, w.slot('10:00', '11:00', { groupId: w.cooks.id }))
		).rejects.toThrow(ForbiddenError);
		const noGroup = await failure(bookRoom(w.anna, w.orgA.id, w.slot('10:00', '11:00', { groupId: '' })));
		expect(noGroup.fieldErrors).toEqual({ groupId: 'validation_choose_group' });
		// An organiser of a group that is archived organises nothing any more.
		const db = await getDb();
		await db.update(activityGroup).set({ archivedAt: new Date() }).where(eq(activityGroup.id, w.cooks.id));
		await expect(
			bookRoom(w.bert, w.orgA.id, w.slot('10:00', '11:00', { groupId: w.cooks.id }))
		).rejects.toThrow(ForbiddenError);
		// A room of another organisation's place cannot be booked through this one.
		const coordinatorB = await personWith(w.orgB.id, ['coordinator']);
		const placeB = await createPlace(coordinatorB, w.orgB.id, placeForm());
		const roomB = await addRoom(coordinatorB, w.orgB.id, placeB.id, { name: 'Zaal B' });
		const elsewhere = await failure(
			bookRoom(w.anna, w.orgA.id, w.slot('10:00', '11:00', { roomId: roomB.id }))
		);
		expect(elsewhere.fieldErrors).toEqual({ roomId: 'validation_invalid' });
		// Staff book for any group, or for the organisation itself.
		const forGroup = await bookRoom(
			w.coordinator,
			w.orgA.id,
			w.slot('10:00', '11:00', { groupId: w.walkers.id })
		);
		const forOrg = await bookRoom(w.coordinator, w.orgA.id, w.slot('11:00', '12:00', { groupId: '' }));
		expect([forGroup.groupId, forOrg.groupId, forOrg.bookedBy]).toEqual([
			w.walkers.id,
			null,
			w.coordinator.personId
		]);
		const ok = await bookRoom(w.anna, w.orgA.id, w.slot('12:00', '13:00'));
		expect([ok.groupId, ok.orgId, ok.bookedBy]).toEqual([w.walkers.id, w.orgA.id, w.anna.personId]);
	});

	it('a booking for an activity goes with the activity', async () => {
		const w = await world();
		const startsAt = instantOf(day(5), '14:00');
		const endsAt = instantOf(day(5), '16:00');
		const db = await getDb();
		const [walk] = await db
			.insert(activity)
			.values({
				orgId: w.orgA.id,
				groupId: w.walkers.id,
				title: 'Wandeling',
				theme: 'wandelen',
				startsAt,
				endsAt
			})
			.returning();
		const booking = await inTransaction((tx) =>
			bookRoomInTx(tx, {
				roomId: w.room.id,
				orgId: w.orgA.id,
				groupId: w.walkers.id,
				activityId: walk!.id,
				startsAt,
				endsAt,
				title: 'Wandeling',
				bookedBy: w.anna.personId
			})
		);
		const view = await getPlace(w.anna, w.orgA.id, w.place.id);
		expect(view.bookings!.find((b) => b.id === booking.id)!.canCancel).toBe(false);
		const e = await failure(cancelBooking(w.coordinator, w.orgA.id, booking.id));
		expect(e.messageKey).toBe('error_booking_of_activity');
		expect(await inTransaction((tx) => cancelBookingsOfActivityInTx(tx, walk!.id))).toBe(1);
		expect((await getPlace(w.anna, w.orgA.id, w.place.id)).bookings).toEqual([]);
		await bookRoom(w.anna, w.orgA.id, w.slot('14:00', '16:00', { date: day(5) }));
	});
});
