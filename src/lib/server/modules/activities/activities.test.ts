import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { mailsTo, orgTree, outsider, personWith, system } from '#tests/factories/index.ts';
import { getDb } from '../../db/client.ts';
import { anonymous, type Actor, type PersonActor } from '../../shared/actor.ts';
import { addDays, instantOf, today } from '../../shared/clock.ts';
import {
	AppError,
	DomainError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	ValidationError
} from '../../shared/errors.ts';
import { registerManagedMember } from '../members/members.usecases.ts';
import { membership } from '../members/members.table.ts';
import { addRoom, createPlace } from '../places/places.usecases.ts';
import { createItem } from '../knowledge/knowledge.usecases.ts';
import { activity, activitySignup } from './activities.table.ts';
import {
	addGroupMember,
	agendaOf,
	attendanceList,
	cancelActivity,
	cancelSignup,
	courseDates,
	createActivity,
	createCalendarLink,
	createGroup,
	decideGroupMember,
	feedActivities,
	getActivity,
	getGroup,
	joinGroup,
	leaveGroup,
	listGroups,
	myActivities,
	personalFeed,
	recordAttendance,
	sendActivityReminders,
	signUp,
	signUpOther,
	updateActivity,
	weekInBuurt
} from './activities.usecases.ts';

useTestDatabase();

const day = (n: number) => addDays(today(), n);

async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof AppError) return e;
		throw e;
	}
	throw new Error('expected the use case to refuse');
}

const base = (over: Record<string, unknown> = {}) => ({
	title: 'Wandelen in het park',
	theme: 'wandelen',
	date: day(3),
	timeFrom: '10:00',
	timeTo: '11:30',
	address: 'Parkweg 1, Utrecht',
	...over
});

async function setting() {
	const tree = await orgTree();
	const coordinator = await personWith(tree.orgA.id, ['coordinator'], 'Cora Coördinator');
	const resident = await personWith(tree.orgA.id, ['bewoner'], 'Bep Bewoner');
	const memberB = await personWith(tree.orgB.id, ['bewoner'], 'Bas van B');
	return { ...tree, coordinator, resident, memberB };
}

async function residents(orgId: string, n: number, tag = 'Lid') {
	return Promise.all(Array.from({ length: n }, (_, i) => personWith(orgId, ['bewoner'], `${tag} ${i + 1}`)));
}

async function signupsOf(activityId: string) {
	return (await getDb()).select().from(activitySignup).where(eq(activitySignup.activityId, activityId));
}

