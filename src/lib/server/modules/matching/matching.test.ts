import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { mailsTo, orgTree, personWith, system } from '#tests/factories/index.ts';
import { AVAILABILITY_SLOTS, type Role } from '#lib/domain/members.ts';
import type { PersonActor } from '../../shared/actor.ts';
import { addDays, hourOf, monthOf, today, weekdayOf, weekStart } from '../../shared/clock.ts';
import { ForbiddenError } from '../../shared/errors.ts';
import {
	answerInvitation,
	assignVolunteer,
	closeRequest,
	createOffer,
	giveFeedback,
	intakeRequest,
	inviteVolunteers,
	listOffers,
	logHours,
	requestFormContext,
	setMyPreference,
	suggestions,
	withdrawOffer
} from '../help/help.usecases.ts';
import { endMembership, listMembers, updateProfile } from '../members/members.usecases.ts';
import { addArea } from '../organisations/organisations.usecases.ts';
import { distanceKm, score, slotsFor, WEIGHTS, type CandidateFacts } from './matching.score.ts';
import { suggestVolunteers, type MatchSubject } from './matching.usecases.ts';

useTestDatabase();

const day = (n: number) => addDays(today(), n);

/** The first date at least `min` days ahead that falls on `weekday`. */
function next(weekday: ReturnType<typeof weekdayOf>, min = 2): string {
	for (let n = min; ; n++) if (weekdayOf(day(n)) === weekday) return day(n);
}

interface Profile {
	skills?: string[];
	availability?: string[];
	mobility?: string[];
	vogDate?: string;
	max?: number;
	languages?: string[];
	postcode?: string;
	roles?: Role[];
}

/** A volunteer of `orgId` with a profile (by default: boodschappen, always available, lives in buurt A). */
async function volunteer(orgId: string, name: string, p: Profile = {}): Promise<PersonActor> {
	const v = await personWith(orgId, p.roles ?? ['vrijwilliger'], name);
	await updateProfile(v, {
		name,
		phone: '06 11112222',
		address: 'Vrijwilligerspad 1',
		postcode: p.postcode ?? '3561 AB',
		skills: p.skills ?? ['boodschappen'],
		availability: p.availability ?? [...AVAILABILITY_SLOTS],
		mobility: p.mobility ?? [],
		languages: p.languages ?? ['nl'],
		vogDate: p.vogDate ?? '',
		maxRequestsPerMonth: p.max === undefined ? '' : String(p.max)
	});
	return v;
}

/** An organisation with a coordinator and a resident who lives in buurt A. */
async function world(residentLanguages: string[] = ['nl']) {
	const tree = await orgTree();
	const coordinator = await personWith(tree.orgA.id, ['coordinator'], 'Carla Coördinator');
	const resident = await personWith(tree.orgA.id, ['bewoner'], 'Rita Jansen');
	await updateProfile(resident, {
		name: 'Rita Jansen',
		phone: '030 1234567',
		address: 'Dorpsstraat 4',
		postcode: '3561 AB',
		languages: residentLanguages
	});
	const categories = (await requestFormContext(coordinator, tree.orgA.id)).categories;
	const category = (key: string) => categories.find((c) => c.key === key)!.id;
	/** A request for the resident, entered at intake; returns its id. */
	const ask = async (values: Record<string, unknown> = {}, residentId = resident.personId) => {
		const [created] = await intakeRequest(coordinator, tree.orgA.id, {
			personId: residentId,
			categoryId: category('boodschappen'),
			description: 'Boodschappen bij de supermarkt',
			date: day(3),
			...values
		});
		return created!.id;
	};
	const names = async (requestId: string) =>
		(await suggestions(coordinator, tree.orgA.id, requestId)).map((s) => s.name);
	return { ...tree, coordinator, resident, category, ask, names };
}

const recentVog = () => day(-30);

