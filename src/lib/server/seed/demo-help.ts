// Demo data for Vraag en aanbod: per member organisation half a year of help requests with their whole
// story (events, invitations, hours and km, feedback), and the coming two weeks. Deterministic: it draws
// from the seeded random of demo.ts, so the same day gives the same data; on another day the dates move
// with today (and with the weekdays, which volunteer's availability fits a request).
//
// History cannot be entered through the use cases: they refuse dates in the past and stamp every change
// with the current time. So the past is written straight into the help tables, in one transaction per
// organisation, following the rules the use cases keep: only volunteers who pass matching's hard filters
// (skill, VOG, car, availability, monthly maximum, blocks), transitions as in TRANSITIONS, one help event
// per change, reports and feedback only after the help took place, nothing later than now. (It has no
// audit rows: nobody did these things.) Everything from today on goes through the use cases, as the
// system, the coordinator, the resident or the volunteer, so it is exactly what the app itself makes,
// including the mails in the outbox.
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { systemActor, type PersonActor } from '../shared/actor.ts';
import { addDays, TIME_ZONE, today, weekdayOf } from '../shared/clock.ts';
import { membership, person } from '../modules/members/members.table.ts';
import { activeMembershipsOf, updateProfile } from '../modules/members/members.usecases.ts';
import { helpEvent, helpFeedback, helpInvitation, helpReport } from '../modules/help/help.table.ts';
import * as helpRepo from '../modules/help/help.repository.ts';
import * as help from '../modules/help/help.usecases.ts';
import { slotsFor } from '../modules/matching/matching.score.ts';
import {
	DEFAULT_CATEGORIES,
	DEFAULT_KM_RATE_CENTS,
	VOG_VALID_YEARS,
	type HelpStatus,
	type Urgency
} from '#lib/domain/help.ts';
import { WEEKDAYS, type Role } from '#lib/domain/members.ts';

/** The seeded random of demo.ts. */
export interface SeededRandom {
	next(): number;
	pick<T>(list: readonly T[]): T;
	/** A stream of its own, seeded from this one. Each request draws from its own stream, so that what
	 * depends on the clock (is the feedback in yet? whom does matching suggest?) never shifts the random
	 * numbers of the next request. */
	fork(): SeededRandom;
}

export interface HelpSeedOrg {
	id: string;
	name: string;
	coordinatorId: string;
	buurten: { id: string; name: string }[];
}

/** The demo accounts of Overvecht that get a story of their own (README, "Signing in to the demo"). */
export interface HelpSeedAccounts {
	volunteer: string;
	resident: string;
}

type CategoryKey = (typeof DEFAULT_CATEGORIES)[number];
type Window = readonly [from: string, to: string];

interface Wish {
	text: string;
	/** Where a ride goes (vervoer only). */
	destination?: string;
}

// ---------------------------------------------------------------- what residents ask

const WISHES: Record<CategoryKey, readonly Wish[]> = {
	vervoer: [
		{
			text: 'Rit naar het Diakonessenhuis voor controle bij de cardioloog',
			destination: 'Diakonessenhuis, Bosboomstraat 1'
		},
		{
			text: 'Rit naar het UMC Utrecht voor een afspraak bij de oogarts',
			destination: 'UMC Utrecht, Heidelberglaan 100'
		},
		{
			text: 'Naar het Antonius Ziekenhuis in Leidsche Rijn voor bloedprikken en een gesprek met de longarts',
			destination: 'St. Antonius Ziekenhuis, Soestwetering 1'
		},
		{
			text: 'Rit naar de fysiotherapeut. Ik kan niet meer zo ver lopen.',
			destination: 'Fysiotherapie in het gezondheidscentrum'
		},
		{
			text: 'Rit naar de tandarts. Graag iemand die even mee naar binnen loopt.',
			destination: 'Tandartspraktijk in de wijk'
		},
		{ text: 'Naar de audicien voor een nieuw hoortoestel', destination: 'Audicien in Hoog Catharijne' },
		{
			text: 'Naar het Stadskantoor voor een nieuwe identiteitskaart',
			destination: 'Stadskantoor, Stadsplateau 1'
		},
		{ text: 'Rit naar mijn zus in Nieuwegein voor haar verjaardag', destination: 'Nieuwegein' },
		{
			text: 'Naar de begraafplaats om het graf van mijn man te bezoeken',
			destination: 'Begraafplaats Tolsteeg'
		},
		{
			text: 'Rit naar het Diakonessenhuis voor een staaroperatie. Ik mag daarna zelf niet fietsen.',
			destination: 'Diakonessenhuis, Bosboomstraat 1'
		}
	],
	boodschappen: [
		{ text: 'Boodschappen bij de Albert Heijn, ik geef een lijstje mee' },
		{ text: 'Boodschappen doen. Ik ben net geopereerd aan mijn heup en mag nog niet ver lopen.' },
		{ text: 'Medicijnen ophalen bij de apotheek' },
		{ text: 'Samen naar de supermarkt. Ik kies graag zelf, maar ik kan de tassen niet dragen.' },
		{ text: 'Een krat water en een zak aardappelen halen, dat is te zwaar voor mij' },
		{ text: 'Boodschappen voor het weekend, het lijstje ligt klaar' },
		{ text: 'Pakketje ophalen bij het PostNL-punt' },
		{ text: 'Brood, melk en fruit halen. Ik ben ziek en kom de deur niet uit.' }
	],
	klussen: [
		{ text: 'Lamp ophangen in de woonkamer' },
		{ text: 'Gordijnrail ophangen in de slaapkamer' },
		{ text: 'Lekkende kraan in de keuken repareren' },
		{ text: 'Rookmelder ophangen en testen' },
		{ text: 'Kastje in elkaar zetten' },
		{ text: 'Schilderijen ophangen in mijn nieuwe woning' },
		{ text: 'Fietsband plakken, de achterband is lek' },
		{ text: 'De deur van de badkamer klemt. Kan iemand ernaar kijken?' },
		{ text: 'Wasmachine aansluiten na de verhuizing' }
	],
	gezelschap: [
		{ text: 'Samen koffie drinken en een praatje maken. Ik zie weinig mensen.' },
		{ text: 'Wandelen in het park. Ik durf niet meer alleen met de rollator.' },
		{ text: 'Samen een spelletje rummikub spelen' },
		{ text: 'Voorlezen uit de krant, mijn ogen worden slechter' },
		{ text: 'Mee naar de koffieochtend in het buurthuis. Alleen vind ik het spannend.' }
	],
	maaltijden: [
		{ text: 'Een warme maaltijd brengen. Ik ben net uit het ziekenhuis.' },
		{ text: 'Samen koken. Sinds mijn vrouw overleden is, lukt het me niet goed.' },
		{ text: 'Maaltijd ophalen bij het buurtrestaurant en thuisbrengen' }
	],
	administratie: [
		{ text: 'Hulp bij het formulier voor huurtoeslag' },
		{ text: 'Post doornemen. Ik begrijp de brieven van de gemeente niet goed.' },
		{ text: 'Hulp bij de aanvraag van een Wmo-voorziening' }
	],
	digitale_hulp: [
		{ text: 'Uitleg over de DigiD-app op mijn telefoon' },
		{ text: 'Videobellen met mijn kleinkinderen instellen op de tablet' },
		{ text: 'Hulp bij een afspraak maken via de website van de huisarts' },
		{ text: 'Nieuwe telefoon instellen en mijn foto’s overzetten' },
		{ text: 'Leren internetbankieren' }
	],
	tuin: [
		{ text: 'Heg knippen in de voortuin' },
		{ text: 'Bladeren opruimen in de achtertuin' },
		{ text: 'Balkonplanten verpotten' }
	],
	mantelzorgondersteuning: [
		{ text: 'Een middag bij mijn man blijven, zodat ik naar de kapper kan' },
		{ text: 'Bij mijn moeder met dementie zijn terwijl ik naar de huisarts ga' },
		{ text: 'Even bij mijn vader zitten terwijl ik boodschappen doe' }
	],
	overig: [{ text: 'Hond uitlaten, ik ben een week ziek' }, { text: 'Een paar dozen naar de berging dragen' }]
};

