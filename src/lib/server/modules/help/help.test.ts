import { describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { mailsTo, orgTree, outsider, personWith, system } from '#tests/factories/index.ts';
import { DEFAULT_CATEGORIES } from '#lib/domain/help.ts';
import { AVAILABILITY_SLOTS, type Role } from '#lib/domain/members.ts';
import { getDb } from '../../db/client.ts';
import { anonymous, type PersonActor } from '../../shared/actor.ts';
import { addDays, today } from '../../shared/clock.ts';
import {
	AppError,
	DomainError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	ValidationError
} from '../../shared/errors.ts';
import { registerManagedMember, updateProfile } from '../members/members.usecases.ts';
import { outbox } from '../notifications/notifications.table.ts';
import { helpEvent, helpInvitation, helpReport } from './help.table.ts';
import {
	addCategory,
	answerInvitation,
	answerMyInvitation,
	assignVolunteer,
	board,
	callList,
	closeRequest,
	createOffer,
	findResidents,
	getRequest,
	giveFeedback,
	intakeContext,
	intakeRequest,
	invitationByToken,
	inviteVolunteers,
	listCategories,
	linkResident,
	listOffers,
	logHours,
	markResidentInformed,
	myHours,
	myPreference,
	myRequests,
	myTasks,
	offersForRequest,
	referRequest,
	releaseTask,
	requestFormContext,
	requestHelp,
	sendDigests,
	sendReminders,
	setInProgress,
	setKmRate,
	setMyPreference,
	suggestions,
	unmatchedDemand,
	updateCategory,
	withdrawOffer
} from './help.usecases.ts';

useTestDatabase();

const day = (n: number) => addDays(today(), n);

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

interface Profile {
	skills?: string[];
	availability?: string[];
	mobility?: string[];
	vogDate?: string;
	roles?: Role[];
	phone?: string;
	postcode?: string;
}

/** A volunteer with a profile: by default boodschappen, always available, lives in buurt A. */
async function volunteer(orgId: string, name: string, p: Profile = {}): Promise<PersonActor> {
	const v = await personWith(orgId, p.roles ?? ['vrijwilliger'], name);
	await updateProfile(v, {
		name,
		phone: p.phone ?? '06 55556666',
		address: 'Helpersweg 2',
		postcode: p.postcode ?? '3561 BC',
		skills: p.skills ?? ['boodschappen'],
		availability: p.availability ?? [...AVAILABILITY_SLOTS],
		mobility: p.mobility ?? [],
		vogDate: p.vogDate ?? ''
	});
	return v;
}

/** Organisation A with a coordinator and a resident (with address and phone) in buurt A. */
async function world() {
	const tree = await orgTree();
	const coordinator = await personWith(tree.orgA.id, ['coordinator'], 'Carla Coördinator');
	const resident = await personWith(tree.orgA.id, ['bewoner'], 'Rita Jansen');
	await updateProfile(resident, {
		name: 'Rita Jansen',
		phone: '030 1234567',
		address: 'Dorpsstraat 4',
		postcode: '3561 AB'
	});
	const categories = (await requestFormContext(resident, tree.orgA.id)).categories;
	const category = (key: string) => categories.find((c) => c.key === key)!.id;
	const form = (values: Record<string, unknown> = {}) => ({
		categoryId: category('boodschappen'),
		description: 'Boodschappen bij de supermarkt',
		date: day(3),
		...values
	});
	/** The resident asks for help; returns the first (or only) request. */
	const ask = async (values: Record<string, unknown> = {}) =>
		(await requestHelp(resident, tree.orgA.id, form(values)))[0]!;
	return { ...tree, coordinator, resident, category, form, ask };
}
type World = Awaited<ReturnType<typeof world>>;

/** The private link token of the latest invitation mailed to this address. */
async function tokenFor(email: string): Promise<string> {
	const mail = (await mailsTo(email)).find((m) => m.kind === 'help.invitation');
	return /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
}

const kinds = async (email: string) => (await mailsTo(email)).map((m) => m.kind);

/** A request linked to `v` (assigned by the coordinator), dated today so hours can be logged. */
async function matched(w: World, v: PersonActor, values: Record<string, unknown> = {}) {
	const r = await w.ask({ date: today(), ...values });
	await assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: v.personId });
	return r;
}

async function eventsOf(requestId: string) {
	const db = await getDb();
	return db.select().from(helpEvent).where(eq(helpEvent.requestId, requestId)).orderBy(helpEvent.at);
}

// ---------------------------------------------------------------- categories and settings

describe('categories and settings', () => {
	it('an organisation starts with the default categories, home visits need a VOG, km at €0.30', async () => {
		const w = await world();
		const { categories, kmRateCents } = await listCategories(w.coordinator, w.orgA.id);
		expect(categories.map((c) => c.key)).toEqual([...DEFAULT_CATEGORIES]);
		const vog = (key: string) => categories.find((c) => c.key === key)!.requiresVog;
		expect(vog('gezelschap')).toBe(true);
		expect(vog('administratie')).toBe(true);
		expect(vog('boodschappen')).toBe(false);
		expect(categories.find((c) => c.key === 'overig')!.skill).toBeNull();
		expect(kmRateCents).toBe(30);
	});

	it('a coordinator adds an own category; switched off, nobody can ask for it any more', async () => {
		const w = await world();
		const own = await addCategory(w.coordinator, w.orgA.id, {
			name: 'Hond uitlaten',
			skill: 'gezelschap',
			requiresVog: 'on'
		});
		expect((await requestFormContext(w.resident, w.orgA.id)).categories.map((c) => c.id)).toContain(own.id);
		const r = await w.ask({ categoryId: own.id, description: 'Met Max naar het park' });
		expect(r.needsVog).toBe(true); // the category asks for a VOG, so every request in it does
		await updateCategory(w.coordinator, w.orgA.id, own.id, {
			name: 'Hond uitlaten',
			skill: 'gezelschap'
		});
		expect((await requestFormContext(w.resident, w.orgA.id)).categories.map((c) => c.id)).not.toContain(
			own.id
		);
		const e = await failure(w.ask({ categoryId: own.id }));
		expect(e.status).toBe(400);
		expect(e.fieldErrors).toEqual({ categoryId: 'validation_invalid' });
	});

	it('a category needs a name and a known skill, and an unknown category is not found', async () => {
		const w = await world();
		const e = await failure(addCategory(w.coordinator, w.orgA.id, { name: '', skill: 'toveren' }));
		expect(e).toBeInstanceOf(ValidationError);
		expect(e.fieldErrors).toEqual({ name: 'validation_required', skill: 'validation_invalid' });
		await expect(
			updateCategory(w.coordinator, w.orgA.id, crypto.randomUUID(), { name: 'X', active: 'on' })
		).rejects.toThrow(NotFoundError);
		await expect(updateCategory(w.coordinator, w.orgA.id, 'geen-id', { name: 'X' })).rejects.toThrow(
			NotFoundError
		);
	});

	it('the km rate is set in euros (comma or point) and kept in cents; nonsense is refused', async () => {
		const w = await world();
		expect(await setKmRate(w.coordinator, w.orgA.id, { kmRate: '0,23' })).toBe(23);
		expect((await listCategories(w.coordinator, w.orgA.id)).kmRateCents).toBe(23);
		for (const [kmRate, key] of [
			['-0.1', 'validation_number_range'],
			['2', 'validation_number_range'],
			['dertig cent', 'validation_decimal'],
			['', 'validation_required']
		]) {
			const e = await failure(setKmRate(w.coordinator, w.orgA.id, { kmRate }));
			expect(e.fieldErrors.kmRate).toBe(key);
		}
		// Another organisation keeps the default.
		const coordinatorB = await personWith(w.orgB.id, ['coordinator']);
		expect((await listCategories(coordinatorB, w.orgB.id)).kmRateCents).toBe(30);
	});

	it('only coordinators manage categories and the km rate', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		const bestuur = await personWith(w.orgA.id, ['bestuur']);
		for (const actor of [w.resident, v, bestuur]) {
			await expect(listCategories(actor, w.orgA.id)).rejects.toThrow(ForbiddenError);
			await expect(addCategory(actor, w.orgA.id, { name: 'X' })).rejects.toThrow(ForbiddenError);
			await expect(setKmRate(actor, w.orgA.id, { kmRate: '0.5' })).rejects.toThrow(ForbiddenError);
		}
		const beheerder = await personWith(w.orgA.id, ['beheerder']);
		expect((await listCategories(beheerder, w.orgA.id)).categories.length).toBe(DEFAULT_CATEGORIES.length);
	});
});

// ---------------------------------------------------------------- asking for help