describe('matching: hard filters', () => {
	it('proposes only volunteers with the skill of the category', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Bram Boodschap', { skills: ['boodschappen'] });
		await volunteer(w.orgA.id, 'Kees Klusser', { skills: ['klussen'] });
		expect(await w.names(await w.ask())).toEqual(['Bram Boodschap']);
		expect(await w.names(await w.ask({ categoryId: w.category('klussen') }))).toEqual(['Kees Klusser']);
	});

	it('a request of the category "overig" may go to any volunteer', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Bram Boodschap', { skills: ['boodschappen'] });
		await volunteer(w.orgA.id, 'Zonder Vaardigheid', { skills: [] });
		const names = await w.names(await w.ask({ categoryId: w.category('overig') }));
		expect(names.sort()).toEqual(['Bram Boodschap', 'Zonder Vaardigheid']);
	});

	it('only members with the volunteer role are proposed, never other residents or staff', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Bea Bewoner', { roles: ['bewoner'] });
		await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		expect(await w.names(await w.ask())).toEqual(['Vera Vrijwilliger']);
	});

	it('a volunteer of another coop is never proposed', async () => {
		const w = await world();
		await volunteer(w.orgB.id, 'Olga Andere Coop', { postcode: '3521 AA' });
		await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		expect(await w.names(await w.ask())).toEqual(['Vera Vrijwilliger']);
	});

	it('a resident who is also a volunteer is not proposed for their own request', async () => {
		const w = await world();
		const both = await volunteer(w.orgA.id, 'Hanna Helpt', { roles: ['bewoner', 'vrijwilliger'] });
		const other = await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		const own = await w.ask({}, both.personId);
		expect(await w.names(own)).toEqual([other.name]);
	});

	it('a volunteer is proposed only when the weekly availability covers the time of the request', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Dinsdagochtend', { availability: ['tue-morning'] });
		await volunteer(w.orgA.id, 'Dinsdagmiddag', { availability: ['tue-afternoon'] });
		await volunteer(w.orgA.id, 'Woensdag', { availability: ['wed-morning', 'wed-afternoon'] });
		const tuesday = next('tue');
		expect(await w.names(await w.ask({ date: tuesday, timeFrom: '10:00', timeTo: '11:00' }))).toEqual([
			'Dinsdagochtend'
		]);
		expect(await w.names(await w.ask({ date: tuesday, timeFrom: '14:00' }))).toEqual(['Dinsdagmiddag']);
		// A window over noon touches both day parts.
		expect(
			(await w.names(await w.ask({ date: tuesday, timeFrom: '11:00', timeTo: '13:00' }))).sort()
		).toEqual(['Dinsdagmiddag', 'Dinsdagochtend']);
		// Without a time the whole day counts.
		expect((await w.names(await w.ask({ date: tuesday }))).sort()).toEqual([
			'Dinsdagmiddag',
			'Dinsdagochtend'
		]);
	});

	it('a flexible request may go to a volunteer whatever their availability', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Alleen Zondag', { availability: ['sun-evening'] });
		await volunteer(w.orgA.id, 'Nooit Beschikbaar', { availability: [] });
		const names = await w.names(await w.ask({ date: '', flexible: 'on' }));
		expect(names.sort()).toEqual(['Alleen Zondag', 'Nooit Beschikbaar']);
	});

	it('a volunteer without VOG is never proposed for a home visit', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Geen VOG', { skills: ['gezelschap'] });
		await volunteer(w.orgA.id, 'Met VOG', { skills: ['gezelschap'], vogDate: recentVog() });
		const visit = await w.ask({ categoryId: w.category('gezelschap'), description: 'Samen wandelen' });
		expect(await w.names(visit)).toEqual(['Met VOG']);
	});

	it('a VOG older than three years no longer counts', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Oude VOG', { skills: ['gezelschap'], vogDate: day(-4 * 365) });
		await volunteer(w.orgA.id, 'Verse VOG', { skills: ['gezelschap'], vogDate: day(-2 * 365) });
		const visit = await w.ask({ categoryId: w.category('gezelschap'), description: 'Koffie drinken' });
		expect(await w.names(visit)).toEqual(['Verse VOG']);
	});

	it('a VOG is also required when the request asks for it in a category that does not', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Geen VOG');
		await volunteer(w.orgA.id, 'Met VOG', { vogDate: recentVog() });
		expect(await w.names(await w.ask({ needsVog: 'on' }))).toEqual(['Met VOG']);
		expect((await w.names(await w.ask())).sort()).toEqual(['Geen VOG', 'Met VOG']);
	});

	it('a volunteer without a car is never proposed when a car is needed', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Fietser', { skills: ['vervoer'], mobility: ['bike'] });
		await volunteer(w.orgA.id, 'Automobilist', { skills: ['vervoer'], mobility: ['car', 'bike'] });
		const ride = await w.ask({
			categoryId: w.category('vervoer'),
			description: 'Naar het ziekenhuis',
			pickup: 'Dorpsstraat 4',
			destination: 'Diakonessenhuis',
			needsCar: 'on'
		});
		expect(await w.names(ride)).toEqual(['Automobilist']);
	});

	it('a volunteer over the monthly maximum is not proposed', async () => {
		const w = await world();
		const once = await volunteer(w.orgA.id, 'Eens Per Maand', { max: 1 });
		const date = day(3);
		const first = await w.ask({ date });
		await assignVolunteer(w.coordinator, w.orgA.id, first, { volunteerId: once.personId });
		expect(await w.names(await w.ask({ date }))).toEqual([]);
		// The next month has room again.
		expect(await w.names(await w.ask({ date: addDays(date, 31) }))).toEqual(['Eens Per Maand']);
	});

	it('a volunteer with room under the monthly maximum is still proposed', async () => {
		const w = await world();
		const twice = await volunteer(w.orgA.id, 'Twee Per Maand', { max: 2 });
		const date = day(3);
		await assignVolunteer(w.coordinator, w.orgA.id, await w.ask({ date }), { volunteerId: twice.personId });
		const [s] = await suggestions(w.coordinator, w.orgA.id, await w.ask({ date }));
		expect(s).toMatchObject({ name: 'Twee Per Maand', monthLoad: 1, maxPerMonth: 2 });
	});

	it('a cancelled request does not count towards the monthly maximum', async () => {
		const w = await world();
		const once = await volunteer(w.orgA.id, 'Eens Per Maand', { max: 1 });
		const date = day(3);
		const first = await w.ask({ date });
		await assignVolunteer(w.coordinator, w.orgA.id, first, { volunteerId: once.personId });
		await closeRequest(w.coordinator, w.orgA.id, first, {
			outcome: 'geannuleerd',
			reason: 'no_longer_needed'
		});
		expect(await w.names(await w.ask({ date }))).toEqual(['Eens Per Maand']);
	});

	it('a paused volunteer is not proposed until the pause is over', async () => {
		const w = await world();
		const paused = await volunteer(w.orgA.id, 'Met Pauze');
		await setMyPreference(paused, { pausedUntil: day(10) });
		expect(await w.names(await w.ask({ date: day(5) }))).toEqual([]);
		expect(await w.names(await w.ask({ date: day(10) }))).toEqual([]);
		expect(await w.names(await w.ask({ date: day(11) }))).toEqual(['Met Pauze']);
	});

	it('a volunteer the resident blocked is never proposed for that resident again, but still for others', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Niet Weer');
		const first = await w.ask({ date: today() });
		await assignVolunteer(w.coordinator, w.orgA.id, first, { volunteerId: v.personId });
		await logHours(v, w.orgA.id, first, { hours: '1', km: '2' });
		await giveFeedback(w.resident, w.orgA.id, first, { rating: '2', block: 'on' });
		expect(await w.names(await w.ask())).toEqual([]);
		const neighbour = await personWith(w.orgA.id, ['bewoner'], 'Nina Buur');
		expect(await w.names(await w.ask({}, neighbour.personId))).toEqual(['Niet Weer']);
	});

	it('a volunteer who declined a request is not proposed for it again', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Zegt Nee');
		await volunteer(w.orgA.id, 'Zegt Ja');
		const id = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, id, { volunteerIds: [v.personId] });
		const [mail] = await mailsTo(v.email!);
		const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
		expect(await answerInvitation(system, token, 'decline')).toBe('declined');
		expect(await w.names(id)).toEqual(['Zegt Ja']);
		// Another request of the same resident: they may be asked again.
		expect((await w.names(await w.ask())).sort()).toEqual(['Zegt Ja', 'Zegt Nee']);
	});

	it('a one-off offer on the request date counts as availability for that category', async () => {
		const w = await world();
		const v = await volunteer(w.orgA.id, 'Biedt Aan', { availability: [] });
		const date = day(4);
		await createOffer(v, w.orgA.id, {
			categoryId: w.category('boodschappen'),
			date,
			description: 'Ik ga naar de markt'
		});
		const id = await w.ask({ date, timeFrom: '10:00' });
		const [s] = await suggestions(w.coordinator, w.orgA.id, id);
		expect(s?.name).toBe('Biedt Aan');
		expect(s?.reasons.map((r) => r.key)).toContain('match_reason_offer');
		// Not on another day, nor for another category, nor once withdrawn.
		expect(await w.names(await w.ask({ date: addDays(date, 1), timeFrom: '10:00' }))).toEqual([]);
		expect(
			await w.names(
				await w.ask({ date, timeFrom: '10:00', categoryId: w.category('overig'), description: 'Iets anders' })
			)
		).toEqual([]);
		const { offers } = await listOffers(v, w.orgA.id);
		await withdrawOffer(v, w.orgA.id, offers[0]!.id);
		expect(await w.names(await w.ask({ date, timeFrom: '10:00' }))).toEqual([]);
	});

	it('an inactive volunteer membership is never proposed', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		const list = await listMembers(system, w.orgA.id, { q: 'Vera' });
		await endMembership(system, w.orgA.id, { membershipId: list.rows[0]!.membershipId, reason: 'verhuisd' });
		expect(await w.names(await w.ask())).toEqual([]);
	});
});