const WEEKLY_SHOPPING = 'Wekelijkse boodschappen bij de supermarkt. Het lijstje ligt klaar.';

/** Time windows that fit the category (local time). */
const WINDOWS: Record<CategoryKey, readonly Window[]> = {
	vervoer: [
		['08:30', '11:00'],
		['09:30', '12:00'],
		['13:00', '15:30'],
		['14:00', '16:30']
	],
	boodschappen: [
		['10:00', '11:30'],
		['14:00', '15:30'],
		['09:30', '11:00']
	],
	klussen: [
		['10:00', '12:00'],
		['13:30', '15:30'],
		['19:00', '20:30']
	],
	gezelschap: [
		['14:00', '16:00'],
		['10:00', '11:30'],
		['15:00', '16:30']
	],
	maaltijden: [
		['17:00', '18:30'],
		['12:00', '13:00']
	],
	administratie: [
		['10:00', '11:30'],
		['19:00', '20:30']
	],
	digitale_hulp: [
		['10:00', '11:30'],
		['14:00', '15:30'],
		['19:00', '20:30']
	],
	tuin: [
		['10:00', '13:00'],
		['13:30', '16:00']
	],
	mantelzorgondersteuning: [
		['13:00', '17:00'],
		['09:00', '13:00']
	],
	overig: [
		['10:00', '11:00'],
		['16:00', '17:00']
	]
};

/** How often a request of this category has no fixed day ("flexible"). */
const FLEXIBLE: Partial<Record<CategoryKey, number>> = {
	klussen: 0.2,
	tuin: 0.3,
	digitale_hulp: 0.2,
	administratie: 0.2
};

/** Hours a volunteer typically logs for the category (min, max). */
const HOURS: Record<CategoryKey, readonly [number, number]> = {
	vervoer: [1, 3.5],
	boodschappen: [0.5, 1.5],
	klussen: [0.5, 3],
	gezelschap: [1, 2.5],
	maaltijden: [0.5, 2],
	administratie: [1, 2],
	digitale_hulp: [0.5, 2],
	tuin: [1.5, 4],
	mantelzorgondersteuning: [2, 4],
	overig: [0.5, 2]
};

/** More boodschappen, vervoer, klussen and gezelschap; little tuin and administratie. */
const WEIGHTS: Record<CategoryKey, number> = {
	boodschappen: 20,
	vervoer: 20,
	klussen: 15,
	gezelschap: 13,
	digitale_hulp: 8,
	maaltijden: 6,
	mantelzorgondersteuning: 5,
	administratie: 3,
	tuin: 3,
	overig: 3
};

const PRAISE = [
	'Heel fijne hulp, dank je wel!',
	'Op tijd en heel vriendelijk.',
	'We hebben ook nog gezellig koffie gedronken.',
	'Top geregeld, ik vraag het graag nog eens.',
	'Zeer behulpzaam en geduldig.',
	'Goed geholpen.',
	'Fijn dat het zo snel geregeld was.'
];
const MIXED = [
	'Het is gelukt, maar het duurde lang voordat er iemand kwam.',
	'De hulp was goed, maar er werd weinig gezegd.',
	'Prima, alleen een stuk later dan afgesproken.'
];
const BLOCK_COMMENT = 'Kwam een half uur te laat en belde niet. Liever iemand anders.';
const REPORT_NOTES = [
	'Ook even de vuilniszak meegenomen.',
	'Mevrouw was blij met het gezelschap.',
	'Lange wachttijd in het ziekenhuis.',
	'Onderdeel gekocht bij de bouwmarkt, bonnetje ligt bij de coördinator.',
	'Afgesproken dat ik volgende maand weer kom.'
];

// ---------------------------------------------------------------- what differs per organisation

interface OfferIdea {
	category: CategoryKey;
	/** 0 = Monday … 5 = Saturday; the offer is for the next such day. */
	weekday: number;
	window: Window;
	text: string;
	seats?: number;
	/** The offer of the demo volunteer (vrijwilliger@…). */
	demoVolunteer?: boolean;
}

interface Referral {
	category: CategoryKey;
	text: string;
	contactName: string;
	contactPhone: string;
	address: string;
	postcode: string;
}

interface OrgStory {
	/** About this many requests in the past half year (a little random on top). */
	history: number;
	/** Requests for the coming two weeks, besides the special ones below. */
	upcoming: number;
	weights?: Partial<Record<CategoryKey, number>>;
	/** A buurt where one category rarely finds a volunteer: the gap in the unmatched-demand view. */
	gap?: { buurt: string; category: CategoryKey };
	/** The weekly boodschappen series goes on in the coming weeks (otherwise it ended). */
	seriesContinues: boolean;
	offers: OfferIdea[];
	referral: Referral;
	/** One volunteer is on holiday (paused) / one more volunteer gets the daily digest. */
	pauseOne?: boolean;
	digestOne?: boolean;
	/** The first feedback of 3 stars comes with "not this volunteer again". */
	block?: boolean;
}