describe('asking for help', () => {
	it('a member asks for help: new, in their buurt at their address, recorded and confirmed by mail', async () => {
		const w = await world();
		const r = await w.ask({ timeFrom: '10:00', timeTo: '11:30', urgency: 'soon' });
		expect(r).toMatchObject({
			status: 'nieuw',
			origin: 'self',
			personId: w.resident.personId,
			createdBy: w.resident.personId,
			areaId: w.buurtA.id,
			address: 'Dorpsstraat 4',
			postcode: '3561 AB',
			date: day(3),
			timeFrom: '10:00',
			timeTo: '11:30',
			urgency: 'soon',
			recurrence: 'none',
			seriesId: null
		});
		expect((await eventsOf(r.id)).map((e) => [e.fromStatus, e.toStatus, e.byPersonId])).toEqual([
			[null, 'nieuw', w.resident.personId]
		]);
		const [mail] = await mailsTo(w.resident.email!);
		expect(mail?.kind).toBe('help.received');
		expect(mail?.text).toContain(w.orgA.name);
	});

	it('a postcode in the form places the request in that buurt; an unknown postcode leaves the buurt empty', async () => {
		const w = await world();
		const elsewhere = await w.ask({ address: 'Kerkstraat 1', postcode: '3562ab' });
		expect(elsewhere).toMatchObject({ postcode: '3562 AB', address: 'Kerkstraat 1', areaId: w.buurtA.id });
		const unknown = await w.ask({ address: 'Verweg 1', postcode: '9999 ZZ' });
		expect(unknown).toMatchObject({ postcode: '9999 ZZ', areaId: null });
		expect((await getRequest(w.coordinator, w.orgA.id, unknown.id)).areaName).toBeNull();
	});

	it('a flexible request has no date and no time', async () => {
		const w = await world();
		const r = await w.ask({ date: '', flexible: 'on', timeFrom: '10:00' });
		expect(r).toMatchObject({ date: null, timeFrom: null, timeTo: null });
	});

	it('refuses a date in the past, an empty description and an unknown category, with message keys', async () => {
		const w = await world();
		const e = await failure(
			requestHelp(w.resident, w.orgA.id, w.form({ date: day(-1), description: '   ', categoryId: '' }))
		);
		expect(e).toBeInstanceOf(ValidationError);
		expect(e.messageKey).toBe('error_form_invalid');
		expect(e.fieldErrors).toEqual({
			date: 'validation_date_past',
			description: 'validation_required',
			categoryId: 'validation_required'
		});
		const unknown = await failure(w.ask({ categoryId: crypto.randomUUID() }));
		expect(unknown.fieldErrors).toEqual({ categoryId: 'validation_invalid' });
		const coordinatorB = await personWith(w.orgB.id, ['coordinator']);
		const ofB = (await listCategories(coordinatorB, w.orgB.id)).categories[0]!;
		const foreign = await failure(w.ask({ categoryId: ofB.id }));
		expect(foreign.fieldErrors).toEqual({ categoryId: 'validation_invalid' });
	});

	it('a request needs a date or "flexible", times in order, a known urgency and no date beyond a year', async () => {
		const w = await world();
		const cases: [Record<string, unknown>, Record<string, string>][] = [
			[{ date: '' }, { date: 'validation_date_or_flexible' }],
			[{ date: '2025-02-30' }, { date: 'validation_date' }],
			[{ date: day(400) }, { date: 'validation_date_too_far' }],
			[{ timeFrom: '11:00', timeTo: '10:00' }, { timeTo: 'validation_time_order' }],
			[{ timeFrom: '25:00' }, { timeFrom: 'validation_time' }],
			[{ urgency: 'gisteren' }, { urgency: 'validation_invalid' }],
			[{ language: 'klingon' }, { language: 'validation_invalid' }],
			[{ description: 'x'.repeat(2001) }, { description: 'validation_too_long' }],
			[{ postcode: '12345' }, { postcode: 'validation_postcode' }]
		];
		for (const [values, errors] of cases) {
			const e = await failure(w.ask(values));
			expect(e.fieldErrors, JSON.stringify(values)).toEqual(errors);
		}
	});

	it('a ride needs a pick-up address and a destination', async () => {
		const w = await world();
		const e = await failure(w.ask({ categoryId: w.category('vervoer') }));
		expect(e.status).toBe(400);
		expect(e.fieldErrors).toEqual({ pickup: 'validation_required', destination: 'validation_required' });
		const ride = await w.ask({
			categoryId: w.category('vervoer'),
			pickup: 'Dorpsstraat 4',
			destination: 'Ziekenhuis',
			needsCar: 'on'
		});
		expect(ride).toMatchObject({ pickup: 'Dorpsstraat 4', destination: 'Ziekenhuis', needsCar: true });
	});

	it('a weekly request makes one occurrence per week up to the end date, in one series', async () => {
		const w = await world();
		const start = day(2);
		const created = await requestHelp(
			w.resident,
			w.orgA.id,
			w.form({ date: start, recurrence: 'weekly', repeatUntil: addDays(start, 22) })
		);
		expect(created.map((r) => r.date)).toEqual([0, 7, 14, 21].map((n) => addDays(start, n)));
		expect(new Set(created.map((r) => r.seriesId)).size).toBe(1);
		expect(created[0]!.seriesId).not.toBeNull();
		for (const r of created) expect((await eventsOf(r.id)).map((e) => e.toStatus)).toEqual(['nieuw']);
		expect((await mailsTo(w.resident.email!)).filter((m) => m.kind === 'help.received')).toHaveLength(1);
	});

	it('a fortnightly request makes an occurrence every two weeks, the end date included', async () => {
		const w = await world();
		const start = day(1);
		const created = await requestHelp(
			w.resident,
			w.orgA.id,
			w.form({ date: start, recurrence: 'fortnightly', repeatUntil: addDays(start, 28) })
		);
		expect(created.map((r) => r.date)).toEqual([0, 14, 28].map((n) => addDays(start, n)));
		expect(created.every((r) => r.recurrence === 'fortnightly')).toBe(true);
	});

	it('a recurring request needs a fixed date, an end date after it, and at most 26 occurrences', async () => {
		const w = await world();
		const cases: [Record<string, unknown>, Record<string, string>][] = [
			[
				{ recurrence: 'weekly', date: '', flexible: 'on' },
				{ recurrence: 'validation_recurrence_needs_date' }
			],
			[{ recurrence: 'weekly' }, { repeatUntil: 'validation_required' }],
			[{ recurrence: 'weekly', repeatUntil: day(1) }, { repeatUntil: 'validation_repeat_until_order' }],
			[
				{ recurrence: 'weekly', repeatUntil: day(3 + 7 * 26) },
				{ repeatUntil: 'validation_too_many_occurrences' }
			],
			[{ recurrence: 'monthly', repeatUntil: day(60) }, { recurrence: 'validation_invalid' }]
		];
		for (const [values, errors] of cases) {
			const e = await failure(w.ask(values));
			expect(e.fieldErrors, JSON.stringify(values)).toEqual(errors);
		}
		// 26 occurrences is the most.
		const most = await requestHelp(
			w.resident,
			w.orgA.id,
			w.form({ recurrence: 'weekly', repeatUntil: day(3 + 7 * 25) })
		);
		expect(most).toHaveLength(26);
	});

	it('help is asked in a member organisation, not in a network or city coop', async () => {
		const w = await world();
		const cityAdmin = await personWith(w.city.id, ['beheerder', 'coordinator']);
		await expect(requestFormContext(cityAdmin, w.city.id)).rejects.toThrow(NotFoundError);
		await expect(requestHelp(cityAdmin, w.city.id, w.form())).rejects.toThrow(NotFoundError);
	});

	it('only members ask for help: a visitor must sign in, an outsider or a partner may not', async () => {
		const w = await world();
		await expect(requestHelp(anonymous, w.orgA.id, w.form())).rejects.toThrow(UnauthenticatedError);
		await expect(requestHelp(await outsider(), w.orgA.id, w.form())).rejects.toThrow(ForbiddenError);
		const partner = await personWith(w.orgA.id, ['partner']);
		await expect(requestHelp(partner, w.orgA.id, w.form())).rejects.toThrow(ForbiddenError);
		const memberOfB = await personWith(w.orgB.id, ['bewoner']);
		await expect(requestHelp(memberOfB, w.orgA.id, w.form())).rejects.toThrow(ForbiddenError);
	});
});

// ---------------------------------------------------------------- referrals

describe('referrals', () => {
	const referral = (w: World, values: Record<string, unknown> = {}) =>
		w.form({
			contactName: 'Mevrouw de Wit',
			contactPhone: '030 7654321',
			consent: 'on',
			address: 'Lindelaan 9',
			postcode: '3562 CD',
			...values
		});

	it('a mantelzorger refers someone who is not a member: the request keeps who to call', async () => {
		const w = await world();
		const mantelzorger = await personWith(w.orgA.id, ['mantelzorger'], 'Marco Mantelzorg');
		const [r] = await referRequest(mantelzorger, w.orgA.id, referral(w));
		expect(r).toMatchObject({
			personId: null,
			origin: 'on_behalf',
			contactName: 'Mevrouw de Wit',
			contactPhone: '030 7654321',
			createdBy: mantelzorger.personId,
			areaId: w.buurtA.id,
			status: 'nieuw'
		});
		// The referrer follows it as "resident"; the coordinator sees the contact to call.
		expect((await getRequest(mantelzorger, w.orgA.id, r!.id)).viewer).toBe('resident');
		expect((await myRequests(mantelzorger)).map((x) => x.id)).toEqual([r!.id]);
		const forCoordinator = await getRequest(w.coordinator, w.orgA.id, r!.id);
		expect(forCoordinator.request.contactPhone).toBe('030 7654321');
		expect(forCoordinator.resident).toBeNull();
		const [row] = (await board(w.coordinator, w.orgA.id, {})).rows;
		expect(row?.residentName).toBe('Mevrouw de Wit');
	});

	it('a professional may refer too, and a referral needs a contact name, phone and consent', async () => {
		const w = await world();
		const professional = await personWith(w.orgA.id, ['professional']);
		const e = await failure(
			referRequest(
				professional,
				w.orgA.id,
				referral(w, { contactName: '', contactPhone: '', consent: '', description: '' })
			)
		);
		expect(e.fieldErrors).toEqual({
			description: 'validation_required',
			contactName: 'validation_required',
			contactPhone: 'validation_required',
			consent: 'validation_consent_required'
		});
		const bad = await failure(referRequest(professional, w.orgA.id, referral(w, { contactPhone: 'bel me' })));
		expect(bad.fieldErrors).toEqual({ contactPhone: 'validation_phone' });
		expect(await referRequest(professional, w.orgA.id, referral(w))).toHaveLength(1);
	});

	it('the coordinator links a referral to the member once found; it then counts as theirs', async () => {
		const w = await world();
		const carer = await personWith(w.orgA.id, ['mantelzorger'], 'Mia Mantelzorger');
		const [r] = await referRequest(carer, w.orgA.id, {
			...w.form(),
			contactName: 'Rita Jansen',
			contactPhone: '030 1234567',
			consent: 'on'
		});
		expect(r!.personId).toBeNull();
		const bad = await failure(linkResident(w.coordinator, w.orgA.id, r!.id, { personId: '' }));
		expect(bad.fieldErrors).toEqual({ personId: 'validation_choose_resident' });
		const stranger = await personWith(w.orgB.id, ['bewoner'], 'Ver Weg');
		await expect(
			linkResident(w.coordinator, w.orgA.id, r!.id, { personId: stranger.personId })
		).rejects.toThrow(DomainError);
		await expect(linkResident(carer, w.orgA.id, r!.id, { personId: w.resident.personId })).rejects.toThrow(
			ForbiddenError
		);
		await linkResident(w.coordinator, w.orgA.id, r!.id, { personId: w.resident.personId });
		const seen = await getRequest(w.resident, w.orgA.id, r!.id);
		expect(seen.request).toMatchObject({ personId: w.resident.personId, address: 'Dorpsstraat 4' });
		expect((await myRequests(w.resident)).map((x) => x.id)).toContain(r!.id);
		await expect(
			linkResident(w.coordinator, w.orgA.id, r!.id, { personId: w.resident.personId })
		).rejects.toThrow(DomainError);
	});

	it('a resident or a volunteer cannot refer someone else', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		for (const actor of [w.resident, v]) {
			await expect(referRequest(actor, w.orgA.id, referral(w))).rejects.toThrow(ForbiddenError);
			expect((await requestFormContext(actor, w.orgA.id)).canRefer).toBe(false);
		}
		const mantelzorger = await personWith(w.orgA.id, ['mantelzorger']);
		expect(await requestFormContext(mantelzorger, w.orgA.id)).toMatchObject({
			canRefer: true,
			canCoordinate: false
		});
		expect((await requestFormContext(w.coordinator, w.orgA.id)).canCoordinate).toBe(true);
	});
});