describe('sign-up and wait list', () => {
	it('capacity is never exceeded, even when many people sign up at the same moment', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ capacity: '5' }));
		const people = await residents(s.orgA.id, 12);
		const results = await Promise.allSettled(people.map((p) => signUp(p, s.orgA.id, a!.id, {})));
		expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
		const rows = await signupsOf(a!.id);
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(5);
		expect(rows.filter((r) => r.status === 'waitlist')).toHaveLength(7);
	});

	it('people who come along count against capacity', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ capacity: '4' }));
		const [p1, p2] = await residents(s.orgA.id, 2);
		expect((await signUp(p1!, s.orgA.id, a!.id, { guests: '2' })).status).toBe('confirmed');
		expect((await signUp(p2!, s.orgA.id, a!.id, { guests: '1' })).status).toBe('waitlist');
		expect((await getActivity(s.resident, s.orgA.id, a!.id)).free).toBe(1);
	});

	it('the wait list moves up in order of sign-up, and the person who moves up gets an e-mail', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ capacity: '1' }));
		const [first, second, third] = await residents(s.orgA.id, 3);
		await signUp(first!, s.orgA.id, a!.id, {});
		await signUp(second!, s.orgA.id, a!.id, {});
		await signUp(third!, s.orgA.id, a!.id, {});
		expect((await getActivity(third!, s.orgA.id, a!.id)).mySignup).toMatchObject({
			status: 'waitlist',
			position: 2
		});

		expect(await cancelSignup(first!, s.orgA.id, a!.id, {})).toBe(1);
		const rows = await signupsOf(a!.id);
		expect(rows.find((r) => r.personId === second!.personId)?.status).toBe('confirmed');
		expect(rows.find((r) => r.personId === third!.personId)?.status).toBe('waitlist');
		const mails = await mailsTo(second!.email!);
		expect(mails.map((x) => x.kind)).toContain('activity.promoted');
		expect((await getActivity(third!, s.orgA.id, a!.id)).mySignup?.position).toBe(1);
	});

	it('nobody jumps the wait list: a smaller party waits behind a larger one that does not fit yet', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ capacity: '3' }));
		const [p1, p2, big, small] = await residents(s.orgA.id, 4);
		await signUp(p1!, s.orgA.id, a!.id, {});
		await signUp(p2!, s.orgA.id, a!.id, { guests: '1' });
		await signUp(big!, s.orgA.id, a!.id, { guests: '2' });
		// One place would be free for `small`, but `big` waits first: `small` joins the end of the queue.
		expect((await signUp(small!, s.orgA.id, a!.id, {})).status).toBe('waitlist');
		await cancelSignup(p1!, s.orgA.id, a!.id, {});
		const rows = await signupsOf(a!.id);
		expect(rows.find((r) => r.personId === big!.personId)?.status).toBe('waitlist');
		expect(rows.find((r) => r.personId === small!.personId)?.status).toBe('waitlist');
		await cancelSignup(p2!, s.orgA.id, a!.id, {});
		const after = await signupsOf(a!.id);
		expect(after.find((r) => r.personId === big!.personId)?.status).toBe('confirmed');
		expect(after.find((r) => r.personId === small!.personId)?.status).toBe('waitlist');
	});

	it('more places move people up from the wait list', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ capacity: '1' }));
		const [p1, p2] = await residents(s.orgA.id, 2);
		await signUp(p1!, s.orgA.id, a!.id, {});
		await signUp(p2!, s.orgA.id, a!.id, {});
		await updateActivity(s.coordinator, s.orgA.id, a!.id, base({ capacity: '2' }));
		expect((await signupsOf(a!.id)).every((r) => r.status === 'confirmed')).toBe(true);
	});

	it('a person cannot sign up twice, not even at the same moment', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base());
		const results = await Promise.allSettled([1, 2, 3].map(() => signUp(s.resident, s.orgA.id, a!.id, {})));
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect((refused.reason as DomainError).messageKey).toBe('error_already_signed_up');
		// After signing off, signing up again is fine.
		await cancelSignup(s.resident, s.orgA.id, a!.id, {});
		expect((await signUp(s.resident, s.orgA.id, a!.id, {})).status).toBe('confirmed');
	});

	it('a coordinator signs up a member without e-mail, who then appears on the attendance list', async () => {
		const s = await setting();
		const { person } = await registerManagedMember(s.coordinator, s.orgA.id, {
			name: 'Truus Zonder Mail',
			phone: '030 123 4567',
			address: 'Lindeplein 1',
			postcode: '3561 AB',
			roles: 'bewoner',
			consent: 'on'
		});
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ capacity: '10' }));
		await signUpOther(s.coordinator, s.orgA.id, a!.id, { personId: person.id, guests: '1' });
		const list = await attendanceList(s.coordinator, s.orgA.id, a!.id);
		expect(list.confirmed.map((c) => c.name)).toEqual(['Truus Zonder Mail']);
		expect(list.confirmed[0]!.phone).toBe('030 123 4567');
		// Someone of another cooperative cannot be signed up by this coordinator.
		const err = await failure(signUpOther(s.coordinator, s.orgA.id, a!.id, { personId: s.memberB.personId }));
		expect(err).toBeInstanceOf(ValidationError);
		// A resident cannot sign up others.
		expect(await failure(signUpOther(s.resident, s.orgA.id, a!.id, { personId: person.id }))).toBeInstanceOf(
			ForbiddenError
		);
	});

	it('someone moved up from the wait list without e-mail shows on the list of people to call', async () => {
		const s = await setting();
		const { person } = await registerManagedMember(s.coordinator, s.orgA.id, {
			name: 'Kees Telefoon',
			phone: '030 765 4321',
			address: 'Lindeplein 2',
			postcode: '3561 AB',
			roles: 'bewoner',
			consent: 'on'
		});
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ capacity: '1' }));
		await signUp(s.resident, s.orgA.id, a!.id, {});
		await signUpOther(s.coordinator, s.orgA.id, a!.id, { personId: person.id });
		await cancelSignup(s.resident, s.orgA.id, a!.id, {});
		const list = await attendanceList(s.coordinator, s.orgA.id, a!.id);
		expect(list.toCall.map((c) => c.name)).toEqual(['Kees Telefoon']);
	});

	it('attendance is ticked off for the people who had a place', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ capacity: '2' }));
		const [p1, p2, p3] = await residents(s.orgA.id, 3);
		const s1 = await signUp(p1!, s.orgA.id, a!.id, {});
		await signUp(p2!, s.orgA.id, a!.id, {});
		const s3 = await signUp(p3!, s.orgA.id, a!.id, {});
		// s3 is on the wait list: ticking them is ignored.
		expect(await recordAttendance(s.coordinator, s.orgA.id, a!.id, { present: [s1.id, s3.id] })).toBe(1);
		const rows = await signupsOf(a!.id);
		expect(rows.find((r) => r.id === s1.id)?.attended).toBe(true);
		expect(rows.find((r) => r.personId === p2!.personId)?.attended).toBe(false);
		expect(rows.find((r) => r.id === s3.id)?.attended).toBeNull();
	});

	it('signing up for a cancelled activity is refused with a clear message', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base());
		await cancelActivity(s.coordinator, s.orgA.id, a!.id, { reason: 'Te veel regen' });
		const err = await failure(signUp(s.resident, s.orgA.id, a!.id, {}));
		expect(err.messageKey).toBe('error_activity_cancelled');
	});
});