const STORIES: Record<string, OrgStory> = {
	'Wijkcoöperatie Overvecht Samen': {
		history: 50,
		upcoming: 11,
		gap: { buurt: 'Overvecht-Noord', category: 'klussen' },
		seriesContinues: true,
		block: true,
		offers: [
			{
				category: 'vervoer',
				weekday: 5,
				window: ['09:30', '12:30'],
				text: 'Zaterdag rijd ik naar de markt op het Vredenburg, 2 plaatsen',
				seats: 2,
				demoVolunteer: true
			},
			{
				category: 'boodschappen',
				weekday: 3,
				window: ['10:00', '12:00'],
				text: 'Donderdag ga ik naar winkelcentrum Overvecht. Ik neem graag boodschappen mee.'
			},
			{
				category: 'klussen',
				weekday: 2,
				window: ['13:00', '17:00'],
				text: 'Woensdagmiddag heb ik tijd voor kleine klusjes: lampen, gordijnrails, kastjes.'
			}
		],
		referral: {
			category: 'boodschappen',
			text: 'Mevrouw is net thuis na een heupoperatie en kan de komende weken niet zelf boodschappen doen. Ze weet dat ik haar aanmeld.',
			contactName: 'Mevrouw T. Hendriks',
			contactPhone: '030 261 44 80',
			address: 'Zambesidreef 40',
			postcode: '3563 CK'
		}
	},
	'Buurtcoöperatie Lombok Helpt': {
		history: 55,
		upcoming: 7,
		seriesContinues: true,
		pauseOne: true,
		offers: [
			{
				category: 'boodschappen',
				weekday: 1,
				window: ['09:30', '11:30'],
				text: 'Dinsdagochtend fiets ik naar de Kanaalstraat. Ik neem brood en groente mee voor wie dat wil.'
			},
			{
				category: 'maaltijden',
				weekday: 4,
				window: ['17:30', '18:30'],
				text: 'Vrijdag kook ik een grote pan linzensoep: 4 porties over',
				seats: 4
			}
		],
		referral: {
			category: 'klussen',
			text: 'Meneer woont sinds kort alleen en heeft hulp nodig om lampen en een gordijnrail op te hangen. Hij spreekt vooral Turks.',
			contactName: 'Meneer E. Yıldız',
			contactPhone: '06 41 22 38 90',
			address: 'Kanaalstraat 150',
			postcode: '3531 CL'
		}
	},
	'Zorgcoöperatie Leidsche Rijn': {
		history: 48,
		upcoming: 6,
		weights: { maaltijden: 14, mantelzorgondersteuning: 12, gezelschap: 16, klussen: 10 },
		seriesContinues: false,
		digestOne: true,
		offers: [
			{
				category: 'gezelschap',
				weekday: 3,
				window: ['14:00', '15:30'],
				text: 'Donderdagmiddag wandel ik door het Máximapark. Wie loopt mee?',
				seats: 3
			},
			{
				category: 'vervoer',
				weekday: 0,
				window: ['08:30', '12:00'],
				text: 'Maandag rijd ik naar het Antonius Ziekenhuis, 1 plaats vrij',
				seats: 1
			}
		],
		referral: {
			category: 'mantelzorgondersteuning',
			text: 'Mevrouw zorgt voor haar man met dementie en is erg moe. Zij zoekt iemand die één middag per week bij hem blijft.',
			contactName: 'Mevrouw A. de Wit',
			contactPhone: '030 263 17 02',
			address: 'Brailledreef 30',
			postcode: '3544 AC'
		}
	},
	'BBBO Kanaleneiland': {
		history: 50,
		upcoming: 6,
		weights: { digitale_hulp: 12, administratie: 8 },
		gap: { buurt: 'Kanaleneiland-Zuid', category: 'vervoer' },
		seriesContinues: false,
		offers: [
			{
				category: 'boodschappen',
				weekday: 5,
				window: ['09:00', '11:00'],
				text: 'Zaterdag ga ik naar de markt. Ik kan voor twee mensen boodschappen meenemen.',
				seats: 2
			},
			{
				category: 'digitale_hulp',
				weekday: 2,
				window: ['14:00', '16:00'],
				text: 'Woensdagmiddag zit ik in het buurthuis voor vragen over telefoon en tablet'
			}
		],
		referral: {
			category: 'administratie',
			text: 'Mevrouw heeft een stapel ongeopende post en schulden. Zij wil graag hulp om de brieven te sorteren.',
			contactName: 'Mevrouw N. Amrani',
			contactPhone: '06 28 19 55 01',
			address: 'Marco Pololaan 120',
			postcode: '3526 GE'
		}
	},
	'Stadsdorp Oost': {
		history: 42,
		upcoming: 5,
		weights: { gezelschap: 16, tuin: 6 },
		seriesContinues: false,
		offers: [
			{
				category: 'tuin',
				weekday: 5,
				window: ['10:00', '13:00'],
				text: 'Zaterdagochtend help ik graag in een tuin: snoeien, bladeren harken.'
			},
			{
				category: 'vervoer',
				weekday: 1,
				window: ['09:00', '12:00'],
				text: 'Dinsdag rijd ik naar het Diakonessenhuis, 2 plaatsen',
				seats: 2
			}
		],
		referral: {
			category: 'gezelschap',
			text: 'Meneer is na een val veel alleen thuis. Hij zou graag wekelijks bezoek krijgen voor een praatje.',
			contactName: 'Meneer J. van Rooij',
			contactPhone: '030 251 80 64',
			address: 'Biltstraat 140',
			postcode: '3572 BK'
		}
	}
};

// ---------------------------------------------------------------- small helpers

const system = systemActor('demo seed');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const between = (rnd: SeededRandom, min: number, max: number) => min + rnd.next() * (max - min);
const int = (rnd: SeededRandom, min: number, max: number) => min + Math.floor(rnd.next() * (max - min + 1));
const chance = (rnd: SeededRandom, p: number) => rnd.next() < p;
const quarter = (n: number) => Math.round(n * 4) / 4;
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
const earliest = (a: Date, b: Date) => (a < b ? a : b);
const tokenHash = () => createHash('sha256').update(randomBytes(24)).digest('hex');

/** The list in a random order (Fisher–Yates). */
function shuffled<T>(rnd: SeededRandom, list: readonly T[]): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rnd.next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

function weighted<K extends string>(rnd: SeededRandom, weights: Record<K, number>): K {
	const entries = Object.entries(weights) as [K, number][];
	let roll = rnd.next() * entries.reduce((sum, [, w]) => sum + w, 0);
	for (const [key, w] of entries) if ((roll -= w) < 0) return key;
	return entries[0]![0];
}

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** A local time ("HH:MM") on a day in Amsterdam, as an instant. */
function localTime(day: string, time: string): Date {
	const zone =
		offsetFormat.formatToParts(new Date(`${day}T${time}:00Z`)).find((p) => p.type === 'timeZoneName')
			?.value ?? 'GMT';
	return new Date(`${day}T${time}:00${zone === 'GMT' ? 'Z' : zone.slice(3)}`);
}

/** The day itself, or the Friday before when it falls in the weekend (or only on Sunday: Saturday). */
function weekdayOnOrBefore(day: string, saturdayToo = false): string {
	const w = weekdayOf(day);
	if (w === 'sun') return addDays(day, saturdayToo ? -1 : -2);
	if (w === 'sat' && !saturdayToo) return addDays(day, -1);
	return day;
}

/** The first day from `from` on that is Monday–Friday. */
function weekdayFrom(from: string): string {
	let day = from;
	while (['sat', 'sun'].includes(weekdayOf(day))) day = addDays(day, 1);
	return day;
}

/** The next day after `from` with this weekday (0 = Monday). */
function nextWeekday(from: string, weekday: number): string {
	let day = addDays(from, 1);
	while (WEEKDAYS.indexOf(weekdayOf(day)) !== weekday) day = addDays(day, 1);
	return day;
}

// ---------------------------------------------------------------- the people of an organisation

interface Member {
	id: string;
	name: string;
	email: string | null;
	phone: string | null;
	address: string | null;
	postcode: string | null;
	languages: string[];
	skills: string[];
	availability: string[];
	mobility: string[];
	maxPerMonth: number | null;
	vogDate: string | null;
	roles: Role[];
	areaId: string | null;
}

async function activeMembers(orgId: string): Promise<Member[]> {
	const db = await getDb();
	const rows = await db
		.select({ p: person, roles: membership.roles, areaId: membership.areaId })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.where(and(eq(membership.orgId, orgId), eq(membership.status, 'active')))
		// Ids are random: order by what the seed made, so every run picks the same people.
		.orderBy(asc(person.name), asc(person.phone), asc(person.address));
	return rows.map(({ p, roles, areaId }) => ({
		id: p.id,
		name: p.name,
		email: p.email,
		phone: p.phone,
		address: p.address,
		postcode: p.postcode,
		languages: p.languages,
		skills: p.skills,
		availability: p.availability,
		mobility: p.mobility,
		maxPerMonth: p.maxRequestsPerMonth,
		vogDate: p.vogDate,
		roles: roles as Role[],
		areaId
	}));
}

/** A signed-in person as the policy sees them (as tests/factories actorFor builds them). */
async function personActor(personId: string): Promise<PersonActor> {
	const db = await getDb();
	const [p] = await db.select().from(person).where(eq(person.id, personId));
	return {
		kind: 'person',
		userId: p!.userId,
		personId,
		name: p!.name,
		email: p!.email,
		memberships: await activeMembershipsOf(personId)
	};
}

type DemoPair = { volunteer: Member; resident: Member };

const needsCarFor = (category: CategoryKey) => category === 'vervoer';