// ---------------------------------------------------------------- intake

describe('intake by the coordinator', () => {
	it('a coordinator enters a request for a member by phone; the member follows it as their own', async () => {
		const w = await world();
		const [r] = await intakeRequest(w.coordinator, w.orgA.id, {
			...w.form(),
			personId: w.resident.personId
		});
		expect(r).toMatchObject({
			origin: 'intake',
			personId: w.resident.personId,
			createdBy: w.coordinator.personId,
			address: 'Dorpsstraat 4',
			areaId: w.buurtA.id
		});
		expect((await myRequests(w.resident)).map((x) => x.id)).toEqual([r!.id]);
		expect((await getRequest(w.resident, w.orgA.id, r!.id)).viewer).toBe('resident');
		expect(await kinds(w.resident.email!)).toEqual(['help.received']);
	});

	it('a managed resident without e-mail can be helped through intake (no mail is queued)', async () => {
		const w = await world();
		const { person } = await registerManagedMember(w.coordinator, w.orgA.id, {
			name: 'Opa Managed',
			address: 'Hofje 3',
			postcode: '3561 XY',
			phone: '030 1111111',
			consent: 'on'
		});
		const [r] = await intakeRequest(w.coordinator, w.orgA.id, { ...w.form(), personId: person.id });
		expect(r).toMatchObject({ personId: person.id, address: 'Hofje 3', areaId: w.buurtA.id });
	});

	it('intake for a member of another organisation is refused', async () => {
		const w = await world();
		const memberOfB = await personWith(w.orgB.id, ['bewoner']);
		const e = await failure(
			intakeRequest(w.coordinator, w.orgA.id, { ...w.form(), personId: memberOfB.personId })
		);
		expect(e).toBeInstanceOf(DomainError);
		expect(e.status).toBe(400);
		expect(e.fieldErrors).toEqual({ personId: 'validation_choose_resident' });
		const none = await failure(intakeRequest(w.coordinator, w.orgA.id, { ...w.form(), personId: '' }));
		expect(none.fieldErrors).toEqual({ personId: 'validation_choose_resident' });
	});

	it('the intake search finds members of this organisation by name, from two letters on', async () => {
		const w = await world();
		const memberOfB = await personWith(w.orgB.id, ['bewoner'], 'Rita Elders');
		expect(await findResidents(w.coordinator, w.orgA.id, 'R')).toEqual([]);
		expect(await findResidents(w.coordinator, w.orgA.id, undefined)).toEqual([]);
		const found = await findResidents(w.coordinator, w.orgA.id, 'Rita');
		expect(found.map((f) => f.personId)).toEqual([w.resident.personId]);
		expect(found.map((f) => f.personId)).not.toContain(memberOfB.personId);
	});

	it('the intake screen shows a chosen resident of this organisation only', async () => {
		const w = await world();
		const context = await intakeContext(w.coordinator, w.orgA.id, w.resident.personId);
		expect(context.resident).toMatchObject({
			name: 'Rita Jansen',
			phone: '030 1234567',
			areaName: 'Buurt A'
		});
		expect(context.categories.length).toBe(DEFAULT_CATEGORIES.length);
		const memberOfB = await personWith(w.orgB.id, ['bewoner']);
		expect((await intakeContext(w.coordinator, w.orgA.id, memberOfB.personId)).resident).toBeNull();
		expect((await intakeContext(w.coordinator, w.orgA.id, 'onzin')).resident).toBeNull();
		expect((await intakeContext(w.coordinator, w.orgA.id, undefined)).resident).toBeNull();
	});

	it('only a coordinator does intake', async () => {
		const w = await world();
		const bestuur = await personWith(w.orgA.id, ['bestuur']);
		for (const actor of [w.resident, bestuur]) {
			await expect(
				intakeRequest(actor, w.orgA.id, { ...w.form(), personId: w.resident.personId })
			).rejects.toThrow(ForbiddenError);
			await expect(findResidents(actor, w.orgA.id, 'Rita')).rejects.toThrow(ForbiddenError);
			await expect(intakeContext(actor, w.orgA.id, undefined)).rejects.toThrow(ForbiddenError);
		}
	});
});

// ---------------------------------------------------------------- who sees what

describe('who sees what', () => {
	it('before matching the resident sees no volunteer; after matching the first name and phone only', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera van Vliet', { phone: '06 99998888' });
		const r = await w.ask();
		const before = await getRequest(w.resident, w.orgA.id, r.id);
		expect(before.viewer).toBe('resident');
		expect(before.volunteer).toBeNull();
		expect(before.events).toEqual([]);
		expect(before.invitations).toEqual([]);
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [v.personId] });
		expect((await getRequest(w.resident, w.orgA.id, r.id)).volunteer).toBeNull();
		await answerInvitation(anonymous, await tokenFor(v.email!), 'accept');
		const after = await getRequest(w.resident, w.orgA.id, r.id);
		expect(after.volunteer).toEqual({ id: v.personId, name: 'Vera', phone: '06 99998888', email: null });
		expect(after.can).toMatchObject({ cancel: true, release: false, logHours: false, coordinate: false });
		const mail = (await mailsTo(w.resident.email!)).find((m) => m.kind === 'help.matched_resident');
		expect(mail?.text).toContain('Vera');
		expect(mail?.text).not.toContain('van Vliet');
		expect(mail?.text).not.toContain('06 99998888');
	});

	it('the coordinator sees everything: the full volunteer, events and invitations', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera van Vliet');
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [v.personId] });
		const view = await getRequest(w.coordinator, w.orgA.id, r.id);
		expect(view.viewer).toBe('coordinator');
		expect(view.invitations.map((i) => [i.volunteerName, i.status])).toEqual([['Vera van Vliet', 'invited']]);
		expect(view.events.map((e) => e.toStatus)).toEqual(['nieuw', 'in_behandeling']);
		expect(view.resident?.phone).toBe('030 1234567');
		expect(view.can.coordinate).toBe(true);
	});

	it("the linked volunteer sees the resident's name, address and phone once matched", async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		const r = await matched(w, v);
		const view = await getRequest(v, w.orgA.id, r.id);
		expect(view.viewer).toBe('volunteer');
		expect(view.request.address).toBe('Dorpsstraat 4');
		expect(view.resident).toMatchObject({ name: 'Rita Jansen', phone: '030 1234567' });
		expect(view.events).toEqual([]);
		expect(view.can).toMatchObject({ release: true, logHours: true, cancel: false, giveFeedback: false });
	});

	it('an invited volunteer sees only what they need before accepting: no name, address or phone', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		const r = await w.ask({ timeFrom: '10:00' });
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [v.personId] });
		const token = await tokenFor(v.email!);
		const invitation = await invitationByToken(anonymous, token);
		expect(invitation).toMatchObject({
			status: 'invited',
			mine: false,
			org: { name: w.orgA.name, slug: w.orgA.slug },
			areaName: 'Buurt A',
			request: { id: r.id, date: day(3), timeFrom: '10:00', description: r.description }
		});
		const text = JSON.stringify(invitation);
		for (const secret of ['Rita', 'Jansen', 'Dorpsstraat', '030 1234567', '3561 AB'])
			expect(text).not.toContain(secret);
		// The request page stays closed to them until they accepted.
		await expect(getRequest(v, w.orgA.id, r.id)).rejects.toThrow(NotFoundError);
		const mail = (await mailsTo(v.email!)).find((m) => m.kind === 'help.invitation')!;
		expect(mail.text).not.toContain('Dorpsstraat');
		await answerInvitation(anonymous, token, 'accept');
		expect((await invitationByToken(anonymous, token)).mine).toBe(true);
	});

	it("once a match is cancelled, the volunteer no longer sees the resident's address or phone", async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		const r = await matched(w, v);
		await closeRequest(w.coordinator, w.orgA.id, r.id, {
			outcome: 'geannuleerd',
			reason: 'no_longer_needed'
		});
		const view = await getRequest(v, w.orgA.id, r.id);
		expect(view.viewer).toBe('volunteer');
		expect(view.request.address).toBeNull();
		expect(view.request.postcode).toBeNull();
		expect(view.resident).toBeNull();
	});

	it('another member of the coop never sees the request, nor does anyone of another coop', async () => {
		const w = await world();
		const r = await w.ask();
		const neighbour = await personWith(w.orgA.id, ['bewoner', 'vrijwilliger']);
		await expect(getRequest(neighbour, w.orgA.id, r.id)).rejects.toThrow(NotFoundError);
		const volunteerOfB = await volunteer(w.orgB.id, 'Bert Andere Coop', { postcode: '3521 AA' });
		await expect(getRequest(volunteerOfB, w.orgA.id, r.id)).rejects.toThrow(ForbiddenError);
		await expect(getRequest(volunteerOfB, w.orgB.id, r.id)).rejects.toThrow(NotFoundError);
		const coordinatorB = await personWith(w.orgB.id, ['coordinator']);
		await expect(getRequest(coordinatorB, w.orgB.id, r.id)).rejects.toThrow(NotFoundError);
		await expect(getRequest(anonymous, w.orgA.id, r.id)).rejects.toThrow(UnauthenticatedError);
		await expect(getRequest(w.resident, w.orgA.id, 'geen-uuid')).rejects.toThrow(NotFoundError);
		expect((await myTasks(volunteerOfB)).tasks).toEqual([]);
		expect(await myRequests(neighbour)).toEqual([]);
	});
});