describe('recurring activities', () => {
	it('a weekly activity skips its exception dates and shares one series', async () => {
		const s = await setting();
		const skip = day(14);
		const created = await createActivity(
			s.coordinator,
			s.orgA.id,
			base({
				date: day(0),
				recurrence: 'weekly',
				repeatUntil: day(35),
				exceptDates: skip.split('-').reverse().join('-')
			})
		);
		expect(created).toHaveLength(5);
		expect(new Set(created.map((c) => c.seriesId)).size).toBe(1);
		const days = created.map((c) => today(c.startsAt));
		expect(days).toEqual([day(0), day(7), day(21), day(28), day(35)]);
		expect(days).not.toContain(skip);
	});

	it('cancelling one date leaves the rest of the series', async () => {
		const s = await setting();
		const created = await createActivity(
			s.coordinator,
			s.orgA.id,
			base({ recurrence: 'weekly', repeatUntil: day(3 + 21) })
		);
		await signUp(s.resident, s.orgA.id, created[1]!.id, {});
		expect(await cancelActivity(s.coordinator, s.orgA.id, created[1]!.id, { reason: 'Kerst' })).toBe(1);
		const rows = await (
			await getDb()
		)
			.select()
			.from(activity)
			.where(eq(activity.seriesId, created[0]!.seriesId!));
		expect(rows.filter((r) => r.status === 'cancelled').map((r) => r.id)).toEqual([created[1]!.id]);
		const mail = (await mailsTo(s.resident.email!)).find((x) => x.kind === 'activity.cancelled');
		expect(mail?.text).toContain('Kerst');
	});

	it('changing the time of this and later dates keeps each date and tells the people signed up', async () => {
		const s = await setting();
		const created = await createActivity(
			s.coordinator,
			s.orgA.id,
			base({ recurrence: 'weekly', repeatUntil: day(3 + 14) })
		);
		await signUp(s.resident, s.orgA.id, created[2]!.id, {});
		await updateActivity(
			s.coordinator,
			s.orgA.id,
			created[1]!.id,
			base({ date: day(10), timeFrom: '14:00', timeTo: '15:00', applyToSeries: 'on', notify: 'on' })
		);
		const rows = await (
			await getDb()
		)
			.select()
			.from(activity)
			.where(eq(activity.seriesId, created[0]!.seriesId!));
		const byId = new Map(rows.map((r) => [r.id, r]));
		expect(byId.get(created[0]!.id)!.startsAt.getTime()).toBe(instantOf(day(3), '10:00').getTime());
		expect(byId.get(created[1]!.id)!.startsAt.getTime()).toBe(instantOf(day(10), '14:00').getTime());
		expect(byId.get(created[2]!.id)!.startsAt.getTime()).toBe(instantOf(day(17), '14:00').getTime());
		expect((await mailsTo(s.resident.email!)).map((x) => x.kind)).toContain('activity.changed');
	});
});