/** Matching's hard filters on skill, VOG and car (the ones that do not depend on the day). */
function canDo(v: Member, category: helpRepo.HelpCategory, residentId: string, day: string): boolean {
	const vogSince = addDays(day, -Math.round(365.25 * VOG_VALID_YEARS));
	return (
		v.id !== residentId &&
		(!category.skill || v.skills.includes(category.skill)) &&
		(!category.requiresVog || (v.vogDate !== null && v.vogDate >= vogSince)) &&
		(!needsCarFor(category.key as CategoryKey) || v.mobility.includes('car'))
	);
}

/** Does the volunteer's weekly availability cover (part of) this time? */
function isAvailable(v: Member, day: string, window: Window): boolean {
	return slotsFor(day, window[0], window[1])!.some((s) => v.availability.includes(s));
}

interface OrgContext {
	org: HelpSeedOrg;
	story: OrgStory;
	categories: Map<string, helpRepo.HelpCategory>;
	/** Residents who ask for help (not the staff, not the demo resident: she has her own story). */
	residents: Member[];
	/** Volunteers with at least one skill (not the demo volunteer: she has her own story). */
	volunteers: Member[];
	/** Mantelzorgers and professionals, who sometimes ask on someone's behalf. */
	referrers: Member[];
	gapAreaId: string | null;
	actorOf: (personId: string) => Promise<PersonActor>;
}

// ---------------------------------------------------------------- the past half year

interface Spec {
	/** The day of the help (also when the request said "flexible"). */
	day: string;
	flexible: boolean;
	resident: Member;
	category: CategoryKey;
	wish: Wish;
	window: Window;
	series?: { id: string; createdAt: Date };
	/** Who did it before (the series' shopper); else the last volunteer for this resident and category. */
	prefer?: string;
	/** Forced volunteer (the demo volunteer's own story). */
	volunteer?: Member;
	forced?: 'done' | 'awaiting_feedback' | 'cancelled' | 'stale';
	gap?: boolean;
}

interface Batch {
	requests: helpRepo.NewHelpRequest[];
	events: (typeof helpEvent.$inferInsert)[];
	invitations: (typeof helpInvitation.$inferInsert)[];
	reports: (typeof helpReport.$inferInsert)[];
	feedback: (typeof helpFeedback.$inferInsert)[];
	blocks: { residentId: string; volunteerId: string; createdBy: string; createdAt: Date }[];
}

/** What the matching rules allowed back then: monthly loads, last volunteer per resident, blocks. */
interface Ledger {
	load: Map<string, number>;
	last: Map<string, string>;
	blocked: Set<string>;
	blockGiven: boolean;
}

function wishFor(rnd: SeededRandom, category: CategoryKey): Wish {
	return rnd.pick(WISHES[category]);
}

function specFor(
	rnd: SeededRandom,
	day: string,
	resident: Member,
	category: CategoryKey,
	extra: Partial<Spec> = {}
): Spec {
	return {
		day,
		flexible: chance(rnd, FLEXIBLE[category] ?? 0),
		resident,
		category,
		wish: wishFor(rnd, category),
		window: rnd.pick(WINDOWS[category]),
		...extra
	};
}

/** A shopper for a weekly series (a monthly maximum of six or more) and the first weekday and time they
 * can do. */
function seriesPlan(ctx: OrgContext, resident: Member, around: string) {
	const shoppers = ctx.volunteers
		.filter((v) => v.skills.includes('boodschappen') && v.id !== resident.id && (v.maxPerMonth ?? 99) >= 6)
		.sort((a, b) => (b.maxPerMonth ?? 99) - (a.maxPerMonth ?? 99));
	for (const shopper of shoppers)
		for (let shift = 0; shift < 7; shift++) {
			const first = addDays(around, shift);
			if (['sat', 'sun'].includes(weekdayOf(first))) continue;
			const window = WINDOWS.boodschappen.find((w) => isAvailable(shopper, first, w));
			if (window) return { id: crypto.randomUUID(), shopper, first, window };
		}
	return null;
}

/** How much each category is asked for. Residents learn what their coop can do: a category that no
 * volunteer can take is asked for far less (but still asked: that is the unmet demand). */
function demandWeights(ctx: OrgContext, day: string): Record<CategoryKey, number> {
	const weights = { ...WEIGHTS, ...ctx.story.weights };
	for (const key of DEFAULT_CATEGORIES) {
		const category = ctx.categories.get(key)!;
		const supply = ctx.volunteers.filter((v) => canDo(v, category, '', day)).length;
		weights[key] *= supply === 0 ? 0.2 : Math.min(1, 0.4 + 0.2 * supply);
	}
	return weights;
}

/** Which requests there were: ordinary ones, a weekly series, the gap, and the demo accounts' own. */
function planHistory(
	rnd: SeededRandom,
	ctx: OrgContext,
	now: string,
	demo: DemoPair | null
): { specs: Spec[]; series: { resident: Member; first: string; window: Window } | null } {
	const { residents, story } = ctx;
	if (!residents.length) return { specs: [], series: null };
	const specs: Spec[] = [];
	const weights = demandWeights(ctx, now);
	// A third of the residents ask often; the others now and then.
	const regulars = residents.slice(0, Math.ceil(residents.length / 3));
	const total = story.history + int(rnd, 0, 8);
	for (let i = 0; i < total; i++) {
		const resident = chance(rnd, 0.45) ? rnd.pick(regulars) : rnd.pick(residents);
		const gapHere = !!story.gap && resident.areaId === ctx.gapAreaId;
		const category = weighted(
			rnd,
			gapHere && story.gap ? { ...weights, [story.gap.category]: weights[story.gap.category] * 3 } : weights
		);
		const day = weekdayOnOrBefore(addDays(now, -int(rnd, 1, 182)), true);
		specs.push(specFor(rnd, day, resident, category, { gap: gapHere && category === story.gap?.category }));
	}

	// Weekly boodschappen for one resident: eleven weeks, the last one in the past fortnight, on a weekday and
	// time of a volunteer with room for it every week (without one, this organisation has no series).
	const seriesResident = rnd.pick(residents);
	const around = addDays(now, -(7 * 11 + int(rnd, 1, 6)));
	const series = seriesPlan(ctx, seriesResident, around);
	if (series)
		for (let k = 0; k < 11; k++)
			specs.push({
				day: addDays(series.first, 7 * k),
				flexible: false,
				resident: seriesResident,
				category: 'boodschappen',
				wish: { text: WEEKLY_SHOPPING },
				window: series.window,
				series: { id: series.id, createdAt: localTime(addDays(series.first, -4), '11:15') },
				prefer: series.shopper.id,
				forced: k === 4 ? 'cancelled' : undefined
			});

	// The gap also has a request from two days ago that is still open: nobody could come.
	const gapResidents = residents.filter((r) => r.areaId === ctx.gapAreaId);
	if (story.gap && gapResidents.length)
		specs.push(
			specFor(rnd, weekdayOnOrBefore(addDays(now, -2)), rnd.pick(gapResidents), story.gap.category, {
				flexible: false,
				forced: 'stale',
				gap: true
			})
		);

	if (demo) specs.push(...demoHistory(rnd, ctx, now, demo));
	return {
		specs: specs
			.map((spec, order) => ({ spec, order }))
			.sort((a, b) => a.spec.day.localeCompare(b.spec.day) || a.order - b.order)
			.map(({ spec }) => spec),
		series: series && { resident: seriesResident, first: series.first, window: series.window }
	};
}

/** The demo volunteer's help of the past months (some of it for the demo resident, the last waiting for
 * her feedback), so her statement of hours this year has rows and matching sees continuity. */