// ---------------------------------------------------------------- invitations

describe('invitations', () => {
	it('inviting mails each volunteer a private link and takes the request in hand', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna');
		const b = await volunteer(w.orgA.id, 'Bas');
		const r = await w.ask();
		const invited = await inviteVolunteers(w.coordinator, w.orgA.id, r.id, {
			volunteerIds: [a.personId, b.personId]
		});
		expect(invited.sort()).toEqual([a.personId, b.personId].sort());
		expect(await kinds(a.email!)).toEqual(['help.invitation']);
		expect(await tokenFor(a.email!)).not.toBe(await tokenFor(b.email!));
		const view = await getRequest(w.coordinator, w.orgA.id, r.id);
		expect(view.request.status).toBe('in_behandeling');
		expect((await myTasks(a)).invitations.map((i) => i.requestId)).toEqual([r.id]);
		// Inviting someone again does not send a second mail.
		expect(await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [a.personId] })).toEqual(
			[]
		);
		expect(await kinds(a.email!)).toEqual(['help.invitation']);
		// The link is only in the mail: the database keeps a hash.
		const db = await getDb();
		const rows = await db.select().from(helpInvitation).where(eq(helpInvitation.requestId, r.id));
		expect(rows.map((i) => i.tokenHash)).not.toContain(await tokenFor(a.email!));
	});

	it('an invitation needs one to ten valid volunteers', async () => {
		const w = await world();
		const r = await w.ask();
		expect((await failure(inviteVolunteers(w.coordinator, w.orgA.id, r.id, {}))).fieldErrors).toEqual({
			volunteerIds: 'validation_choose_one'
		});
		const many = Array.from({ length: 11 }, () => crypto.randomUUID());
		expect(
			(await failure(inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: many }))).fieldErrors
		).toEqual({ volunteerIds: 'validation_too_many' });
		expect(
			(await failure(inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: 'x' }))).fieldErrors
		).toEqual({ volunteerIds: 'validation_invalid' });
	});

	it('the first volunteer to accept gets the request; the others are told it is taken', async () => {
		const w = await world();
		const [a, b, c] = [
			await volunteer(w.orgA.id, 'Anna Eerst'),
			await volunteer(w.orgA.id, 'Bas Later'),
			await volunteer(w.orgA.id, 'Cor Nooit')
		];
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, {
			volunteerIds: [a.personId, b.personId, c.personId]
		});
		expect(await answerInvitation(anonymous, await tokenFor(a.email!), 'accept')).toBe('accepted');
		const view = await getRequest(w.coordinator, w.orgA.id, r.id);
		expect(view.request).toMatchObject({ status: 'gekoppeld', volunteerId: a.personId });
		expect(view.request.matchedAt).toBeInstanceOf(Date);
		expect(view.invitations.map((i) => [i.volunteerName, i.status])).toEqual([
			['Anna Eerst', 'accepted'],
			['Bas Later', 'withdrawn'],
			['Cor Nooit', 'withdrawn']
		]);
		expect(await kinds(a.email!)).toEqual(['help.matched_volunteer', 'help.invitation']);
		expect(await kinds(b.email!)).toEqual(['help.taken', 'help.invitation']);
		expect(await kinds(c.email!)).toEqual(['help.taken', 'help.invitation']);
		expect((await kinds(w.resident.email!))[0]).toBe('help.matched_resident');
		// Later answers hear that it is taken.
		expect(await answerInvitation(anonymous, await tokenFor(b.email!), 'accept')).toBe('taken');
		expect(await answerInvitation(anonymous, await tokenFor(c.email!), 'decline')).toBe('taken');
		expect((await myTasks(b)).invitations).toEqual([]);
		expect((await myTasks(a)).tasks.map((t) => t.id)).toEqual([r.id]);
	});

	it('answering again gives the same answer, and a declined invitation cannot be accepted later', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna');
		const b = await volunteer(w.orgA.id, 'Bas');
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [a.personId, b.personId] });
		expect(await answerInvitation(anonymous, await tokenFor(b.email!), 'decline')).toBe('declined');
		expect(await answerInvitation(anonymous, await tokenFor(b.email!), 'accept')).toBe('declined');
		expect((await getRequest(w.coordinator, w.orgA.id, r.id)).request.status).toBe('in_behandeling');
		expect(await answerInvitation(anonymous, await tokenFor(a.email!), 'accept')).toBe('accepted');
		expect(await answerInvitation(anonymous, await tokenFor(a.email!), 'accept')).toBe('accepted');
		expect(await kinds(a.email!)).toEqual(['help.matched_volunteer', 'help.invitation']);
	});

	it('an unknown invitation link is "not found"', async () => {
		const e = await failure(answerInvitation(anonymous, 'verzonnen-token', 'accept'));
		expect(e).toBeInstanceOf(NotFoundError);
		expect(e.messageKey).toBe('error_invitation_unknown');
		await expect(invitationByToken(anonymous, '')).rejects.toThrow(NotFoundError);
	});

	it('a signed-in volunteer answers from their task list; nobody answers for someone else', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna');
		const b = await volunteer(w.orgA.id, 'Bas');
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [a.personId] });
		const [invitation] = (await myTasks(a)).invitations;
		await expect(answerMyInvitation(b, invitation!.id, 'accept')).rejects.toThrow(NotFoundError);
		await expect(answerMyInvitation(w.coordinator, invitation!.id, 'accept')).rejects.toThrow(NotFoundError);
		await expect(answerMyInvitation(a, 'kapot', 'accept')).rejects.toThrow(NotFoundError);
		await expect(answerMyInvitation(anonymous, invitation!.id, 'accept')).rejects.toThrow(
			UnauthenticatedError
		);
		expect(await answerMyInvitation(a, invitation!.id, 'accept')).toBe('accepted');
		expect((await getRequest(a, w.orgA.id, r.id)).viewer).toBe('volunteer');
	});

	it('a volunteer who does not fit cannot be invited or assigned, whatever the coordinator picks', async () => {
		const w = await world();
		const noVog = await volunteer(w.orgA.id, 'Geen VOG', { skills: ['gezelschap'] });
		const noSkill = await volunteer(w.orgA.id, 'Klusser', { skills: ['klussen'] });
		const resident = await volunteer(w.orgA.id, 'Gewone Bewoner', { roles: ['bewoner'] });
		const visit = await w.ask({ categoryId: w.category('gezelschap'), description: 'Samen koffie' });
		for (const id of [noVog.personId, noSkill.personId, resident.personId, crypto.randomUUID()]) {
			const e = await failure(inviteVolunteers(w.coordinator, w.orgA.id, visit.id, { volunteerIds: [id] }));
			expect(e.fieldErrors).toEqual({ volunteerId: 'error_volunteer_not_eligible' });
			const e2 = await failure(assignVolunteer(w.coordinator, w.orgA.id, visit.id, { volunteerId: id }));
			expect(e2.messageKey).toBe('error_volunteer_not_eligible');
		}
		expect(await kinds(noVog.email!)).toEqual([]);
		expect((await getRequest(w.coordinator, w.orgA.id, visit.id)).request.status).toBe('nieuw');
	});

	it('two volunteers accepting at once: one wins, one is told', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna');
		const b = await volunteer(w.orgA.id, 'Bas');
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [a.personId, b.personId] });
		const [ta, tb] = [await tokenFor(a.email!), await tokenFor(b.email!)];
		const answers = await Promise.all([
			answerInvitation(anonymous, ta, 'accept'),
			answerInvitation(anonymous, tb, 'accept')
		]);
		expect([...answers].sort()).toEqual(['accepted', 'taken']);
		const [winner, loser] = answers[0] === 'accepted' ? [a, b] : [b, a];
		const view = await getRequest(w.coordinator, w.orgA.id, r.id);
		expect(view.request).toMatchObject({ status: 'gekoppeld', volunteerId: winner.personId });
		expect(view.invitations.filter((i) => i.status === 'accepted').map((i) => i.volunteerId)).toEqual([
			winner.personId
		]);
		expect((await eventsOf(r.id)).filter((e) => e.toStatus === 'gekoppeld')).toHaveLength(1);
		expect(await kinds(winner.email!)).toContain('help.matched_volunteer');
		expect(await kinds(loser.email!)).toContain('help.taken');
		expect(await kinds(loser.email!)).not.toContain('help.matched_volunteer');
	});

	it('many answers and an assignment at once, round after round: one link each time, never a database error', async () => {
		const w = await world();
		const team = [];
		for (const name of ['Anna', 'Bas', 'Cor', 'Dirk']) team.push(await volunteer(w.orgA.id, name));
		for (let round = 0; round < 4; round++) {
			const r = await w.ask();
			await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: team.map((v) => v.personId) });
			const tokens = await Promise.all(team.map((v) => tokenFor(v.email!)));
			const results = await Promise.allSettled([
				...tokens.map((t) => answerInvitation(anonymous, t, 'accept')),
				assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: team[0]!.personId })
			]);
			const linked = results.filter(
				(x) => x.status === 'fulfilled' && (x.value === 'accepted' || typeof x.value === 'object')
			);
			expect(linked, `round ${round}`).toHaveLength(1);
			for (const x of results)
				if (x.status === 'rejected') expect(x.reason, `round ${round}`).toBeInstanceOf(DomainError);
			expect((await eventsOf(r.id)).filter((e) => e.toStatus === 'gekoppeld')).toHaveLength(1);
			// Each round's mails are read fresh: clear the way for the next invitation link.
			const db = await getDb();
			await db.delete(outbox).where(
				inArray(
					outbox.toAddress,
					team.map((v) => v.email!)
				)
			);
		}
	});

	it('a coordinator assigning while a volunteer accepts: only one of them is linked', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna');
		const b = await volunteer(w.orgA.id, 'Bas');
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [a.personId] });
		const token = await tokenFor(a.email!);
		const [assigned, accepted] = await Promise.allSettled([
			assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: b.personId }),
			answerInvitation(anonymous, token, 'accept')
		]);
		const view = await getRequest(w.coordinator, w.orgA.id, r.id);
		expect(view.request.status).toBe('gekoppeld');
		if (assigned.status === 'fulfilled') {
			expect(view.request.volunteerId).toBe(b.personId);
			expect(accepted).toEqual({ status: 'fulfilled', value: 'taken' });
		} else {
			expect(assigned.reason).toBeInstanceOf(DomainError);
			expect(view.request.volunteerId).toBe(a.personId);
			expect(accepted).toEqual({ status: 'fulfilled', value: 'accepted' });
		}
		expect((await eventsOf(r.id)).filter((e) => e.toStatus === 'gekoppeld')).toHaveLength(1);
	});
});