describe('matching: score and reasons', () => {
	it('a volunteer from the same buurt gets the full distance points', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Buurvrouw');
		const [s] = await suggestions(w.coordinator, w.orgA.id, await w.ask());
		expect(s?.areaName).toBe('Buurt A');
		expect(s?.reasons[0]).toEqual({ key: 'match_reason_same_area', points: WEIGHTS.distance });
	});

	it('distance between buurt centres costs 8 points per km, and unknown distance scores nothing', async () => {
		const w = await world();
		const near = await addArea(system, w.orgA.id, {
			name: 'Centrum',
			kind: 'buurt',
			postcodes: '3511',
			latitude: '52.0907',
			longitude: '5.1214'
		});
		await addArea(system, w.orgA.id, {
			name: 'Oost',
			kind: 'buurt',
			postcodes: '3581',
			latitude: '52.0907',
			longitude: '5.1360' // about 1 km east of Centrum
		});
		await volunteer(w.orgA.id, 'Olaf Oost', { postcode: '3581 AA' });
		await volunteer(w.orgA.id, 'Zonder Buurt', { postcode: '9999 ZZ' });
		const id = await w.ask({ postcode: '3511 AB', address: 'Oudegracht 1' });
		const list = await suggestions(w.coordinator, w.orgA.id, id);
		const oost = list.find((s) => s.name === 'Olaf Oost')!;
		const distance = oost.reasons.find((r) => r.key === 'match_reason_distance')!;
		expect(Number(distance.params!.km)).toBeCloseTo(1, 0);
		expect(distance.points).toBe(WEIGHTS.distance - 8);
		const unknown = list.find((s) => s.name === 'Zonder Buurt')!;
		expect(unknown.reasons[0]).toEqual({ key: 'match_reason_distance_unknown', points: 0 });
		expect(list.map((s) => s.name)).toEqual(['Olaf Oost', 'Zonder Buurt']);
		expect(near.name).toBe('Centrum');
	});

	it('a volunteer who helped this resident before ranks higher (continuity)', async () => {
		const w = await world();
		const known = await volunteer(w.orgA.id, 'Zeker Bekend');
		await volunteer(w.orgA.id, 'Anna Nieuw');
		const before = await w.ask({ date: today() });
		await assignVolunteer(w.coordinator, w.orgA.id, before, { volunteerId: known.personId });
		await logHours(known, w.orgA.id, before, { hours: '1' });
		const list = await suggestions(w.coordinator, w.orgA.id, await w.ask());
		expect(list[0]?.name).toBe('Zeker Bekend');
		expect(list[0]?.reasons).toContainEqual({
			key: 'match_reason_continuity',
			params: { count: 1 },
			points: 20
		});
		expect(list[1]?.reasons.map((r) => r.key)).not.toContain('match_reason_continuity');
	});

	it("a volunteer who speaks the resident's own language ranks higher (Dutch does not count)", async () => {
		const w = await world(['nl', 'tr']);
		await volunteer(w.orgA.id, 'Alleen Nederlands', { languages: ['nl'] });
		await volunteer(w.orgA.id, 'Zeynep Turks', { languages: ['nl', 'tr'] });
		const list = await suggestions(w.coordinator, w.orgA.id, await w.ask());
		expect(list.map((s) => s.name)).toEqual(['Zeynep Turks', 'Alleen Nederlands']);
		expect(list[0]?.reasons).toContainEqual({
			key: 'match_reason_language',
			params: { languages: 'tr' },
			points: WEIGHTS.language
		});
	});

	it('the language asked for in the request counts instead of the resident’s languages', async () => {
		const w = await world(['nl', 'tr']);
		await volunteer(w.orgA.id, 'Zeynep Turks', { languages: ['tr'] });
		await volunteer(w.orgA.id, 'Piotr Pools', { languages: ['pl'] });
		const list = await suggestions(w.coordinator, w.orgA.id, await w.ask({ language: 'pl' }));
		expect(list[0]?.name).toBe('Piotr Pools');
		expect(list[1]?.reasons.map((r) => r.key)).not.toContain('match_reason_language');
	});

	it('a volunteer who helped less in the last 30 days comes first (fairness)', async () => {
		const w = await world();
		const busy = await volunteer(w.orgA.id, 'Aart Druk');
		await volunteer(w.orgA.id, 'Zus Rustig');
		for (const n of [3, 4]) {
			const id = await w.ask({ date: day(n) });
			await assignVolunteer(w.coordinator, w.orgA.id, id, { volunteerId: busy.personId });
		}
		const neighbour = await personWith(w.orgA.id, ['bewoner'], 'Nina Buur');
		const list = await suggestions(w.coordinator, w.orgA.id, await w.ask({}, neighbour.personId));
		expect(list.map((s) => s.name)).toEqual(['Zus Rustig', 'Aart Druk']);
		expect(list[1]?.reasons).toContainEqual({
			key: 'match_reason_load',
			params: { count: 2 },
			points: WEIGHTS.fairness - 4
		});
		expect(list[0]?.reasons).toContainEqual({
			key: 'match_reason_load',
			params: { count: 0 },
			points: WEIGHTS.fairness
		});
	});

	it('reliability: a newcomer gets half the points, answered invitations count', async () => {
		const w = await world();
		const declines = await volunteer(w.orgA.id, 'Bert Weigert');
		await volunteer(w.orgA.id, 'Nieuwe Nelly');
		const first = await w.ask();
		await inviteVolunteers(w.coordinator, w.orgA.id, first, { volunteerIds: [declines.personId] });
		const token = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec((await mailsTo(declines.email!))[0]!.text)![1]!;
		await answerInvitation(system, token, 'decline');
		const list = await suggestions(w.coordinator, w.orgA.id, await w.ask());
		const newcomer = list.find((s) => s.name === 'Nieuwe Nelly')!;
		const decliner = list.find((s) => s.name === 'Bert Weigert')!;
		expect(newcomer.reasons).toContainEqual({ key: 'match_reason_new', points: WEIGHTS.reliability / 2 });
		expect(decliner.reasons).toContainEqual({
			key: 'match_reason_reliability',
			params: { percent: 0 },
			points: 0
		});
		expect(list.map((s) => s.name)).toEqual(['Nieuwe Nelly', 'Bert Weigert']);
	});

	it('the score is the sum of the points of its reasons, best first, equal scores by name', async () => {
		const w = await world();
		for (const name of ['Cor', 'Ans', 'Bep']) await volunteer(w.orgA.id, name);
		const list = await suggestions(w.coordinator, w.orgA.id, await w.ask());
		expect(list.map((s) => s.name)).toEqual(['Ans', 'Bep', 'Cor']);
		for (const s of list) expect(s.score).toBe(s.reasons.reduce((n, r) => n + r.points, 0));
	});

	it('suggestions stop at the limit and are empty for a request that is no longer open', async () => {
		const w = await world();
		for (const name of ['Ans', 'Bep', 'Cor', 'Dik']) await volunteer(w.orgA.id, name);
		const id = await w.ask();
		expect(await suggestions(w.coordinator, w.orgA.id, id, 2)).toHaveLength(2);
		await closeRequest(w.coordinator, w.orgA.id, id, { outcome: 'geannuleerd', reason: 'other' });
		expect(await suggestions(w.coordinator, w.orgA.id, id)).toEqual([]);
	});
});