function demoHistory(rnd: SeededRandom, ctx: OrgContext, now: string, demo: DemoPair): Spec[] {
	const plan: { daysAgo: number; category: CategoryKey; forResident?: boolean }[] = [
		{ daysAgo: 158, category: 'boodschappen' },
		{ daysAgo: 131, category: 'vervoer', forResident: true },
		{ daysAgo: 117, category: 'gezelschap' },
		{ daysAgo: 96, category: 'vervoer' },
		{ daysAgo: 74, category: 'boodschappen', forResident: true },
		{ daysAgo: 52, category: 'gezelschap' },
		{ daysAgo: 38, category: 'vervoer' },
		{ daysAgo: 23, category: 'boodschappen' },
		{ daysAgo: 12, category: 'gezelschap' },
		{ daysAgo: 5, category: 'boodschappen', forResident: true }
	];
	const yearStart = `${now.slice(0, 4)}-01-01`;
	return plan.map(({ daysAgo, category, forResident }, i) => {
		let day = weekdayOnOrBefore(addDays(now, -daysAgo));
		// Her statement of this year should not be empty in the first days of January.
		if (daysAgo === 12 && day < yearStart && yearStart < now) day = yearStart;
		const last = i === plan.length - 1;
		return specFor(rnd, day, forResident ? demo.resident : rnd.pick(ctx.residents), category, {
			flexible: false,
			window: category === 'gezelschap' ? ['14:00', '16:00'] : ['10:00', '12:00'],
			volunteer: demo.volunteer,
			forced: last ? 'awaiting_feedback' : 'done'
		});
	});
}