// ---------------------------------------------------------------- assigning

describe('assigning a volunteer', () => {
	it('the coordinator assigns: matched, both told, open invitations withdrawn with a "taken" mail', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna Aangewezen');
		const b = await volunteer(w.orgA.id, 'Bas Uitgenodigd');
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [b.personId] });
		const updated = await assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: a.personId });
		expect(updated).toMatchObject({ status: 'gekoppeld', volunteerId: a.personId });
		expect(await kinds(a.email!)).toEqual(['help.matched_volunteer']);
		expect(await kinds(b.email!)).toEqual(['help.taken', 'help.invitation']);
		expect((await kinds(w.resident.email!))[0]).toBe('help.matched_resident');
		const view = await getRequest(w.coordinator, w.orgA.id, r.id);
		expect(view.request.residentInformedAt).toBeInstanceOf(Date);
		expect(view.invitations.map((i) => i.status)).toEqual(['withdrawn']);
		expect(await answerInvitation(anonymous, await tokenFor(b.email!), 'accept')).toBe('taken');
	});

	it('a matched request cannot be assigned again; the volunteer must be given', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna');
		const r = await matched(w, a);
		const e = await failure(assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: a.personId }));
		expect(e.messageKey).toBe('error_request_not_open');
		const missing = await failure(assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: '' }));
		expect(missing.fieldErrors).toEqual({ volunteerId: 'validation_required' });
		const invite = await failure(
			inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [a.personId] })
		);
		expect(invite.messageKey).toBe('error_request_not_open');
	});
});

// ---------------------------------------------------------------- lifecycle

describe('lifecycle', () => {
	it('every step from new to evaluated is recorded with who did it', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await w.ask({ date: today() });
		await setInProgress(w.coordinator, w.orgA.id, r.id, { note: 'Ik bel haar' });
		await assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: v.personId });
		await logHours(v, w.orgA.id, r.id, { hours: '1,5', km: '3' });
		await giveFeedback(w.resident, w.orgA.id, r.id, { rating: '5', comment: 'Fijn!' });
		const events = await eventsOf(r.id);
		expect(events.map((e) => [e.fromStatus, e.toStatus, e.byPersonId])).toEqual([
			[null, 'nieuw', w.resident.personId],
			['nieuw', 'in_behandeling', w.coordinator.personId],
			['in_behandeling', 'gekoppeld', w.coordinator.personId],
			['gekoppeld', 'uitgevoerd', v.personId],
			['uitgevoerd', 'geevalueerd', w.resident.personId]
		]);
		expect(events[1]!.note).toBe('Ik bel haar');
	});

	it('a coordinator takes a request in hand and can put it back as new', async () => {
		const w = await world();
		const r = await w.ask();
		expect((await setInProgress(w.coordinator, w.orgA.id, r.id, {})).status).toBe('in_behandeling');
		expect((await setInProgress(w.coordinator, w.orgA.id, r.id, {})).status).toBe('nieuw');
		await expect(setInProgress(w.resident, w.orgA.id, r.id, {})).rejects.toThrow(ForbiddenError);
	});

	it('a coordinator closes a request as cancelled or not worked out, with a reason; invitations end', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [v.personId] });
		const closed = await closeRequest(w.coordinator, w.orgA.id, r.id, {
			outcome: 'niet_gelukt',
			reason: 'no_volunteer',
			note: 'Niemand kon'
		});
		expect(closed).toMatchObject({ status: 'niet_gelukt', closeReason: 'no_volunteer' });
		const view = await getRequest(w.coordinator, w.orgA.id, r.id);
		expect(view.invitations.map((i) => i.status)).toEqual(['withdrawn']);
		expect(view.events.at(-1)).toMatchObject({ toStatus: 'niet_gelukt', note: 'Niemand kon' });
		expect(await answerInvitation(anonymous, await tokenFor(v.email!), 'accept')).toBe('taken');
		expect((await myTasks(v)).invitations).toEqual([]);
		// A matched request can be cancelled too.
		const other = await matched(w, v);
		expect(
			(await closeRequest(w.coordinator, w.orgA.id, other.id, { outcome: 'geannuleerd', reason: 'other' }))
				.status
		).toBe('geannuleerd');
	});

	it('closing needs an outcome and a known reason', async () => {
		const w = await world();
		const r = await w.ask();
		const e = await failure(closeRequest(w.coordinator, w.orgA.id, r.id, { outcome: 'weg', reason: '' }));
		expect(e.fieldErrors).toEqual({ outcome: 'validation_required', reason: 'validation_required' });
		const e2 = await failure(
			closeRequest(w.coordinator, w.orgA.id, r.id, { outcome: 'geannuleerd', reason: 'zin' })
		);
		expect(e2.fieldErrors).toEqual({ reason: 'validation_required' });
	});

	it('the resident may cancel their own request but not mark it as not worked out', async () => {
		const w = await world();
		const r = await w.ask();
		const e = await failure(
			closeRequest(w.resident, w.orgA.id, r.id, { outcome: 'niet_gelukt', reason: 'other' })
		);
		expect(e).toBeInstanceOf(DomainError);
		expect(e.status).toBe(403);
		expect(e.messageKey).toBe('error_status_change');
		const cancelled = await closeRequest(w.resident, w.orgA.id, r.id, {
			outcome: 'geannuleerd',
			reason: 'no_longer_needed'
		});
		expect(cancelled.status).toBe('geannuleerd');
		expect((await eventsOf(r.id)).at(-1)?.byPersonId).toBe(w.resident.personId);
	});

	it('a closed request cannot be closed again, taken in hand or assigned', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await w.ask();
		await closeRequest(w.coordinator, w.orgA.id, r.id, { outcome: 'geannuleerd', reason: 'other' });
		// One at a time: started together, a rejection not yet awaited counts as unhandled.
		for (const attempt of [
			() => closeRequest(w.coordinator, w.orgA.id, r.id, { outcome: 'niet_gelukt', reason: 'other' }),
			() => closeRequest(w.resident, w.orgA.id, r.id, { outcome: 'geannuleerd', reason: 'other' }),
			() => setInProgress(w.coordinator, w.orgA.id, r.id, {})
		])
			expect((await failure(attempt())).messageKey).toBe('error_status_change');
		const e = await failure(assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: v.personId }));
		expect(e.messageKey).toBe('error_request_not_open');
	});

	it('a volunteer cannot close the request they help with', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await matched(w, v);
		await expect(
			closeRequest(v, w.orgA.id, r.id, { outcome: 'geannuleerd', reason: 'other' })
		).rejects.toThrow(NotFoundError);
	});

	it('the linked volunteer may release the task: it goes back to the coordinator', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await matched(w, v);
		await expect(releaseTask(w.resident, w.orgA.id, r.id, {})).rejects.toThrow(DomainError);
		await expect(releaseTask(w.coordinator, w.orgA.id, r.id, {})).rejects.toThrow(DomainError);
		const released = await releaseTask(v, w.orgA.id, r.id, { note: 'Ik ben ziek' });
		expect(released).toMatchObject({ status: 'in_behandeling', volunteerId: null, matchedAt: null });
		expect((await eventsOf(r.id)).at(-1)).toMatchObject({
			fromStatus: 'gekoppeld',
			toStatus: 'in_behandeling',
			byPersonId: v.personId,
			note: 'Ik ben ziek'
		});
		await expect(getRequest(v, w.orgA.id, r.id)).rejects.toThrow(NotFoundError);
		expect((await myTasks(v)).tasks).toEqual([]);
		expect((await getRequest(w.resident, w.orgA.id, r.id)).volunteer).toBeNull();
	});

	it('after a volunteer released an accepted task, another invited volunteer can still accept it', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna');
		const b = await volunteer(w.orgA.id, 'Bas');
		const r = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [a.personId] });
		expect(await answerInvitation(anonymous, await tokenFor(a.email!), 'accept')).toBe('accepted');
		await releaseTask(a, w.orgA.id, r.id, {});
		// Their acceptance now counts as declined: they are not proposed for this request again.
		expect((await suggestions(w.coordinator, w.orgA.id, r.id)).map((s) => s.name)).toEqual(['Bas']);
		await inviteVolunteers(w.coordinator, w.orgA.id, r.id, { volunteerIds: [b.personId] });
		expect(await answerInvitation(anonymous, await tokenFor(b.email!), 'accept')).toBe('accepted');
		expect((await getRequest(w.coordinator, w.orgA.id, r.id)).request).toMatchObject({
			status: 'gekoppeld',
			volunteerId: b.personId
		});
	});

	it('a volunteer who released a directly assigned task is not proposed for it again', async () => {
		const w = await world();
		const a = await volunteer(w.orgA.id, 'Anna');
		await volunteer(w.orgA.id, 'Bas');
		const r = await matched(w, a);
		await releaseTask(a, w.orgA.id, r.id, {});
		expect((await suggestions(w.coordinator, w.orgA.id, r.id)).map((s) => s.name)).toEqual(['Bas']);
		await expect(
			assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: a.personId })
		).rejects.toThrow(DomainError);
	});

	it('when matched help is called off, the volunteer gets a mail so nobody stands at the door for nothing', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await matched(w, v);
		expect(await kinds(v.email!)).not.toContain('help.called_off');
		await closeRequest(w.resident, w.orgA.id, r.id, { outcome: 'geannuleerd', reason: 'no_longer_needed' });
		expect(await kinds(v.email!)).toContain('help.called_off');
		// An open request that is cancelled tells nobody: nobody was coming.
		const other = await volunteer(w.orgA.id, 'Otto');
		const open = await w.ask();
		await closeRequest(w.coordinator, w.orgA.id, open.id, { outcome: 'geannuleerd', reason: 'other' });
		expect(await kinds(other.email!)).not.toContain('help.called_off');
	});
});