describe('bad input gets clear, translated errors and writes nothing', () => {
	const cases: [string, Record<string, unknown>, string, string][] = [
		['end before start', { timeFrom: '14:00', timeTo: '13:00' }, 'timeTo', 'validation_end_before_start'],
		['end equal to start', { timeFrom: '14:00', timeTo: '14:00' }, 'timeTo', 'validation_end_before_start'],
		['capacity 0', { capacity: '0' }, 'capacity', 'validation_number_range'],
		['negative capacity', { capacity: '-3' }, 'capacity', 'validation_number_range'],
		['capacity with a comma', { capacity: '2,5' }, 'capacity', 'validation_whole_number'],
		['no place and no address', { address: '' }, 'address', 'validation_place_or_address'],
		['a date in the past', { date: day(-1) }, 'date', 'validation_date_past'],
		[
			'nonsense except dates',
			{ recurrence: 'weekly', repeatUntil: day(30), exceptDates: 'volgende week' },
			'exceptDates',
			'validation_except_dates'
		],
		['weekly without an end', { recurrence: 'weekly' }, 'repeatUntil', 'validation_required'],
		[
			'more than a year of weeks',
			{ recurrence: 'weekly', repeatUntil: day(3 + 7 * 60) },
			'repeatUntil',
			'validation_too_many_occurrences'
		],
		['negative cost', { cost: '-2' }, 'cost', 'validation_number_range'],
		[
			'members-only shared with the city',
			{ visibility: 'members', share: 'city' },
			'share',
			'validation_share_needs_public'
		],
		[
			'group-only without a group',
			{ visibility: 'group' },
			'visibility',
			'validation_group_visibility_needs_group'
		]
	];
	for (const [name, over, field, key] of cases) {
		it(`${name} → ${key}`, async () => {
			const s = await setting();
			const err = await failure(createActivity(s.coordinator, s.orgA.id, base(over)));
			expect(err).toBeInstanceOf(ValidationError);
			expect(err.fieldErrors[field]).toBe(key);
			const rows = await (await getDb()).select().from(activity).where(eq(activity.orgId, s.orgA.id));
			expect(rows).toHaveLength(0);
		});
	}

	it('cost is typed the Dutch way and kept in cents', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ cost: '3,50' }));
		expect(a!.costCents).toBe(350);
	});
});