/** Writes one past request with its events, invitations, report and feedback into the batch. */
function resolve(
	parent: SeededRandom,
	ctx: OrgContext,
	spec: Spec,
	now: Date,
	ledger: Ledger,
	batch: Batch
): void {
	const rnd = parent.fork();
	const coordinator = ctx.org.coordinatorId;
	const category = ctx.categories.get(spec.category)!;
	const { resident } = spec;
	const id = crypto.randomUUID();
	const needsCar = needsCarFor(spec.category);
	const needsVog = category.requiresVog;
	const thisDay = today(now);

	// Who could have come: the hard filters of matching, as they were then. The day and time were agreed
	// with a volunteer (within a few days of what the resident first asked), so look for one whose weekly
	// availability fits; a weekly series keeps its own weekday and time.
	// This month keeps one place free per volunteer for the requests of the coming weeks.
	const month = spec.day.slice(0, 7);
	const thisMonth = thisDay.slice(0, 7);
	const loadKey = (v: Member) => `${v.id}:${month}`;
	const able = ctx.volunteers.filter(
		(v) =>
			canDo(v, category, resident.id, thisDay) &&
			(ledger.load.get(loadKey(v)) ?? 0) < (v.maxPerMonth ?? 99) - (month < thisMonth ? 0 : 1) &&
			!ledger.blocked.has(`${resident.id}:${v.id}`)
	);
	const availableAt = (v: Member, day: string, window: Window) =>
		spec.flexible || isAvailable(v, day, window);
	const fit = (v: Member): { day: string; window: Window } | null => {
		if (availableAt(v, spec.day, spec.window)) return { day: spec.day, window: spec.window };
		if (spec.series) return null;
		for (const shift of [-1, 1, -2, 2, -3, 3]) {
			const day = addDays(spec.day, shift);
			if (day >= thisDay || weekdayOf(day) === 'sun') continue;
			const window = WINDOWS[spec.category].find((w) => availableAt(v, day, w));
			if (window) return { day, window };
		}
		return null;
	};
	const continuityKey = `${resident.id}:${spec.category}`;
	const previous = able.find((v) => v.id === (spec.prefer ?? ledger.last.get(continuityKey)));
	const nearby = able.filter((v) => v.areaId === resident.areaId);
	const order = [
		...(previous && chance(rnd, spec.series ? 0.95 : 0.6) ? [previous] : []),
		...(nearby.length && chance(rnd, 0.6) ? [rnd.pick(nearby)] : []),
		...shuffled(rnd, able)
	];
	let chosen = spec.volunteer;
	let { day, window } = spec;
	if (!chosen)
		for (const v of order) {
			const found = fit(v);
			if (!found) continue;
			chosen = v;
			({ day, window } = found);
			break;
		}
	const eligible = able.filter((v) => availableAt(v, day, window));
	const start = localTime(day, window[0]);

	// Asked one to ten days before (mostly a few); the sooner, the more urgent.
	const lead = 1 + Math.floor(rnd.next() ** 2 * 10);
	const urgency: Urgency =
		lead <= 1 && chance(rnd, 0.4) ? 'urgent' : lead <= 3 && chance(rnd, 0.4) ? 'soon' : 'normal';
	const createdAt =
		spec.series?.createdAt ??
		localTime(
			addDays(day, -lead),
			`${String(int(rnd, 8, 17)).padStart(2, '0')}:${rnd.pick(['05', '20', '35', '50'])}`
		);
	const span = start.getTime() - createdAt.getTime();

	let origin: 'self' | 'on_behalf' | 'intake' = 'intake';
	let createdBy = coordinator;
	let contactName: string | null = null;
	let contactPhone: string | null = null;
	const how = rnd.next();
	if (!spec.series && how < 0.08 && ctx.referrers.length) {
		const referrer = rnd.pick(ctx.referrers);
		origin = 'on_behalf';
		createdBy = referrer.id;
		contactName = referrer.name;
		contactPhone = referrer.phone;
	} else if (!spec.series && resident.email && how < 0.65) {
		origin = 'self';
		createdBy = resident.id;
	}
	const otherLanguage = resident.languages.find((l) => l !== 'nl');
	const language = otherLanguage && chance(rnd, 0.4) ? otherLanguage : null;

	const events: Batch['events'] = [
		{ requestId: id, fromStatus: null, toStatus: 'nieuw', byPersonId: createdBy, at: createdAt }
	];
	let status: HelpStatus = 'nieuw';
	const move = (to: HelpStatus, at: Date, by: string | null, note: string | null = null) => {
		events.push({ requestId: id, fromStatus: status, toStatus: to, byPersonId: by, note, at });
		status = to;
	};
	let volunteerId: string | null = null;
	let matchedAt: Date | null = null;
	let residentInformedAt: Date | null = null;
	let reminderSentAt: Date | null = null;
	let closeReason: string | null = null;

	const invite = (volunteers: Member[], at: Date) => {
		move('in_behandeling', at, coordinator);
		return volunteers.map((v) => ({
			requestId: id,
			volunteerId: v.id,
			tokenHash: tokenHash(),
			status: 'invited' as const,
			invitedBy: coordinator,
			createdAt: at,
			answeredAt: null as Date | null
		}));
	};
	const invitations: Batch['invitations'] = [];

	// Nobody came: in the gap most of the time, or when no volunteer fitted at all.
	const unmatched = spec.forced === 'stale' || (!spec.forced && ((spec.gap && chance(rnd, 0.7)) || !chosen));
	const roll = rnd.next();
	if (unmatched) {
		const askedAt = plus(createdAt, span * between(rnd, 0.05, 0.2));
		if (eligible.length) {
			// Invited, and everyone said no.
			for (const inv of invite(eligible.slice(0, 2), askedAt))
				invitations.push({
					...inv,
					status: 'declined',
					answeredAt: plus(askedAt, span * between(rnd, 0.1, 0.3))
				});
		} else if (chance(rnd, 0.5)) move('in_behandeling', askedAt, coordinator);
		if (spec.forced !== 'stale') {
			const closedAt = plus(createdAt, span * between(rnd, 0.6, 0.95));
			const to = chance(rnd, 0.7) ? 'niet_gelukt' : 'geannuleerd';
			closeReason = 'no_volunteer';
			move(
				to,
				closedAt,
				coordinator,
				rnd.pick([
					'Niemand beschikbaar op deze dag.',
					'Geen vrijwilliger in de buurt gevonden.',
					'Iedereen die ik belde kon niet.'
				])
			);
		}
	} else if (spec.forced === 'cancelled' || (!spec.forced && roll < 0.1)) {
		// Cancelled before anyone was linked.
		const reason = spec.forced
			? 'no_longer_needed'
			: rnd.pick(['no_longer_needed', 'no_longer_needed', 'solved_otherwise', 'resident_unreachable']);
		const by =
			reason !== 'resident_unreachable' && resident.email && chance(rnd, 0.5) ? resident.id : coordinator;
		closeReason = reason;
		move(
			'geannuleerd',
			plus(createdAt, span * between(rnd, 0.2, 0.8)),
			by,
			{
				no_longer_needed: spec.series
					? 'Dochter is op bezoek en doet deze week de boodschappen.'
					: 'Familie heeft het al geregeld.',
				solved_otherwise: 'De buurman heeft geholpen.',
				resident_unreachable: 'Drie keer gebeld, geen gehoor.'
			}[reason]!
		);
	} else {
		// Linked: directly by the coordinator, or by an invitation the volunteer accepted.
		const volunteer = chosen!;
		const viaInvitation = !spec.series && !spec.volunteer && eligible.length > 1 && chance(rnd, 0.35);
		if (viaInvitation) {
			const askedAt = plus(createdAt, span * between(rnd, 0.05, 0.2));
			const others = eligible.filter((v) => v.id !== volunteer.id).slice(0, int(rnd, 1, 2));
			matchedAt = plus(createdAt, span * between(rnd, 0.25, 0.6));
			const at = matchedAt;
			for (const inv of invite([volunteer, ...others], askedAt)) {
				const mine = inv.volunteerId === volunteer.id;
				const declined = !mine && chance(rnd, 0.5);
				invitations.push({
					...inv,
					status: mine ? 'accepted' : declined ? 'declined' : 'withdrawn',
					answeredAt: declined
						? plus(askedAt, (at.getTime() - askedAt.getTime()) * between(rnd, 0.1, 0.9))
						: at
				});
			}
		} else
			matchedAt = spec.series
				? plus(createdAt, Math.min(span * 0.5, DAY + 2 * HOUR * (1 + rnd.next())))
				: plus(createdAt, span * between(rnd, 0.05, 0.6));
		volunteerId = volunteer.id;
		move('gekoppeld', matchedAt, viaInvitation ? volunteer.id : coordinator);
		residentInformedAt = resident.email ? matchedAt : plus(matchedAt, Math.min(span * 0.2, 6 * HOUR));
		const reminder = localTime(addDays(day, -1), '09:00');
		if (!spec.flexible && matchedAt < reminder) reminderSentAt = reminder;

		if (!spec.forced && roll < 0.13) {
			// The volunteer fell ill and nobody else could come.
			const releasedAt = plus(matchedAt, (start.getTime() - matchedAt.getTime()) * between(rnd, 0.4, 0.8));
			move('in_behandeling', releasedAt, volunteer.id, 'Ik ben ziek, ik kan helaas niet komen.');
			move(
				'niet_gelukt',
				plus(releasedAt, (start.getTime() - releasedAt.getTime()) * 0.7),
				coordinator,
				'Geen vervanger gevonden.'
			);
			closeReason = 'volunteer_cancelled';
			volunteerId = null;
			matchedAt = null;
		} else {
			const hours = quarter(between(rnd, ...HOURS[spec.category]));
			const done = plus(start, hours * HOUR);
			let loggedAt = plus(done, between(rnd, 0.5, 30) * HOUR);
			if (spec.forced) loggedAt = earliest(loggedAt, plus(now, -HOUR));
			if (loggedAt < now && done < loggedAt) {
				const loggedBy = chance(rnd, 0.75) ? volunteer.id : coordinator;
				const km =
					spec.category === 'vervoer'
						? Math.round(between(rnd, 2, 25) * 10) / 10
						: spec.category === 'boodschappen' && volunteer.mobility.includes('car') && chance(rnd, 0.3)
							? Math.round(between(rnd, 1, 6) * 10) / 10
							: 0;
				move('uitgevoerd', loggedAt, loggedBy);
				batch.reports.push({
					requestId: id,
					volunteerId: volunteer.id,
					hours,
					km,
					kmRateCents: DEFAULT_KM_RATE_CENTS,
					note: chance(rnd, 0.15) ? rnd.pick(REPORT_NOTES) : null,
					loggedBy,
					loggedAt
				});
				const feedbackAt =
					spec.forced === 'done'
						? earliest(plus(loggedAt, between(rnd, 20, 140) * HOUR), plus(now, -HOUR / 2))
						: plus(loggedAt, between(rnd, 20, 140) * HOUR);
				const waits = spec.forced === 'awaiting_feedback' || (!spec.forced && chance(rnd, 0.03));
				if (!waits && feedbackAt < now) {
					const r = rnd.next();
					const rating = spec.forced ? (r < 0.6 ? 5 : 4) : r < 0.08 ? 3 : r < 0.42 ? 4 : 5;
					const blocks = rating === 3 && !!ctx.story.block && !ledger.blockGiven;
					const by = resident.email && chance(rnd, 0.6) ? resident.id : coordinator;
					move('geevalueerd', feedbackAt, by);
					batch.feedback.push({
						requestId: id,
						byPersonId: by,
						rating,
						comment: blocks
							? BLOCK_COMMENT
							: rating === 3
								? rnd.pick(MIXED)
								: chance(rnd, 0.55)
									? rnd.pick(PRAISE)
									: null,
						createdAt: feedbackAt
					});
					if (blocks) {
						ledger.blockGiven = true;
						ledger.blocked.add(`${resident.id}:${volunteer.id}`);
						batch.blocks.push({
							residentId: resident.id,
							volunteerId: volunteer.id,
							createdBy: by,
							createdAt: feedbackAt
						});
					}
				}
			}
			ledger.load.set(loadKey(volunteer), (ledger.load.get(loadKey(volunteer)) ?? 0) + 1);
			ledger.last.set(continuityKey, volunteer.id);
		}
	}

	batch.events.push(...events);
	batch.invitations.push(...invitations);
	batch.requests.push({
		id,
		orgId: ctx.org.id,
		seriesId: spec.series?.id ?? null,
		personId: resident.id,
		contactName,
		contactPhone,
		createdBy,
		origin,
		categoryId: category.id,
		description: spec.wish.text,
		address: resident.address,
		postcode: resident.postcode,
		areaId: resident.areaId,
		pickup: needsCar ? (resident.address ?? 'Thuis') : null,
		destination: spec.wish.destination ?? null,
		date: spec.flexible ? null : day,
		timeFrom: spec.flexible ? null : window[0],
		timeTo: spec.flexible ? null : window[1],
		urgency,
		needsVog,
		needsCar,
		language,
		recurrence: spec.series ? 'weekly' : 'none',
		status,
		closeReason,
		volunteerId,
		matchedAt,
		residentInformedAt: volunteerId ? residentInformedAt : null,
		reminderSentAt: volunteerId ? reminderSentAt : null,
		createdAt,
		updatedAt: events.at(-1)!.at
	});
}