// ---------------------------------------------------------------- after the help

describe('after the help', () => {
	it('the volunteer logs hours and km; the km rate of that day is kept', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const first = await matched(w, v);
		const done = await logHours(v, w.orgA.id, first.id, { hours: '2,5', km: '12.4', note: 'Ging goed' });
		expect(done.status).toBe('uitgevoerd');
		await setKmRate(w.coordinator, w.orgA.id, { kmRate: '0,19' });
		const second = await matched(w, v);
		await logHours(v, w.orgA.id, second.id, { hours: '1' });
		const db = await getDb();
		const [r1] = await db.select().from(helpReport).where(eq(helpReport.requestId, first.id));
		const [r2] = await db.select().from(helpReport).where(eq(helpReport.requestId, second.id));
		expect(r1).toMatchObject({ hours: 2.5, km: 12.4, kmRateCents: 30, volunteerId: v.personId });
		expect(r2).toMatchObject({ hours: 1, km: 0, kmRateCents: 19 });
		expect((await getRequest(w.resident, w.orgA.id, first.id)).report?.hours).toBe(2.5);
	});

	it('absurd hours or km are refused with message keys', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await matched(w, v);
		const cases: [Record<string, unknown>, Record<string, string>][] = [
			[{ hours: '1', km: '501' }, { km: 'validation_number_range' }],
			[{ hours: '1', km: '-3' }, { km: 'validation_number_range' }],
			[{ hours: '0', km: '1' }, { hours: 'validation_number_range' }],
			[{ hours: '25' }, { hours: 'validation_number_range' }],
			[
				{ hours: 'heel lang', km: '1e9' },
				{ hours: 'validation_decimal', km: 'validation_decimal' }
			],
			[{}, { hours: 'validation_required' }]
		];
		for (const [values, errors] of cases) {
			const e = await failure(logHours(v, w.orgA.id, r.id, values));
			expect(e.fieldErrors, JSON.stringify(values)).toEqual(errors);
		}
		expect((await getRequest(v, w.orgA.id, r.id)).request.status).toBe('gekoppeld');
	});

	it('hours cannot be logged before the day of the help', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await matched(w, v, { date: day(2) });
		expect((await failure(logHours(v, w.orgA.id, r.id, { hours: '1' }))).messageKey).toBe(
			'error_not_yet_happened'
		);
	});

	it('only the linked volunteer or a coordinator logs hours, and only once', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const other = await volunteer(w.orgA.id, 'Otto');
		const r = await matched(w, v);
		expect((await failure(logHours(w.resident, w.orgA.id, r.id, { hours: '1' }))).messageKey).toBe(
			'error_status_change'
		);
		await expect(logHours(other, w.orgA.id, r.id, { hours: '1' })).rejects.toThrow(NotFoundError);
		await logHours(w.coordinator, w.orgA.id, r.id, { hours: '1', km: '4' });
		const db = await getDb();
		const [report] = await db.select().from(helpReport).where(eq(helpReport.requestId, r.id));
		expect(report).toMatchObject({ volunteerId: v.personId, loggedBy: w.coordinator.personId });
		expect((await failure(logHours(v, w.orgA.id, r.id, { hours: '1' }))).messageKey).toBe(
			'error_status_change'
		);
		// An open request has no hours yet.
		const open = await w.ask({ date: today() });
		expect((await failure(logHours(w.coordinator, w.orgA.id, open.id, { hours: '1' }))).messageKey).toBe(
			'error_status_change'
		);
	});

	it('the resident gives feedback from 1 to 5 after the help; the request is evaluated', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const r = await matched(w, v);
		expect((await failure(giveFeedback(w.resident, w.orgA.id, r.id, { rating: '4' }))).messageKey).toBe(
			'error_status_change'
		);
		await logHours(v, w.orgA.id, r.id, { hours: '1' });
		for (const rating of ['0', '6', '3,5', 'goed', ''])
			expect(
				(await failure(giveFeedback(w.resident, w.orgA.id, r.id, { rating }))).fieldErrors,
				rating
			).toEqual({ rating: 'validation_rating' });
		expect((await failure(giveFeedback(v, w.orgA.id, r.id, { rating: '5' }))).messageKey).toBe(
			'error_status_change'
		);
		const evaluated = await giveFeedback(w.resident, w.orgA.id, r.id, { rating: '4', comment: 'Top' });
		expect(evaluated.status).toBe('geevalueerd');
		expect((await getRequest(w.resident, w.orgA.id, r.id)).feedback).toMatchObject({
			rating: 4,
			comment: 'Top'
		});
		expect((await getRequest(w.coordinator, w.orgA.id, r.id)).feedback?.rating).toBe(4);
		expect((await getRequest(v, w.orgA.id, r.id)).feedback).toBeNull();
		expect((await failure(giveFeedback(w.coordinator, w.orgA.id, r.id, { rating: '2' }))).messageKey).toBe(
			'error_status_change'
		);
	});

	it('"not this volunteer again": after feedback with a block the volunteer is never proposed for this resident', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Geblokkeerd');
		const r = await matched(w, v);
		await logHours(v, w.orgA.id, r.id, { hours: '1' });
		await giveFeedback(w.coordinator, w.orgA.id, r.id, { rating: '1', block: 'on' });
		const next = await w.ask();
		expect(await suggestions(w.coordinator, w.orgA.id, next.id)).toEqual([]);
		const e = await failure(assignVolunteer(w.coordinator, w.orgA.id, next.id, { volunteerId: v.personId }));
		expect(e.messageKey).toBe('error_volunteer_not_eligible');
	});

	it('a volunteer sees their own hours and km of a year with the reimbursement', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Veel');
		const other = await volunteer(w.orgA.id, 'Otto Ander');
		const first = await matched(w, v);
		await logHours(v, w.orgA.id, first.id, { hours: '2', km: '10' });
		await setKmRate(w.coordinator, w.orgA.id, { kmRate: '0.25' });
		const second = await matched(w, v);
		await logHours(v, w.orgA.id, second.id, { hours: '1,5', km: '4,2' });
		const third = await matched(w, other);
		await logHours(other, w.orgA.id, third.id, { hours: '8', km: '100' });
		const year = Number(today().slice(0, 4));
		const mine = await myHours(v, year);
		expect(mine.name).toBe('Vera Veel');
		expect(mine.rows.map((r) => r.requestId).sort()).toEqual([first.id, second.id].sort());
		expect(mine.totals.hours).toBeCloseTo(3.5);
		expect(mine.totals.km).toBeCloseTo(14.2);
		expect(mine.totals.reimbursementCents).toBe(10 * 30 + Math.round(4.2 * 25));
		expect((await myHours(v, year - 1)).rows).toEqual([]);
		await expect(myHours(anonymous, year)).rejects.toThrow(UnauthenticatedError);
	});
});

// ---------------------------------------------------------------- offers