describe('who sees and plans what', () => {
	it('a members-only activity is invisible to the public and to other cooperatives', async () => {
		const s = await setting();
		const [a] = await createActivity(
			s.coordinator,
			s.orgA.id,
			base({ visibility: 'members', title: 'Ledenavond' })
		);
		expect(await failure(getActivity(anonymous, s.orgA.id, a!.id))).toBeInstanceOf(UnauthenticatedError);
		expect(await failure(getActivity(s.memberB, s.orgA.id, a!.id))).toBeInstanceOf(NotFoundError);
		expect(await failure(signUp(s.memberB, s.orgA.id, a!.id, {}))).toBeInstanceOf(NotFoundError);
		const titles = async (actor: Actor) =>
			(await agendaOf(actor, s.orgA.id, {})).activities.map((x) => x.title);
		expect(await titles(anonymous)).not.toContain('Ledenavond');
		expect(await titles(s.memberB)).not.toContain('Ledenavond');
		expect(await titles(s.resident)).toContain('Ledenavond');
		expect((await feedActivities(anonymous, s.orgA.id)).activities.map((x) => x.title)).not.toContain(
			'Ledenavond'
		);
	});

	it('a public activity can be seen and joined by anyone signed in, also from elsewhere', async () => {
		const s = await setting();
		const [a] = await createActivity(
			s.coordinator,
			s.orgA.id,
			base({ contactName: 'Cora', contactPhone: '06 1234 5678' })
		);
		// Its contact person is only shown to people who are signed in.
		expect((await getActivity(anonymous, s.orgA.id, a!.id)).activity).toMatchObject({
			contactName: null,
			contactPhone: null
		});
		expect((await feedActivities(anonymous, s.orgA.id)).activities[0]).toMatchObject({ contactName: null });
		expect((await getActivity(s.memberB, s.orgA.id, a!.id)).activity.contactPhone).toBe('06 1234 5678');
		expect((await getActivity(anonymous, s.orgA.id, a!.id)).activity.title).toBe('Wandelen in het park');
		expect((await signUp(s.memberB, s.orgA.id, a!.id, {})).status).toBe('confirmed');
		expect(await failure(signUp(anonymous, s.orgA.id, a!.id, {}))).toBeInstanceOf(UnauthenticatedError);
	});

	it('an activity shared with the city shows in the city agenda; an unshared one does not', async () => {
		const s = await setting();
		await createActivity(
			s.coordinator,
			s.orgA.id,
			base({ title: 'Buurtborrel voor de stad', share: 'city' })
		);
		await createActivity(s.coordinator, s.orgA.id, base({ title: 'Alleen voor de buurt' }));
		await createActivity(s.coordinator, s.orgA.id, base({ title: 'Landelijk gedeeld', share: 'network' }));
		const city = (await agendaOf(anonymous, s.city.id, {})).activities.map((x) => x.title);
		expect(city).toContain('Buurtborrel voor de stad');
		expect(city).toContain('Landelijk gedeeld');
		expect(city).not.toContain('Alleen voor de buurt');
		const network = (await agendaOf(anonymous, s.network.id, {})).activities.map((x) => x.title);
		expect(network).toEqual(['Landelijk gedeeld']);
		expect((await feedActivities(anonymous, s.city.id)).activities.map((x) => x.title).sort()).toEqual([
			'Buurtborrel voor de stad',
			'Landelijk gedeeld'
		]);
		// The other cooperative's own agenda never shows it.
		expect((await agendaOf(anonymous, s.orgB.id, {})).activities).toHaveLength(0);
	});

	it('a group-only activity is seen by the group and the coordinators, not by other members', async () => {
		const s = await setting();
		const group = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Breiclub',
			kind: 'interessegroep',
			theme: 'creatief',
			joinPolicy: 'open'
		});
		const [a] = await createActivity(
			s.coordinator,
			s.orgA.id,
			base({ groupId: group.id, visibility: 'group', title: 'Breien' })
		);
		const [knitter] = await residents(s.orgA.id, 1, 'Breister');
		await joinGroup(knitter!, s.orgA.id, group.id);
		expect((await getActivity(knitter!, s.orgA.id, a!.id)).activity.title).toBe('Breien');
		expect(await failure(getActivity(s.resident, s.orgA.id, a!.id))).toBeInstanceOf(NotFoundError);
		expect((await getActivity(s.coordinator, s.orgA.id, a!.id)).canManage).toBe(true);
	});

	it('an organiser plans activities for their own group only; a plain member plans nothing', async () => {
		const s = await setting();
		const walking = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Wandelclub',
			kind: 'leefstijlclub',
			theme: 'wandelen'
		});
		const cooking = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Samen koken',
			kind: 'leefstijlclub',
			theme: 'koken'
		});
		const vera = await personWith(s.orgA.id, ['vrijwilliger'], 'Vera');
		await addGroupMember(s.coordinator, s.orgA.id, walking.id, {
			personId: vera.personId,
			role: 'organiser'
		});
		const [a] = await createActivity(vera, s.orgA.id, base({ groupId: walking.id }));
		expect((await attendanceList(vera, s.orgA.id, a!.id)).confirmed).toHaveLength(0);
		expect(await failure(createActivity(vera, s.orgA.id, base({ groupId: cooking.id })))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await failure(createActivity(vera, s.orgA.id, base()))).toBeInstanceOf(ValidationError);
		expect(await failure(createActivity(s.resident, s.orgA.id, base()))).toBeInstanceOf(ForbiddenError);
		// A coordinator of another cooperative cannot touch it.
		const coordB = await personWith(s.orgB.id, ['coordinator']);
		expect(await failure(updateActivity(coordB, s.orgA.id, a!.id, base()))).toBeInstanceOf(ForbiddenError);
		expect(await failure(attendanceList(coordB, s.orgA.id, a!.id))).toBeInstanceOf(ForbiddenError);
	});

	it('an activity of one cooperative cannot be reached through another cooperative', async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base());
		expect(await failure(getActivity(anonymous, s.orgB.id, a!.id))).toBeInstanceOf(NotFoundError);
		expect(await failure(getActivity(s.memberB, s.orgB.id, 'not-an-id'))).toBeInstanceOf(NotFoundError);
	});
});