async function writeHistory(
	rnd: SeededRandom,
	ctx: OrgContext,
	now: Date,
	demo: DemoPair | null
): Promise<{ requests: number; series: SeriesInfo | null }> {
	const { specs, series } = planHistory(rnd, ctx, today(now), demo);
	const ledger: Ledger = { load: new Map(), last: new Map(), blocked: new Set(), blockGiven: false };
	const batch: Batch = { requests: [], events: [], invitations: [], reports: [], feedback: [], blocks: [] };
	for (const spec of specs) resolve(rnd, ctx, spec, now, ledger, batch);
	await inTransaction(async (tx) => {
		if (!batch.requests.length) return;
		await helpRepo.insertRequests(tx, batch.requests);
		await tx.insert(helpEvent).values(batch.events);
		if (batch.invitations.length) await tx.insert(helpInvitation).values(batch.invitations);
		if (batch.reports.length) await tx.insert(helpReport).values(batch.reports);
		if (batch.feedback.length) await tx.insert(helpFeedback).values(batch.feedback);
		for (const block of batch.blocks) await helpRepo.insertBlock(tx, { orgId: ctx.org.id, ...block });
	});
	return {
		requests: batch.requests.length,
		series: series && {
			...series,
			volunteerId: ledger.last.get(`${series.resident.id}:boodschappen`) ?? null
		}
	};
}

// ---------------------------------------------------------------- today and the coming two weeks

interface SeriesInfo {
	resident: Member;
	/** The first day of the series in the past (its weekday and time are kept). */
	first: string;
	window: Window;
	/** Who did the shopping last. */
	volunteerId: string | null;
}

interface Upcoming {
	day: string;
	flexible: boolean;
	resident: Member;
	category: CategoryKey;
	wish: Wish;
	window: Window;
	urgency: Urgency;
}

/** The asked day moved by at most three days, and a time of the category, so that a volunteer who can do
 * the category is available then (the volunteer's load and holiday are left to matching). */
function fitUpcoming(rnd: SeededRandom, ctx: OrgContext, asked: Spec, now: string): Spec {
	if (asked.flexible) return asked;
	const category = ctx.categories.get(asked.category)!;
	const able = ctx.volunteers.filter((v) => canDo(v, category, asked.resident.id, now));
	for (const v of shuffled(rnd, able))
		for (const shift of [0, 1, -1, 2, -2, 3, -3]) {
			const day = addDays(asked.day, shift);
			if (day <= now || day > addDays(now, 13) || weekdayOf(day) === 'sun') continue;
			const window = WINDOWS[asked.category].find((w) => isAvailable(v, day, w));
			if (window) return { ...asked, day, window };
		}
	return asked;
}

/** The request form as a resident or coordinator fills it in. */
function requestForm(ctx: OrgContext, u: Upcoming): Record<string, string> {
	const ride = u.category === 'vervoer';
	return {
		categoryId: ctx.categories.get(u.category)!.id,
		description: u.wish.text,
		flexible: u.flexible ? 'on' : '',
		date: u.flexible ? '' : u.day,
		timeFrom: u.flexible ? '' : u.window[0],
		timeTo: u.flexible ? '' : u.window[1],
		urgency: u.urgency,
		needsCar: ride ? 'on' : '',
		pickup: ride ? (u.resident.address ?? 'Thuis') : '',
		destination: u.wish.destination ?? ''
	};
}

/** The resident asks online (when they have an account address), or the coordinator takes it by phone. */
async function ask(
	rnd: SeededRandom,
	ctx: OrgContext,
	u: Upcoming,
	extra: Record<string, string> = {},
	online = !!u.resident.email && chance(rnd, 0.5)
) {
	const form = { ...requestForm(ctx, u), ...extra };
	const created = online
		? await help.requestHelp(await ctx.actorOf(u.resident.id), ctx.org.id, form)
		: await help.intakeRequest(system, ctx.org.id, { ...form, personId: u.resident.id });
	return created;
}

type Plan = 'nieuw' | 'invite' | 'accept' | 'assign';

/**
 * What the coordinator did with a new request: nothing yet, invited a few suggested volunteers (one of
 * whom may have answered), or linked one. Only volunteers that matching suggests; when it suggests
 * nobody, the request stays new (it shows on the call list).
 */
async function handle(
	rnd: SeededRandom,
	ctx: OrgContext,
	requestId: string,
	plan: Plan,
	prefer: string | null = null
): Promise<void> {
	if (plan === 'nieuw') return;
	const suggestions = await help.suggestions(system, ctx.org.id, requestId, 50);
	if (!suggestions.length) return;
	if (plan === 'assign') {
		const preferred = suggestions.find((s) => s.volunteerId === prefer);
		const volunteerId = preferred?.volunteerId ?? rnd.pick(suggestions.slice(0, 3)).volunteerId;
		await help.assignVolunteer(system, ctx.org.id, requestId, { volunteerId });
		return;
	}
	const ids = suggestions.slice(0, int(rnd, 2, 3)).map((s) => s.volunteerId);
	await help.inviteVolunteers(await ctx.actorOf(ctx.org.coordinatorId), ctx.org.id, requestId, {
		volunteerIds: ids
	});
	const invitations = new Map(
		(await helpRepo.invitations(await getDb(), requestId)).map((i) => [i.volunteerId, i.id])
	);
	if (plan === 'accept')
		await help.answerMyInvitation(await ctx.actorOf(ids[0]!), invitations.get(ids[0]!)!, 'accept');
	else if (ids.length > 1 && chance(rnd, 0.4)) {
		const last = ids.at(-1)!;
		await help.answerMyInvitation(await ctx.actorOf(last), invitations.get(last)!, 'decline');
	}
}

async function writeUpcoming(
	parent: SeededRandom,
	ctx: OrgContext,
	now: string,
	series: SeriesInfo | null
): Promise<void> {
	const { story } = ctx;
	const weights = demandWeights(ctx, now);
	for (let i = 0; i < story.upcoming && ctx.residents.length; i++) {
		const rnd = parent.fork();
		const offset = int(rnd, 1, 13);
		const day = weekdayOf(addDays(now, offset)) === 'sun' ? addDays(now, offset + 1) : addDays(now, offset);
		const category = weighted(rnd, weights);
		const asked = specFor(rnd, day, rnd.pick(ctx.residents), category);
		// Most ask for a time some volunteer can do; a few do not (they stay new, for the call list).
		const u: Upcoming = {
			...(chance(rnd, 0.8) ? fitUpcoming(rnd, ctx, asked, now) : asked),
			urgency: offset <= 2 && chance(rnd, 0.5) ? 'soon' : 'normal'
		};
		const [created] = await ask(rnd, ctx, u);
		const r = rnd.next();
		// Soon: mostly arranged already. Later: mostly still to arrange.
		const plan: Plan =
			offset <= 4
				? r < 0.5
					? 'assign'
					: r < 0.7
						? 'accept'
						: r < 0.9
							? 'invite'
							: 'nieuw'
				: r < 0.35
					? 'nieuw'
					: r < 0.7
						? 'invite'
						: r < 0.9
							? 'assign'
							: 'accept';
		await handle(rnd, ctx, created!.id, plan);
	}

	// A referral by a mantelzorger or professional, for someone who is not a member yet: to call back.
	const referrer = ctx.referrers[0];
	if (referrer) {
		const { referral } = story;
		const window = WINDOWS[referral.category][0]!;
		await help.referRequest(await ctx.actorOf(referrer.id), ctx.org.id, {
			categoryId: ctx.categories.get(referral.category)!.id,
			description: referral.text,
			date: weekdayFrom(addDays(now, 3)),
			timeFrom: window[0],
			timeTo: window[1],
			urgency: 'soon',
			address: referral.address,
			postcode: referral.postcode,
			contactName: referral.contactName,
			contactPhone: referral.contactPhone,
			consent: 'on'
		});
	}

	// The weekly shopping goes on: six more weeks, the first two already arranged.
	if (story.seriesContinues && series) {
		const weekday = WEEKDAYS.indexOf(weekdayOf(series.first));
		const first = nextWeekday(now, weekday);
		const occurrences = await help.intakeRequest(system, ctx.org.id, {
			...requestForm(ctx, {
				day: first,
				flexible: false,
				resident: series.resident,
				category: 'boodschappen',
				wish: { text: WEEKLY_SHOPPING },
				window: series.window,
				urgency: 'normal'
			}),
			recurrence: 'weekly',
			repeatUntil: addDays(first, 35),
			personId: series.resident.id
		});
		for (const occurrence of occurrences.slice(0, 2))
			await handle(parent.fork(), ctx, occurrence.id, 'assign', series.volunteerId);
	}
}