describe('one-off offers', () => {
	const offer = (w: World, values: Record<string, unknown> = {}) => ({
		categoryId: w.category('vervoer'),
		date: day(5),
		timeFrom: '09:00',
		description: 'Ik rijd zaterdag naar de markt',
		seats: '2',
		...values
	});

	it('a volunteer offers help; members see it with the first name only', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera van Vliet');
		const created = await createOffer(v, w.orgA.id, offer(w));
		expect(created).toMatchObject({ volunteerId: v.personId, seats: 2, date: day(5) });
		const forResident = await listOffers(w.resident, w.orgA.id);
		expect(forResident.offers).toHaveLength(1);
		expect(forResident.offers[0]).toMatchObject({ volunteerName: 'Vera', mine: false, seats: 2 });
		expect(forResident.canOffer).toBe(false);
		const forVolunteer = await listOffers(v, w.orgA.id);
		expect(forVolunteer.offers[0]?.mine).toBe(true);
		expect(forVolunteer.canOffer).toBe(true);
	});

	it('an offer needs a date that has not passed, a description and a known category', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const e = await failure(
			createOffer(
				v,
				w.orgA.id,
				offer(w, { categoryId: '', date: day(-1), description: '', seats: '9', timeTo: '08:00' })
			)
		);
		expect(e.fieldErrors).toEqual({
			categoryId: 'validation_required',
			date: 'validation_date_past',
			description: 'validation_required',
			seats: 'validation_number_range',
			timeTo: 'validation_time_order'
		});
		expect((await failure(createOffer(v, w.orgA.id, offer(w, { date: '' })))).fieldErrors).toEqual({
			date: 'validation_required'
		});
		const unknown = await failure(createOffer(v, w.orgA.id, offer(w, { categoryId: crypto.randomUUID() })));
		expect(unknown.fieldErrors).toEqual({ categoryId: 'validation_invalid' });
	});

	it('only volunteers and coordinators make offers; outsiders and other coops do not see them', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		await createOffer(v, w.orgA.id, offer(w));
		await expect(createOffer(w.resident, w.orgA.id, offer(w))).rejects.toThrow(ForbiddenError);
		const volunteerOfB = await volunteer(w.orgB.id, 'Bert', { postcode: '3521 AA' });
		await expect(listOffers(volunteerOfB, w.orgA.id)).rejects.toThrow(ForbiddenError);
		await expect(createOffer(volunteerOfB, w.orgA.id, offer(w))).rejects.toThrow(ForbiddenError);
		await expect(listOffers(await outsider(), w.orgA.id)).rejects.toThrow(ForbiddenError);
		await expect(listOffers(anonymous, w.orgA.id)).rejects.toThrow(UnauthenticatedError);
		expect((await listOffers(await personWith(w.orgB.id, ['coordinator']), w.orgB.id)).offers).toEqual([]);
	});

	it('a volunteer withdraws their own offer, a coordinator any offer, nobody else', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const other = await volunteer(w.orgA.id, 'Otto');
		const mine = await createOffer(v, w.orgA.id, offer(w));
		const second = await createOffer(v, w.orgA.id, offer(w, { date: day(6) }));
		await expect(withdrawOffer(other, w.orgA.id, mine.id)).rejects.toThrow(NotFoundError);
		await expect(withdrawOffer(w.resident, w.orgA.id, mine.id)).rejects.toThrow(ForbiddenError);
		expect((await withdrawOffer(v, w.orgA.id, mine.id)).withdrawnAt).toBeInstanceOf(Date);
		await expect(withdrawOffer(v, w.orgA.id, mine.id)).rejects.toThrow(NotFoundError);
		await withdrawOffer(w.coordinator, w.orgA.id, second.id);
		expect((await listOffers(w.resident, w.orgA.id)).offers).toEqual([]);
		await expect(withdrawOffer(v, w.orgA.id, 'kapot')).rejects.toThrow(NotFoundError);
	});

	it('the resident and the coordinator see offers that fit a request; the volunteer does not need them', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Rijders', { skills: ['vervoer'] });
		await createOffer(v, w.orgA.id, offer(w, { date: day(5) }));
		await createOffer(v, w.orgA.id, offer(w, { date: day(2) }));
		await createOffer(v, w.orgA.id, offer(w, { date: day(5), categoryId: w.category('klussen') }));
		const ride = await w.ask({
			categoryId: w.category('vervoer'),
			date: day(4),
			pickup: 'Thuis',
			destination: 'Markt'
		});
		const fitting = await offersForRequest(w.resident, w.orgA.id, ride.id);
		expect(fitting.map((o) => o.date)).toEqual([day(5)]);
		expect(fitting[0]?.volunteerName).toBe('Vera'); // the first name only, as in the offers list
		expect(await offersForRequest(w.coordinator, w.orgA.id, ride.id)).toHaveLength(1);
		const r = await matched(w, v, {
			categoryId: w.category('vervoer'),
			pickup: 'Thuis',
			destination: 'Markt'
		});
		expect(await offersForRequest(v, w.orgA.id, r.id)).toEqual([]);
	});
});

// ---------------------------------------------------------------- overviews

describe('overviews', () => {
	it('the board filters by status, category, buurt, urgency and dates, urgent first', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const normal = await w.ask({ date: day(2) });
		const urgent = await w.ask({ date: day(9), urgency: 'urgent' });
		const soon = await w.ask({ date: day(4), urgency: 'soon', categoryId: w.category('klussen') });
		const flexible = await w.ask({ date: '', flexible: 'on', postcode: '9999 ZZ', address: 'Ver 1' });
		const done = await matched(w, v, { date: day(1) });
		const ids = async (filter: Record<string, unknown>) =>
			(await board(w.coordinator, w.orgA.id, filter)).rows.map((r) => r.id);
		expect(await ids({})).toEqual([urgent.id, soon.id, done.id, normal.id, flexible.id]);
		expect(await ids({ status: 'gekoppeld' })).toEqual([done.id]);
		expect(await ids({ categoryId: w.category('klussen') })).toEqual([soon.id]);
		expect(await ids({ urgency: 'urgent' })).toEqual([urgent.id]);
		expect(await ids({ areaId: w.buurtA.id })).not.toContain(flexible.id);
		// Flexible requests stay in every date range.
		expect(await ids({ from: day(3), to: day(5) })).toEqual([soon.id, flexible.id]);
		// Filters that make no sense are ignored.
		expect(await ids({ status: 'kapot', categoryId: 'x', from: 'gisteren', page: '-4' })).toHaveLength(5);
		const result = await board(w.coordinator, w.orgA.id, {});
		expect(result.counts).toEqual({ nieuw: 4, gekoppeld: 1 });
		expect(result.total).toBe(5);
		expect(result.rows.find((r) => r.id === done.id)?.volunteerName).toBe('Vera');
	});

	it('the call list shows open requests of the coming week with volunteers to call, and who to inform', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera Bel', { phone: '06 12121212' });
		const soon = await w.ask({ date: day(2) });
		const later = await w.ask({ date: day(20) });
		const { person } = await registerManagedMember(w.coordinator, w.orgA.id, {
			name: 'Opa Zonder Mail',
			address: 'Hofje 3',
			postcode: '3561 XY',
			phone: '030 1111111',
			consent: 'on'
		});
		const [forOpa] = await intakeRequest(w.coordinator, w.orgA.id, { ...w.form(), personId: person.id });
		await assignVolunteer(w.coordinator, w.orgA.id, forOpa!.id, { volunteerId: v.personId });
		const list = await callList(w.coordinator, w.orgA.id);
		expect(list.open.map((r) => r.id)).toEqual([soon.id]);
		expect(list.open.map((r) => r.id)).not.toContain(later.id);
		expect(list.open[0]?.call).toEqual([{ name: 'Vera Bel', phone: '06 12121212' }]);
		expect(list.open[0]?.residentPhone).toBe('030 1234567');
		// The resident with e-mail heard by mail; the one without must be called.
		expect(list.inform.map((r) => r.id)).toEqual([forOpa!.id]);
		expect(list.inform[0]).toMatchObject({ residentPhone: '030 1111111', volunteerPhone: '06 12121212' });
		await markResidentInformed(w.coordinator, w.orgA.id, forOpa!.id);
		expect((await callList(w.coordinator, w.orgA.id)).inform).toEqual([]);
	});

	it("the call list says which language to call a resident in: the request's own, else the resident's", async () => {
		const w = await world();
		const { person } = await registerManagedMember(w.coordinator, w.orgA.id, {
			name: 'Mevrouw Yilmaz',
			address: 'Hofje 5',
			postcode: '3561 XY',
			phone: '030 2222222',
			languages: ['tr', 'nl'],
			consent: 'on'
		});
		const [own] = await intakeRequest(w.coordinator, w.orgA.id, {
			...w.form({ date: day(1) }),
			personId: person.id
		});
		const [asked] = await intakeRequest(w.coordinator, w.orgA.id, {
			...w.form({ date: day(2), language: 'ar' }),
			personId: person.id
		});
		const open = (await callList(w.coordinator, w.orgA.id)).open;
		expect(open.find((r) => r.id === own!.id)?.residentLanguages).toEqual(['tr', 'nl']);
		expect(open.find((r) => r.id === asked!.id)?.residentLanguages).toEqual(['ar']);
	});

	it('unmatched demand counts asked, served and unserved per category and week, next to the supply', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera', { skills: ['boodschappen', 'klussen'] });
		await volunteer(w.orgA.id, 'Otto', { skills: ['klussen'] });
		await matched(w, v);
		const failed = await w.ask({ date: today() });
		await closeRequest(w.coordinator, w.orgA.id, failed.id, {
			outcome: 'niet_gelukt',
			reason: 'no_volunteer'
		});
		const unneeded = await w.ask({ date: today() });
		await closeRequest(w.coordinator, w.orgA.id, unneeded.id, {
			outcome: 'geannuleerd',
			reason: 'no_longer_needed'
		});
		await w.ask({ date: today(), categoryId: w.category('klussen') });
		await w.ask({ date: today(), categoryId: w.category('overig'), description: 'Iets anders' });
		const bestuur = await personWith(w.orgA.id, ['bestuur']);
		const result = await unmatchedDemand(bestuur, w.orgA.id, { weeks: '4' });
		expect(result.weeks).toBe(4);
		const cell = (key: string) => result.rows.find((r) => r.categoryId === w.category(key));
		expect(cell('boodschappen')).toMatchObject({
			areaId: w.buurtA.id,
			asked: 3,
			served: 1,
			unserved: 1,
			volunteers: 1
		});
		expect(cell('klussen')).toMatchObject({ asked: 1, served: 0, unserved: 0, volunteers: 2 });
		// Any volunteer may take "overig": each counts once, whatever their number of skills.
		expect(cell('overig')).toMatchObject({ asked: 1, volunteers: 2 });
		expect(result.rows.every((r) => r.week === result.rows[0]!.week)).toBe(true);
		await expect(unmatchedDemand(v, w.orgA.id, {})).rejects.toThrow(ForbiddenError);
		expect((await unmatchedDemand(bestuur, w.orgA.id, { weeks: '900' })).weeks).toBe(8);
	});

	it('my requests lists what I asked or was asked for me; my tasks the tasks and open invitations', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const mine = await w.ask();
		const task = await matched(w, v);
		const invited = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, invited.id, { volunteerIds: [v.personId] });
		expect((await myRequests(w.resident)).map((r) => r.id).sort()).toEqual(
			[mine.id, task.id, invited.id].sort()
		);
		const tasks = await myTasks(v);
		expect(tasks.tasks.map((t) => t.id)).toEqual([task.id]);
		expect(tasks.invitations.map((i) => i.requestId)).toEqual([invited.id]);
		expect(tasks.tasks[0]).toMatchObject({ orgSlug: w.orgA.slug, status: 'gekoppeld' });
		await expect(myTasks(anonymous)).rejects.toThrow(UnauthenticatedError);
		await expect(myRequests(system)).rejects.toThrow(ForbiddenError);
	});

	it('my tasks list agreed help soonest first, then the rest', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const later = await w.ask({ date: day(9) });
		const sooner = await w.ask({ date: day(2) });
		const done = await matched(w, v);
		for (const r of [later, sooner])
			await assignVolunteer(w.coordinator, w.orgA.id, r.id, { volunteerId: v.personId });
		await logHours(v, w.orgA.id, done.id, { hours: '1' });
		expect((await myTasks(v)).tasks.map((t) => t.id)).toEqual([sooner.id, later.id, done.id]);
	});

	it('a volunteer pauses and opts in to the digest; a pause date must be a real date', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		expect(await myPreference(v)).toEqual({ pausedUntil: null, digest: false });
		await setMyPreference(v, { pausedUntil: day(14), digest: 'on' });
		expect(await myPreference(v)).toEqual({ pausedUntil: day(14), digest: true });
		await setMyPreference(v, {});
		expect(await myPreference(v)).toEqual({ pausedUntil: null, digest: false });
		expect((await failure(setMyPreference(v, { pausedUntil: '2025-13-01' }))).fieldErrors).toEqual({
			pausedUntil: 'validation_date'
		});
	});
});