describe('matching: policy', () => {
	it('only coordinators of the organisation get suggestions', async () => {
		const w = await world();
		await volunteer(w.orgA.id, 'Vera Vrijwilliger');
		const subject: MatchSubject = {
			orgId: w.orgA.id,
			requestId: null,
			residentId: w.resident.personId,
			residentLanguages: [],
			categoryId: w.category('boodschappen'),
			skill: 'boodschappen',
			areaId: w.buurtA.id,
			date: day(3),
			timeFrom: null,
			timeTo: null,
			needsVog: false,
			needsCar: false,
			language: null
		};
		expect((await suggestVolunteers(w.coordinator, subject)).map((s) => s.name)).toEqual([
			'Vera Vrijwilliger'
		]);
		const coordinatorB = await personWith(w.orgB.id, ['coordinator']);
		await expect(suggestVolunteers(coordinatorB, subject)).rejects.toThrow(ForbiddenError);
		await expect(suggestVolunteers(w.resident, subject)).rejects.toThrow(ForbiddenError);
		const bestuur = await personWith(w.orgA.id, ['bestuur']);
		await expect(suggestVolunteers(bestuur, subject)).rejects.toThrow(ForbiddenError);
	});
});

describe('matching: pure functions', () => {
	const base: CandidateFacts = {
		latitude: null,
		longitude: null,
		sameArea: false,
		languages: [],
		withResident: 0,
		recentLoad: 0,
		done: 0,
		failed: 0,
		accepted: 0,
		declined: 0,
		hasOffer: false
	};
	const nowhere = { latitude: null, longitude: null, languages: [] };

	it('calendar days: months (for the monthly maximum), weeks and weekdays', () => {
		expect(monthOf('2028-02-15')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
		expect(monthOf('2030-12-31')).toEqual({ first: '2030-12-01', last: '2030-12-31' });
		expect(addDays('2030-12-31', 1)).toBe('2031-01-01');
		expect(addDays('2030-03-31', -31)).toBe('2030-02-28');
		expect(weekStart('2030-01-13')).toBe('2030-01-07');
		expect(weekStart('2030-01-07')).toBe('2030-01-07');
		expect(weekdayOf('2030-03-31')).toBe('sun'); // the day the clocks go forward
		expect(today(new Date('2030-06-30T22:30:00Z'))).toBe('2030-07-01'); // Amsterdam is ahead of UTC
		expect(hourOf(new Date('2030-06-30T05:30:00Z'))).toBe(7); // summer time: UTC+2
		expect(hourOf(new Date('2030-01-15T23:10:00Z'))).toBe(0); // winter time: UTC+1, a new day
	});

	it('slotsFor gives the weekday and every day part the window touches', () => {
		const monday = '2030-01-07';
		expect(weekdayOf(monday)).toBe('mon');
		expect(slotsFor(monday, '09:00', '10:30')).toEqual(['mon-morning']);
		expect(slotsFor(monday, '11:30', '12:30')).toEqual(['mon-morning', 'mon-afternoon']);
		expect(slotsFor(monday, '16:30', null)).toEqual(['mon-afternoon', 'mon-evening']);
		expect(slotsFor(monday, '17:00', '18:00')).toEqual(['mon-evening']);
		expect(slotsFor(monday, null, null)).toEqual(['mon-morning', 'mon-afternoon', 'mon-evening']);
		expect(slotsFor('2030-01-13', '12:00', '17:00')).toEqual(['sun-afternoon']);
		expect(slotsFor(null, '10:00', '11:00')).toBeNull();
	});

	it('distanceKm is the great-circle distance', () => {
		const utrecht = { lat: 52.0907, lon: 5.1214 };
		const amsterdam = { lat: 52.3676, lon: 4.9041 };
		expect(distanceKm(utrecht, utrecht)).toBe(0);
		expect(distanceKm(utrecht, amsterdam)).toBeGreaterThan(33);
		expect(distanceKm(utrecht, amsterdam)).toBeLessThan(36);
		expect(distanceKm(utrecht, amsterdam)).toBeCloseTo(distanceKm(amsterdam, utrecht), 10);
	});

	it('distance gives no points from 5 km on', () => {
		const request = { latitude: 52.0907, longitude: 5.1214, languages: [] };
		const far = score(request, { ...base, latitude: 52.3676, longitude: 4.9041 });
		expect(far.reasons[0]).toMatchObject({ key: 'match_reason_distance', points: 0 });
		const close = score(request, { ...base, latitude: 52.0907, longitude: 5.1214 });
		expect(close.reasons[0]).toEqual({
			key: 'match_reason_distance',
			params: { km: '0.0' },
			points: WEIGHTS.distance
		});
	});

	it('continuity grows with each earlier match up to its weight', () => {
		const points = (n: number) =>
			score(nowhere, { ...base, withResident: n }).reasons.find((r) => r.key === 'match_reason_continuity')
				?.points;
		expect(points(0)).toBeUndefined();
		expect(points(1)).toBe(20);
		expect(points(2)).toBe(WEIGHTS.continuity);
		expect(points(9)).toBe(WEIGHTS.continuity);
	});

	it('fairness never goes below zero', () => {
		const load = score(nowhere, { ...base, recentLoad: 12 }).reasons.find(
			(r) => r.key === 'match_reason_load'
		);
		expect(load).toEqual({ key: 'match_reason_load', params: { count: 12 }, points: 0 });
	});

	it('reliability is kept commitments over all answers and finished help', () => {
		const r = score(nowhere, { ...base, accepted: 3, declined: 1, done: 3, failed: 1 }).reasons.find(
			(x) => x.key === 'match_reason_reliability'
		);
		expect(r).toEqual({ key: 'match_reason_reliability', params: { percent: 75 }, points: 8 });
	});

	it('every volunteer gets the same reasons in the same order, an offer adds a reason without points', () => {
		const s = score(
			{ latitude: null, longitude: null, languages: ['ar'] },
			{ ...base, sameArea: true, languages: ['ar', 'nl'], withResident: 1, hasOffer: true }
		);
		expect(s.reasons.map((r) => r.key)).toEqual([
			'match_reason_same_area',
			'match_reason_continuity',
			'match_reason_language',
			'match_reason_load',
			'match_reason_new',
			'match_reason_offer'
		]);
		expect(s.score).toBe(40 + 20 + 15 + 10 + 5 + 0);
	});
});