describe('groups', () => {
	it('open groups take members at once, groups on request wait for an organiser, closed groups refuse', async () => {
		const s = await setting();
		const open = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Open',
			kind: 'buurtnetwerk',
			theme: 'straat'
		});
		const asked = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Op aanvraag',
			kind: 'buurtnetwerk',
			theme: 'straat',
			joinPolicy: 'request'
		});
		const closed = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Gesloten',
			kind: 'interessegroep',
			theme: 'overig',
			joinPolicy: 'closed'
		});
		expect(await joinGroup(s.resident, s.orgA.id, open.id)).toBe('active');
		expect(await joinGroup(s.resident, s.orgA.id, asked.id)).toBe('pending');
		expect((await failure(joinGroup(s.resident, s.orgA.id, closed.id))).messageKey).toBe(
			'error_group_closed'
		);
		expect((await failure(joinGroup(s.resident, s.orgA.id, open.id))).messageKey).toBe(
			'error_already_in_group'
		);
		const pending = (await getGroup(s.coordinator, s.orgA.id, asked.id)).members.find(
			(m) => m.status === 'pending'
		);
		await decideGroupMember(s.coordinator, s.orgA.id, asked.id, {
			memberId: pending!.id,
			decision: 'accept'
		});
		expect((await getGroup(s.resident, s.orgA.id, asked.id)).myMembership?.status).toBe('active');
		// Members of another cooperative cannot join.
		expect(await failure(joinGroup(s.memberB, s.orgA.id, open.id))).toBeInstanceOf(ForbiddenError);
	});

	it('the last organiser cannot leave the group', async () => {
		const s = await setting();
		const g = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Koor',
			kind: 'interessegroep',
			theme: 'cultuur'
		});
		expect((await failure(leaveGroup(s.coordinator, s.orgA.id, g.id))).messageKey).toBe(
			'error_last_organiser'
		);
	});

	it('member lists are for organisers; a members-only group is hidden from the public', async () => {
		const s = await setting();
		const g = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Mantelzorgcafé',
			kind: 'interessegroep',
			theme: 'gezondheid',
			visibility: 'members'
		});
		await joinGroup(s.resident, s.orgA.id, g.id);
		expect((await getGroup(s.resident, s.orgA.id, g.id)).members).toEqual([]);
		expect((await getGroup(s.coordinator, s.orgA.id, g.id)).members.map((m) => m.name)).toContain(
			'Bep Bewoner'
		);
		expect((await listGroups(anonymous, s.orgA.id)).groups.map((x) => x.name)).not.toContain(
			'Mantelzorgcafé'
		);
		expect(await failure(getGroup(anonymous, s.orgA.id, g.id))).toBeInstanceOf(UnauthenticatedError);
		expect(await failure(getGroup(s.memberB, s.orgA.id, g.id))).toBeInstanceOf(NotFoundError);
		const dup = await failure(
			createGroup(s.coordinator, s.orgA.id, {
				name: 'Mantelzorgcafé',
				kind: 'interessegroep',
				theme: 'gezondheid'
			})
		);
		expect(dup.fieldErrors.name).toBe('error_group_exists');
	});
});