/** The demo accounts' coming weeks: the resident's ride with the demo volunteer, and an invitation the
 * volunteer has not answered yet. */
async function writeDemoUpcoming(
	rnd: SeededRandom,
	ctx: OrgContext,
	now: string,
	demo: DemoPair
): Promise<void> {
	const [ride] = await ask(
		rnd,
		ctx,
		{
			day: weekdayFrom(addDays(now, 2)),
			flexible: false,
			resident: demo.resident,
			category: 'vervoer',
			wish: WISHES.vervoer[1]!,
			window: ['09:30', '12:00'],
			urgency: 'normal'
		},
		{},
		true
	);
	await handle(rnd, ctx, ride!.id, 'assign', demo.volunteer.id);

	const [visit] = await ask(
		rnd,
		ctx,
		{
			day: weekdayFrom(addDays(now, 5)),
			flexible: false,
			resident: rnd.pick(ctx.residents),
			category: 'gezelschap',
			wish: WISHES.gezelschap[0]!,
			window: ['14:00', '16:00'],
			urgency: 'normal'
		},
		{},
		false
	);
	const suggestions = await help.suggestions(system, ctx.org.id, visit!.id, 50);
	if (!suggestions.some((s) => s.volunteerId === demo.volunteer.id)) return;
	const other = suggestions.find((s) => s.volunteerId !== demo.volunteer.id);
	await help.inviteVolunteers(await ctx.actorOf(ctx.org.coordinatorId), ctx.org.id, visit!.id, {
		volunteerIds: [demo.volunteer.id, ...(other ? [other.volunteerId] : [])]
	});
}

/** One-off offers of volunteers, and their own settings: one on holiday, some with the daily digest. */
async function writeOffersAndPreferences(
	ctx: OrgContext,
	now: string,
	demoVolunteer: Member | null
): Promise<void> {
	const { story, volunteers } = ctx;
	const paused = story.pauseOne ? volunteers[0] : undefined;
	if (paused)
		await help.setMyPreference(await ctx.actorOf(paused.id), { pausedUntil: addDays(now, 21), digest: '' });
	if (story.digestOne && volunteers[1])
		await help.setMyPreference(await ctx.actorOf(volunteers[1].id), { digest: 'on' });
	if (demoVolunteer) await help.setMyPreference(await ctx.actorOf(demoVolunteer.id), { digest: 'on' });

	const used = new Set<string>();
	for (const idea of story.offers) {
		const skill = ctx.categories.get(idea.category)!.skill;
		const candidates = volunteers.filter(
			(v) => v.id !== paused?.id && !used.has(v.id) && (!skill || v.skills.includes(skill))
		);
		const volunteer = idea.demoVolunteer && demoVolunteer ? demoVolunteer : candidates[0];
		if (!volunteer) continue;
		used.add(volunteer.id);
		await help.createOffer(await ctx.actorOf(volunteer.id), ctx.org.id, {
			categoryId: ctx.categories.get(idea.category)!.id,
			date: nextWeekday(now, idea.weekday),
			timeFrom: idea.window[0],
			timeTo: idea.window[1],
			description: idea.text,
			seats: idea.seats === undefined ? '' : String(idea.seats)
		});
	}
}

// ---------------------------------------------------------------- the demo accounts and the whole

/** The demo volunteer and resident get a profile that Vraag en aanbod can work with, and have been
 * members for a while (their history goes back half a year). */
async function prepareDemoAccounts(
	accounts: HelpSeedAccounts,
	orgId: string,
	actorOf: (id: string) => Promise<PersonActor>
): Promise<void> {
	const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'];
	await updateProfile(await actorOf(accounts.volunteer), {
		name: 'Vera Vrijwilliger',
		phone: '06 21436587',
		address: 'Zambesidreef 88',
		postcode: '3563 CK',
		city: 'Utrecht',
		languages: ['nl', 'en'],
		skills: ['vervoer', 'boodschappen', 'gezelschap'],
		availability: [...weekdays.flatMap((d) => [`${d}-morning`, `${d}-afternoon`]), 'sat-morning'],
		mobility: ['car', 'bike'],
		maxRequestsPerMonth: '8',
		vogDate: '2025-02-10'
	});
	await updateProfile(await actorOf(accounts.resident), {
		name: 'Bep Bewoner',
		phone: '030 262 11 44',
		address: 'Neckardreef 41',
		postcode: '3562 CL',
		city: 'Utrecht',
		languages: ['nl']
	});
	const db = await getDb();
	await db
		.update(membership)
		.set({ joinedAt: new Date('2024-03-04T10:00:00Z') })
		.where(
			and(eq(membership.orgId, orgId), inArray(membership.personId, [accounts.volunteer, accounts.resident]))
		);
}

/** Fills Vraag en aanbod for every member organisation; the first one is the demo accounts' Overvecht. */
export async function seedHelp(
	rnd: SeededRandom,
	orgs: HelpSeedOrg[],
	accounts: HelpSeedAccounts
): Promise<{ requests: number }> {
	const now = new Date();
	const day = today(now);
	const cache = new Map<string, PersonActor>();
	const actorOf = async (id: string) => cache.get(id) ?? cache.set(id, await personActor(id)).get(id)!;
	const overvecht = orgs[0]!;
	await prepareDemoAccounts(accounts, overvecht.id, actorOf);

	const db = await getDb();
	const staff: Role[] = ['coordinator', 'bestuur', 'beheerder'];
	let requests = 0;
	const prepared: { ctx: OrgContext; series: SeriesInfo | null; demo: DemoPair | null }[] = [];
	for (const org of orgs) {
		const story = STORIES[org.name] ?? STORIES['Stadsdorp Oost']!;
		await helpRepo.ensureDefaultCategories(db, org.id);
		const members = await activeMembers(org.id);
		const ctx: OrgContext = {
			org,
			story,
			categories: new Map((await helpRepo.categories(db, org.id)).map((c) => [c.key, c])),
			residents: members.filter(
				(m) =>
					m.roles.includes('bewoner') && !m.roles.some((r) => staff.includes(r)) && m.id !== accounts.resident
			),
			volunteers: members.filter(
				(m) => m.roles.includes('vrijwilliger') && m.skills.length > 0 && m.id !== accounts.volunteer
			),
			referrers: members.filter((m) => m.roles.includes('mantelzorger') || m.roles.includes('professional')),
			gapAreaId: org.buurten.find((b) => b.name === story.gap?.buurt)?.id ?? null,
			actorOf
		};
		const volunteer = members.find((m) => m.id === accounts.volunteer);
		const resident = members.find((m) => m.id === accounts.resident);
		const demo = volunteer && resident ? { volunteer, resident } : null;
		const history = await writeHistory(rnd, ctx, now, demo);
		requests += history.requests;
		prepared.push({ ctx, series: history.series, demo });
	}
	// The present after the past of every organisation: matching looks at the history (loads, continuity).
	for (const { ctx, series, demo } of prepared) {
		await writeOffersAndPreferences(ctx, day, demo?.volunteer ?? null);
		if (demo) await writeDemoUpcoming(rnd.fork(), ctx, day, demo);
		await writeUpcoming(rnd, ctx, day, series);
	}
	return { requests };
}