// ---------------------------------------------------------------- jobs

describe('scheduled jobs', () => {
	it('reminders go out the day before, to the volunteer and the resident, once only', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Vera');
		const tomorrow = await matched(w, v, { date: day(1) });
		const later = await w.ask({ date: day(2) });
		await assignVolunteer(w.coordinator, w.orgA.id, later.id, { volunteerId: v.personId });
		const open = await w.ask({ date: day(1) });
		expect(await sendReminders(system)).toBeGreaterThanOrEqual(1);
		const reminders = async (email: string) =>
			(await mailsTo(email)).filter((m) => m.kind === 'help.reminder');
		expect(await reminders(v.email!)).toHaveLength(1);
		expect(await reminders(w.resident.email!)).toHaveLength(1);
		expect((await reminders(v.email!))[0]?.text).toContain(`/${w.orgA.slug}/hulpvragen/${tomorrow.id}`);
		await sendReminders(system);
		expect(await reminders(v.email!)).toHaveLength(1);
		expect(await reminders(w.resident.email!)).toHaveLength(1);
		expect(open.status).toBe('nieuw');
		await expect(sendReminders(w.coordinator)).rejects.toThrow(ForbiddenError);
	});

	it('the digest goes only to volunteers who opted in, are not paused and have a fitting skill, once a day', async () => {
		const w = await world();
		const fits = await volunteer(w.orgA.id, 'Digest Ja');
		const noOptIn = await volunteer(w.orgA.id, 'Digest Nee');
		const paused = await volunteer(w.orgA.id, 'Digest Pauze');
		const otherSkill = await volunteer(w.orgA.id, 'Digest Klusser', { skills: ['klussen'] });
		const ofB = await volunteer(w.orgB.id, 'Digest Andere Coop', { postcode: '3521 AA' });
		for (const p of [fits, otherSkill, ofB]) await setMyPreference(p, { digest: 'on' });
		await setMyPreference(paused, { digest: 'on', pausedUntil: day(3) });
		const r = await w.ask({ timeFrom: '10:00' });
		await sendDigests(system);
		const digests = async (email: string) => (await mailsTo(email)).filter((m) => m.kind === 'help.digest');
		const [mail] = await digests(fits.email!);
		expect(mail?.text).toContain(w.orgA.slug);
		for (const secret of ['Rita', 'Dorpsstraat', '030 1234567', r.description])
			expect(mail?.text).not.toContain(secret);
		for (const p of [noOptIn, paused, otherSkill, ofB]) expect(await digests(p.email!), p.name).toEqual([]);
		// Not twice on one day, and a later run only brings requests that are new since.
		await w.ask();
		await sendDigests(system);
		expect(await digests(fits.email!)).toHaveLength(1);
		await sendDigests(system, new Date(Date.now() + 21 * 3600_000));
		expect(await digests(fits.email!)).toHaveLength(2);
		await expect(sendDigests(fits)).rejects.toThrow(ForbiddenError);
	});
});

// ---------------------------------------------------------------- tenancy

describe('tenancy', () => {
	it('a coordinator of organisation A gets 403 on organisation B for every use case', async () => {
		const w = await world();
		const coordinatorB = await personWith(w.orgB.id, ['coordinator']);
		const residentB = await personWith(w.orgB.id, ['bewoner']);
		const categoryB = (await listCategories(coordinatorB, w.orgB.id)).categories[1]!.id;
		const [requestB] = await intakeRequest(coordinatorB, w.orgB.id, {
			personId: residentB.personId,
			categoryId: categoryB,
			description: 'Hulp in B',
			date: day(3)
		});
		const volunteerB = await volunteer(w.orgB.id, 'Bert', { postcode: '3521 AA' });
		const offerB = await createOffer(volunteerB, w.orgB.id, {
			categoryId: categoryB,
			date: day(3),
			description: 'Aanbod in B'
		});
		const a = w.coordinator;
		const b = w.orgB.id;
		const id = requestB!.id;
		const form = { categoryId: categoryB, description: 'x', date: day(3) };
		const calls: [string, () => Promise<unknown>][] = [
			['requestFormContext', () => requestFormContext(a, b)],
			['listCategories', () => listCategories(a, b)],
			['addCategory', () => addCategory(a, b, { name: 'X' })],
			['updateCategory', () => updateCategory(a, b, categoryB, { name: 'X' })],
			['setKmRate', () => setKmRate(a, b, { kmRate: '0.5' })],
			['requestHelp', () => requestHelp(a, b, form)],
			['referRequest', () => referRequest(a, b, form)],
			['intakeRequest', () => intakeRequest(a, b, { ...form, personId: residentB.personId })],
			['findResidents', () => findResidents(a, b, 'Test')],
			['intakeContext', () => intakeContext(a, b, residentB.personId)],
			['getRequest', () => getRequest(a, b, id)],
			['suggestions', () => suggestions(a, b, id)],
			['offersForRequest', () => offersForRequest(a, b, id)],
			['assignVolunteer', () => assignVolunteer(a, b, id, { volunteerId: volunteerB.personId })],
			['inviteVolunteers', () => inviteVolunteers(a, b, id, { volunteerIds: [volunteerB.personId] })],
			['setInProgress', () => setInProgress(a, b, id, {})],
			['closeRequest', () => closeRequest(a, b, id, { outcome: 'geannuleerd', reason: 'other' })],
			['releaseTask', () => releaseTask(a, b, id, {})],
			['markResidentInformed', () => markResidentInformed(a, b, id)],
			['logHours', () => logHours(a, b, id, { hours: '1' })],
			['giveFeedback', () => giveFeedback(a, b, id, { rating: '3' })],
			['board', () => board(a, b, {})],
			['callList', () => callList(a, b)],
			['unmatchedDemand', () => unmatchedDemand(a, b, {})],
			['listOffers', () => listOffers(a, b)],
			['createOffer', () => createOffer(a, b, { ...form, date: day(3) })],
			['withdrawOffer', () => withdrawOffer(a, b, offerB.id)]
		];
		for (const [name, call] of calls) {
			const e = await failure(call());
			expect(e, name).toBeInstanceOf(ForbiddenError);
		}
		// Nothing changed in B.
		const view = await getRequest(coordinatorB, b, id);
		expect(view.request.status).toBe('nieuw');
		expect(view.events).toHaveLength(1);
		expect((await listOffers(coordinatorB, b)).offers.map((o) => o.id)).toEqual([offerB.id]);
	});

	it('a request of organisation B cannot be reached through organisation A', async () => {
		const w = await world();
		const coordinatorB = await personWith(w.orgB.id, ['coordinator']);
		const residentB = await personWith(w.orgB.id, ['bewoner']);
		const categoryB = (await listCategories(coordinatorB, w.orgB.id)).categories[1]!.id;
		const [requestB] = await intakeRequest(coordinatorB, w.orgB.id, {
			personId: residentB.personId,
			categoryId: categoryB,
			description: 'Hulp in B',
			date: day(3)
		});
		const v = await volunteer(w.orgA.id, 'Vera');
		const a = w.coordinator;
		const id = requestB!.id;
		for (const call of [
			() => getRequest(a, w.orgA.id, id),
			() => suggestions(a, w.orgA.id, id),
			() => assignVolunteer(a, w.orgA.id, id, { volunteerId: v.personId }),
			() => inviteVolunteers(a, w.orgA.id, id, { volunteerIds: [v.personId] }),
			() => setInProgress(a, w.orgA.id, id, {}),
			() => closeRequest(a, w.orgA.id, id, { outcome: 'geannuleerd', reason: 'other' }),
			() => markResidentInformed(a, w.orgA.id, id),
			() => updateCategory(a, w.orgA.id, categoryB, { name: 'Overgenomen' })
		])
			await expect(call()).rejects.toThrow(NotFoundError);
		// B's category cannot be used in A either.
		expect((await failure(w.ask({ categoryId: categoryB }))).fieldErrors).toEqual({
			categoryId: 'validation_invalid'
		});
		expect((await board(a, w.orgA.id, {})).rows.map((r) => r.id)).not.toContain(id);
	});

	it('staff of the city coop above do not coordinate the requests of its member organisations', async () => {
		const w = await world();
		const cityBeheerder = await personWith(w.city.id, ['beheerder', 'coordinator']);
		const r = await w.ask();
		await expect(board(cityBeheerder, w.orgA.id, {})).rejects.toThrow(ForbiddenError);
		await expect(getRequest(cityBeheerder, w.orgA.id, r.id)).rejects.toThrow(ForbiddenError);
		await expect(unmatchedDemand(cityBeheerder, w.orgA.id, {})).rejects.toThrow(ForbiddenError);
	});
});