describe('courses from the knowledge network', () => {
	it("a course gets its dates as activities in any coop that may see it; signing up is the activity's own", async () => {
		const s = await setting();
		const course = await createItem(s.coordinator, s.orgA.id, {
			type: 'opleiding',
			title: 'Training buurtcoach',
			summary: 'Drie avonden over luisteren en doorverwijzen.',
			theme: 'vrijwilligers',
			provider: 'Netwerkacademie',
			scope: 'city'
		});
		const coordB = await personWith(s.orgB.id, ['coordinator']);
		const [date] = await createActivity(
			coordB,
			s.orgB.id,
			base({ title: 'Buurtcoach avond 1', courseId: course.id })
		);
		expect((await courseDates(s.memberB, course.id)).map((d) => d.id)).toEqual([date!.id]);
		expect((await signUp(s.memberB, s.orgB.id, date!.id, {})).status).toBe('confirmed');
		// An item that is not a course, or one the planner cannot see, cannot get dates.
		const playbook = await createItem(s.coordinator, s.orgA.id, {
			type: 'draaiboek',
			title: 'Alleen voor A',
			body: 'Tekst',
			theme: 'ontmoeten'
		});
		const err = await failure(createActivity(coordB, s.orgB.id, base({ courseId: playbook.id })));
		expect(err.fieldErrors.courseId).toBe('validation_invalid');
	});
});

describe('meeting place rooms', () => {
	it('an activity in a room that is already taken is refused, and the first one keeps the room', async () => {
		const s = await setting();
		const place = await createPlace(s.coordinator, s.orgA.id, {
			name: 'Buurtwerkkamer De Linde',
			kind: 'buurtwerkkamer',
			address: 'Lindeplein 4'
		});
		const room = await addRoom(s.coordinator, s.orgA.id, place.id, { name: 'Grote zaal', capacity: '30' });
		const one = base({ placeId: place.id, roomId: room.id, address: '' });
		await createActivity(s.coordinator, s.orgA.id, one);
		const err = await failure(
			createActivity(s.coordinator, s.orgA.id, {
				...one,
				timeFrom: '11:00',
				timeTo: '12:00',
				title: 'Koffie'
			})
		);
		expect(err.fieldErrors.roomId).toBe('error_room_taken');
		// Back to back is fine.
		await createActivity(s.coordinator, s.orgA.id, {
			...one,
			timeFrom: '11:30',
			timeTo: '12:30',
			title: 'Koffie'
		});
	});
});

describe('reminders, agenda and calendar links', () => {
	it('everyone with a place gets one reminder the day before; the wait list does not', async () => {
		const s = await setting();
		const tomorrow = day(1);
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ date: tomorrow, capacity: '1' }));
		const [waiting] = await residents(s.orgA.id, 1);
		await signUp(s.resident, s.orgA.id, a!.id, {});
		await signUp(waiting!, s.orgA.id, a!.id, {});
		expect(await sendActivityReminders(system)).toBeGreaterThanOrEqual(1);
		await sendActivityReminders(system);
		const reminders = (await mailsTo(s.resident.email!)).filter((x) => x.kind === 'activity.reminder');
		expect(reminders).toHaveLength(1);
		expect((await mailsTo(waiting!.email!)).filter((x) => x.kind === 'activity.reminder')).toHaveLength(0);
		expect(await failure(sendActivityReminders(s.coordinator))).toBeInstanceOf(ForbiddenError);
	});

	it('the agenda filters on theme, free and buurt; "this week" shows the coming seven days of one buurt', async () => {
		const s = await setting();
		await createActivity(s.coordinator, s.orgA.id, base({ title: 'Gratis wandeling', areaId: s.buurtA.id }));
		await createActivity(s.coordinator, s.orgA.id, base({ title: 'Kookles', theme: 'koken', cost: '5' }));
		await createActivity(s.coordinator, s.orgA.id, base({ title: 'Over twee weken', date: day(14) }));
		const titles = async (filter: Record<string, string>) =>
			(await agendaOf(anonymous, s.orgA.id, filter)).activities.map((x) => x.title);
		expect(await titles({ theme: 'koken' })).toEqual(['Kookles']);
		expect(await titles({ free: '1' })).not.toContain('Kookles');
		expect(await titles({ areaId: s.buurtA.id })).toEqual(['Gratis wandeling']);
		expect(await titles({ from: day(10), to: day(20) })).toEqual(['Over twee weken']);
		// Rubbish in the URL is ignored, not an error.
		expect((await titles({ theme: '<script>', from: 'gisteren', areaId: 'x' })).length).toBe(3);
		const week = await weekInBuurt(anonymous, s.orgA.id, { areaId: s.buurtA.id });
		expect(week.activities.map((x) => x.title)).toEqual(['Gratis wandeling']);
	});

	it('"this week" starts in the member\'s own buurt, and an empty choice shows every buurt', async () => {
		const s = await setting();
		await createActivity(s.coordinator, s.orgA.id, base({ title: 'In mijn buurt', areaId: s.buurtA.id }));
		await createActivity(s.coordinator, s.orgA.id, base({ title: 'Elders' }));
		const db = await getDb();
		await db
			.update(membership)
			.set({ areaId: s.buurtA.id })
			.where(and(eq(membership.personId, s.resident.personId), eq(membership.orgId, s.orgA.id)));
		const first = await weekInBuurt(s.resident, s.orgA.id, {});
		expect(first.areaId).toBe(s.buurtA.id);
		expect(first.activities.map((x) => x.title)).toEqual(['In mijn buurt']);
		const all = await weekInBuurt(s.resident, s.orgA.id, { areaId: '' });
		expect(all.activities.map((x) => x.title).sort()).toEqual(['Elders', 'In mijn buurt']);
	});

	it("a private calendar link lists only that person's activities and stops working when renewed", async () => {
		const s = await setting();
		const [a] = await createActivity(s.coordinator, s.orgA.id, base({ title: 'Mijn wandeling' }));
		await createActivity(s.coordinator, s.orgA.id, base({ title: 'Niet van mij' }));
		await signUp(s.resident, s.orgA.id, a!.id, {});
		const token = await createCalendarLink(s.resident);
		expect((await personalFeed(anonymous, token)).activities.map((x) => x.title)).toEqual(['Mijn wandeling']);
		const renewed = await createCalendarLink(s.resident);
		expect(await failure(personalFeed(anonymous, token))).toBeInstanceOf(NotFoundError);
		expect((await personalFeed(anonymous, renewed)).activities).toHaveLength(1);
		expect(await failure(personalFeed(anonymous, '../../etc/passwd'))).toBeInstanceOf(NotFoundError);
		expect((await myActivities(s.resident)).items.map((x) => x.activity.title)).toEqual(['Mijn wandeling']);
	});

	it('a group of another cooperative gives nothing through this cooperative', async () => {
		const s = await setting();
		const g = await createGroup(s.coordinator, s.orgA.id, {
			name: 'Tuinclub',
			kind: 'leefstijlclub',
			theme: 'tuin'
		});
		expect(await failure(getGroup(anonymous, s.orgB.id, g.id))).toBeInstanceOf(NotFoundError);
		expect(await failure(feedActivities(anonymous, s.orgB.id, g.id))).toBeInstanceOf(NotFoundError);
		const other = await outsider();
		expect(await failure(joinGroup(other, s.orgA.id, g.id))).toBeInstanceOf(ForbiddenError);
	});
});

export type { PersonActor };
