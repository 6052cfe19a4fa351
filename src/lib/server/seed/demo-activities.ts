// Demo data for groups, activities and meeting places: per member organisation a few meeting places with
// opening hours, holiday exceptions and rooms; four to six groups (leefstijlclubs, buurtnetwerken, interest
// groups) with organisers and members; the agenda of the coming eight weeks (weekly and fortnightly
// series with a Christmas break, one-off events, sign-ups with a full activity and a wait list, room
// bookings); and the last six weeks with the attendance filled in. Deterministic: it draws from the seeded
// random of demo.ts, and every date is relative to the day of seeding.
//
// What happens today goes through the use cases: the meeting places (filed under the buurt of their
// postcode), the groups the coordinator organises (who becomes their organiser), every coming activity
// (createActivity books its room, cancelActivity calls a date off), the group room bookings, and the
// sign-ups of the demo accounts (so the resident lands on the wait list by the use case's own rule, and gets
// its mail). What happened before today cannot: the use cases refuse past dates and stamp the current time.
// So the history is written straight into the tables, a few transactions per organisation, as demo-help.ts
// does: the last six weeks (activities, sign-ups, attendance, room bookings), group members who joined
// months ago, and the sign-ups of the last days for the coming dates (confirmed while there is room, then
// the wait list, as signUp does). Opening hours, holiday exceptions and rooms are written the same way to
// keep the seed fast: through the use cases they would take some eighty transactions.
import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { systemActor, type PersonActor } from '../shared/actor.ts';
import { addDays, instantOf, today, weekdayOf } from '../shared/clock.ts';
import { membership, person } from '../modules/members/members.table.ts';
import {
	activity,
	activityGroup,
	activitySignup,
	groupMember
} from '../modules/activities/activities.table.ts';
import { placeHoursException, placeOpeningHours, room, roomBooking } from '../modules/places/places.table.ts';
import * as activities from '../modules/activities/activities.usecases.ts';
import * as places from '../modules/places/places.usecases.ts';
import type {
	Facility,
	GroupKind,
	JoinPolicy,
	PlaceKind,
	ShareScope,
	Theme,
	Visibility
} from '#lib/domain/activities.ts';
import { WEEKDAYS, type Role } from '#lib/domain/members.ts';
import type { HelpSeedAccounts, HelpSeedOrg, SeededRandom } from './demo-help.ts';

const system = systemActor('demo seed');

type Weekday = (typeof WEEKDAYS)[number];
type Time = readonly [from: string, to: string];
/** A date from the day of seeding (or null when there is none to give). */
type DayRule = (today: string) => string | null;

// ---------------------------------------------------------------- dates

const indexOf = (day: Weekday) => WEEKDAYS.indexOf(day);

/** The first date on or after `from` that falls on `weekday`. */
const onOrAfter = (from: string, weekday: Weekday) =>
	addDays(from, (indexOf(weekday) - indexOf(weekdayOf(from)) + 7) % 7);

/** The last date before `from` that falls on `weekday`. */
const before = (from: string, weekday: Weekday) =>
	addDays(from, -((indexOf(weekdayOf(from)) - indexOf(weekday) + 7) % 7 || 7));

/** The next date (today included) with this month and day, "MM-DD". */
const next = (from: string, monthDay: string) => {
	const year = Number(from.slice(0, 4));
	const date = `${year}-${monthDay}`;
	return date >= from ? date : `${year + 1}-${monthDay}`;
};

/** That weekday, at least `days` from today (negative: in the past). */
const on =
	(weekday: Weekday, days: number): DayRule =>
	(t) =>
		onOrAfter(addDays(t, days), weekday);

const HOLIDAYS = ['12-25', '12-26', '01-01'];
/** Christmas Eve up to and including New Year's Day: most clubs take a break. */
const isChristmasBreak = (day: string) => day.slice(5) >= '12-24' || day.slice(5) === '01-01';
const isHoliday = (day: string) => HOLIDAYS.includes(day.slice(5));

/** A week later when the date is a holiday (the places are closed then). */
const shifted = (day: string | null) => (day && isHoliday(day) ? addDays(day, 7) : day);

const WINDOW_DAYS = 56;
const HISTORY_DAYS = 42;

// ---------------------------------------------------------------- what each organisation has

interface PlaceIdea {
	key: string;
	name: string;
	kind: PlaceKind;
	description: string;
	address: string;
	postcode: string;
	accessibility: string;
	facilities: Facility[];
	/** "mon-fri 09:30-12:30 13:30-16:30; sat 10:00-14:00" (at most two periods a day). */
	hours: string;
	rooms?: { name: string; capacity: number; facilities: Facility[] }[];
	contactName?: string;
	phone?: string;
	/** One more exception: the first `weekday` at least `after` days ahead, closed or with other hours. */
	extra?: { weekday: Weekday; after: number; hours?: Time; note: string };
}

interface GroupIdea {
	key: string;
	name: string;
	kind: GroupKind;
	theme: Theme;
	description: string;
	joinPolicy?: JoinPolicy;
	visibility?: 'public' | 'members';
	/** Index into the organisation's buurten (a street network lives in one). */
	buurt?: number;
	/** The coordinator, the demo volunteer, or a member of the organisation. */
	organiser: 'coordinator' | 'volunteer' | 'member';
	/** Members besides the organiser. */
	size: number;
	/** Requests to join that an organiser has not decided on yet. */
	pending?: number;
	/** The demo resident is a member of this group, or has asked to join it. */
	resident?: 'member' | 'pending';
}

/** How many sign up for the coming dates (first, second, third). `full`: the first date fills up and gets
 * a wait list of three. */
type Demand = readonly number[] | 'full';

interface ActivityIdea {
	group?: string;
	title: string;
	description: string;
	theme?: Theme;
	time: Time;
	place?: string;
	room?: string;
	/** Instead of a meeting place. */
	address?: string;
	capacity?: number;
	/** "3,50" as typed in the form. */
	cost?: string;
	accessibility?: string;
	visibility?: Visibility;
	share?: ShareScope;
	demand?: Demand;
	/** The demo accounts sign up for the first coming date (the resident on the wait list when it is full). */
	accounts?: ('volunteer' | 'resident')[];
}

interface SeriesIdea extends ActivityIdea {
	group: string;
	weekday: Weekday;
	/** 1: weekly, 2: fortnightly. */
	every?: 1 | 2;
	/** No activity on the holidays only, or during the whole Christmas break. */
	skip: 'holidays' | 'christmas';
	/** One coming date (0 = the first) is called off. */
	cancel?: { index: number; reason: string };
	/** One date of the last weeks was called off (1 = the most recent). */
	cancelledAgo?: { index: number; reason: string };
}

interface EventIdea extends ActivityIdea {
	day: DayRule;
}

interface BookingIdea {
	group: string;
	place: string;
	room: string;
	day: DayRule;
	time: Time;
	title: string;
}

interface OrgPlan {
	places: PlaceIdea[];
	groups: GroupIdea[];
	series: SeriesIdea[];
	events: EventIdea[];
	bookings: BookingIdea[];
}

const PLANS: Record<string, OrgPlan> = {
	'Wijkcoöperatie Overvecht Samen': {
		places: [
			{
				key: 'dreef',
				name: 'Buurtwerkkamer De Dreef',
				kind: 'buurtwerkkamer',
				description:
					'Een huiskamer in de wijk. Loop binnen voor koffie, een praatje of hulp bij een brief. Vrijwilligers van Overvecht Samen zijn er elke werkdag.',
				address: 'Tigrisdreef 45',
				postcode: '3563 BG',
				accessibility:
					'Ingang op de begane grond zonder drempel. Invalidentoilet. Parkeren voor de deur met een blauwe kaart.',
				facilities: ['rolstoeltoegankelijk', 'invalidentoilet', 'koffie_thee', 'wifi'],
				hours: 'mon-fri 09:30-12:30 13:30-16:30',
				rooms: [{ name: 'Huiskamer', capacity: 20, facilities: ['koffie_thee', 'rolstoeltoegankelijk'] }],
				contactName: 'Carla Coördinator',
				phone: '030 200 10 11'
			},
			{
				key: 'boog',
				name: 'Buurthuis De Boog',
				kind: 'buurthuis',
				description:
					'Buurthuis met een grote zaal, een keuken en een computerlokaal. Hier koken, bewegen en leren buurtbewoners samen.',
				address: 'Wolgadreef 80',
				postcode: '3562 GL',
				accessibility:
					'Drempelvrije ingang aan de achterkant (bel aan). Lift naar de eerste verdieping. Ringleiding in de grote zaal.',
				facilities: [
					'rolstoeltoegankelijk',
					'invalidentoilet',
					'lift',
					'ringleiding',
					'keuken',
					'koffie_thee',
					'beamer',
					'wifi'
				],
				hours: 'mon-thu 09:00-22:00; fri 09:00-18:30; sat 10:00-16:00',
				rooms: [
					{ name: 'Grote zaal', capacity: 60, facilities: ['beamer', 'ringleiding', 'rolstoeltoegankelijk'] },
					{ name: 'Keuken', capacity: 14, facilities: ['keuken', 'rolstoeltoegankelijk'] },
					{ name: 'Computerlokaal', capacity: 10, facilities: ['wifi', 'beamer'] }
				],
				phone: '030 200 10 12',
				extra: {
					weekday: 'fri',
					after: 17,
					hours: ['09:00', '12:00'],
					note: 'Middag gesloten: de vloer van de grote zaal wordt gelakt.'
				}
			},
			{
				key: 'bieb',
				name: 'Leeshoek Bibliotheek Overvecht',
				kind: 'bibliotheek',
				description:
					'In de bibliotheek staat een leestafel met kranten en tijdschriften. Op vrijdagochtend zit er een vrijwilliger van Overvecht Samen voor vragen.',
				address: 'Zamenhofdreef 101',
				postcode: '3562 JW',
				accessibility: 'Automatische deuren, lift en invalidentoilet.',
				facilities: ['rolstoeltoegankelijk', 'invalidentoilet', 'lift', 'wifi', 'koffie_thee'],
				hours: 'tue-fri 10:00-18:00; sat 10:00-17:00'
			}
		],
		groups: [
			{
				key: 'wandel',
				name: 'Wandelclub Overvecht',
				kind: 'leefstijlclub',
				theme: 'wandelen',
				description:
					'Elke dinsdagochtend wandelen we anderhalf uur door het Noorderpark en langs de Vecht. Rustig tempo, met een rollator kunt u ook mee. Na afloop drinken we koffie in de buurtwerkkamer.',
				buurt: 2,
				organiser: 'volunteer',
				size: 14
			},
			{
				key: 'koken',
				name: 'Samen koken',
				kind: 'leefstijlclub',
				theme: 'koken',
				description:
					'Op donderdag koken we met twaalf buren een gezonde maaltijd en eten we samen. Iedereen helpt mee. U meldt zich per keer aan; een maaltijd kost € 3,50.',
				joinPolicy: 'request',
				organiser: 'coordinator',
				size: 11,
				pending: 2,
				resident: 'pending'
			},
			{
				key: 'bewegen',
				name: 'Bewegen voor ouderen',
				kind: 'leefstijlclub',
				theme: 'bewegen',
				description:
					'Stoelgym en lichte oefeningen voor 65-plussers, onder leiding van een fysiotherapeut uit de wijk. U hoeft niet fit te zijn om mee te doen.',
				organiser: 'member',
				size: 16,
				resident: 'member'
			},
			{
				key: 'digi',
				name: 'Digicafé Overvecht',
				kind: 'interessegroep',
				theme: 'digitaal',
				description:
					'Vragen over uw telefoon, tablet of laptop? Vrijwilligers helpen u met DigiD, videobellen, foto’s en e-mail. Neem uw eigen apparaat mee.',
				organiser: 'member',
				size: 8
			},
			{
				key: 'straat',
				name: 'Buren van de Zambesidreef',
				kind: 'buurtnetwerk',
				theme: 'straat',
				description:
					'Bewoners van de Zambesidreef houden een oogje in het zeil, ruilen spullen en houden samen de straat schoon. Alleen voor bewoners van de straat: de organisator zet u erbij.',
				joinPolicy: 'closed',
				visibility: 'members',
				buurt: 2,
				organiser: 'member',
				size: 9
			},
			{
				key: 'groen',
				name: 'Groen in de buurt',
				kind: 'buurtnetwerk',
				theme: 'tuin',
				description:
					'Samen zorgen we voor geveltuintjes, boomspiegels en de buurtmoestuin achter De Boog. Doe mee wanneer het u uitkomt.',
				organiser: 'member',
				size: 7
			}
		],
		series: [
			{
				group: 'wandel',
				title: 'Wandelen met de wandelclub',
				description:
					'We vertrekken om 10:00 uur bij Buurtwerkkamer De Dreef. Trek stevige schoenen aan. Bij slecht weer lopen we een kortere route.',
				weekday: 'tue',
				time: ['10:00', '11:30'],
				place: 'dreef',
				accessibility: 'Vlakke, verharde paden. Met een rollator kunt u mee.',
				skip: 'holidays',
				demand: [6, 3],
				accounts: ['volunteer'],
				cancel: {
					index: 2,
					reason: 'De wandelbegeleiders zijn deze week allebei weg. Volgende week lopen we weer.'
				}
			},
			{
				group: 'koken',
				title: 'Samen koken en eten',
				description:
					'We koken met verse groente van de markt en eten om 18:30 uur samen. Geef dieetwensen door bij het aanmelden.',
				weekday: 'thu',
				time: ['17:00', '20:00'],
				place: 'boog',
				room: 'Keuken',
				capacity: 12,
				cost: '3,50',
				accessibility: 'De keuken is rolstoeltoegankelijk en heeft een lager werkblad.',
				skip: 'christmas',
				demand: 'full',
				accounts: ['resident']
			},
			{
				group: 'bewegen',
				title: 'Bewegen voor ouderen',
				description: 'Stoelgym en oefeningen voor balans en kracht. Draag makkelijke kleding.',
				weekday: 'mon',
				time: ['10:00', '11:00'],
				place: 'boog',
				room: 'Grote zaal',
				capacity: 15,
				accessibility: 'Alle oefeningen kunnen ook zittend.',
				skip: 'christmas',
				demand: [11, 6, 3],
				accounts: ['resident']
			},
			{
				group: 'digi',
				title: 'Digicafé',
				description: 'Hulp bij uw telefoon, tablet of laptop. Neem uw apparaat, wachtwoorden en oplader mee.',
				weekday: 'wed',
				time: ['14:00', '16:00'],
				place: 'boog',
				room: 'Computerlokaal',
				capacity: 8,
				share: 'city',
				skip: 'christmas',
				demand: [6, 3]
			}
		],
		events: [
			{
				title: 'Informatiemiddag over uw zorgverzekering',
				description:
					'Een adviseur van de zorgverzekeraar legt uit wat er volgend jaar verandert in het basispakket en het eigen risico, en hoe overstappen werkt. Daarna is er tijd voor uw eigen vragen. Met koffie en thee.',
				theme: 'gezondheid',
				day: on('tue', 8),
				time: ['14:00', '16:00'],
				place: 'boog',
				room: 'Grote zaal',
				capacity: 40,
				share: 'city',
				accessibility: 'Er is een ringleiding in de zaal.',
				demand: [14]
			},
			{
				title: 'Kerstmarkt in De Boog',
				description:
					'Kraampjes met zelfgemaakte kerstspullen, oliebollen en warme chocolademelk. Om 14:00 uur zingt het kinderkoor uit de wijk. De toegang is gratis.',
				theme: 'ontmoeten',
				day: (t) => before(next(t, '12-25'), 'sat'),
				time: ['11:00', '16:00'],
				place: 'boog',
				room: 'Grote zaal',
				share: 'city'
			},
			{
				title: 'Nieuwjaarsborrel voor leden',
				description:
					'We proosten op het nieuwe jaar en blikken terug op wat we samen deden. De coöperatie trakteert op een hapje en een drankje.',
				theme: 'ontmoeten',
				day: (t) => onOrAfter(next(t, '01-06'), 'fri'),
				time: ['16:00', '18:00'],
				place: 'boog',
				room: 'Grote zaal',
				capacity: 60,
				visibility: 'members',
				demand: [9],
				accounts: ['volunteer']
			},
			{
				group: 'straat',
				title: 'Overleg buren Zambesidreef',
				description:
					'We spreken de straatschoonmaak af en wie er in de kerstvakantie bij wie een oogje in het zeil houdt.',
				theme: 'straat',
				day: on('wed', 9),
				time: ['19:30', '21:00'],
				place: 'dreef',
				room: 'Huiskamer',
				visibility: 'group',
				demand: [6]
			},
			{
				group: 'groen',
				title: 'Bollen planten in de boomspiegels',
				description:
					'We planten krokussen en narcissen rond de bomen in de straat. Handschoenen en schepjes zijn er; neem zelf een thermoskan mee.',
				theme: 'tuin',
				day: on('sat', 3),
				time: ['10:00', '12:00'],
				address: 'Zambesidreef, bij de speeltuin',
				demand: [5]
			},
			{
				title: 'Energiecafé: warm de winter door',
				description:
					'Tips om energie te besparen zonder kou te lijden, en hulp bij het aanvragen van energietoeslag.',
				theme: 'overig',
				day: on('thu', -17),
				time: ['19:30', '21:00'],
				place: 'boog',
				room: 'Grote zaal',
				capacity: 40,
				demand: [18]
			}
		],
		bookings: [
			{
				group: 'groen',
				place: 'dreef',
				room: 'Huiskamer',
				day: on('fri', 11),
				time: ['13:30', '15:00'],
				title: 'Overleg geveltuinen voorjaar'
			},
			{
				group: 'straat',
				place: 'boog',
				room: 'Keuken',
				day: on('sat', 5),
				time: ['12:00', '14:00'],
				title: 'Soep koken voor de straatschoonmaak'
			}
		]
	},
	'Buurtcoöperatie Lombok Helpt': {
		places: [
			{
				key: 'gele',
				name: 'Buurtwerkkamer Het Gele Huis',
				kind: 'buurtwerkkamer',
				description:
					'Buurtwerkkamer in een oud winkelpand aan de Damstraat. Koffie, de krant, en buren die u verder helpen met een vraag.',
				address: 'Damstraat 20',
				postcode: '3531 BV',
				accessibility:
					'Eén trede bij de voordeur; er is een oprijplaat, vraag ernaar. Alles is op de begane grond.',
				facilities: ['koffie_thee', 'keuken', 'wifi', 'invalidentoilet'],
				hours: 'mon-fri 10:00-12:30 13:30-17:00',
				rooms: [{ name: 'Woonkamer', capacity: 16, facilities: ['koffie_thee'] }],
				contactName: 'Lars Lombok',
				phone: '030 200 20 21'
			},
			{
				key: 'lommerd',
				name: 'Buurthuis De Lommerd',
				kind: 'buurthuis',
				description:
					'Het buurthuis van Lombok, met een zaal voor feesten en lezingen, een keuken en een atelier.',
				address: 'Kanaalstraat 190',
				postcode: '3531 CM',
				accessibility: 'Drempelvrij, invalidentoilet, ringleiding in de zaal. Fietsenstalling naast de deur.',
				facilities: [
					'rolstoeltoegankelijk',
					'invalidentoilet',
					'ringleiding',
					'keuken',
					'koffie_thee',
					'beamer',
					'wifi'
				],
				hours: 'mon-fri 09:00-22:00; sat 10:00-17:00',
				rooms: [
					{ name: 'Zaal', capacity: 50, facilities: ['beamer', 'ringleiding', 'rolstoeltoegankelijk'] },
					{ name: 'Keuken', capacity: 12, facilities: ['keuken'] },
					{ name: 'Atelier', capacity: 15, facilities: ['wifi'] }
				],
				phone: '030 200 20 22'
			},
			{
				key: 'poort',
				name: 'Buurtcafé De Poort',
				kind: 'cafe',
				description:
					'Gezellig buurtcafé aan de Vleutenseweg. Op vrijdagmiddag breit de breiclub hier en is er een leestafel.',
				address: 'Vleutenseweg 100',
				postcode: '3532 HG',
				accessibility: 'Drempelvrij. Het toilet is klein en niet geschikt voor een rolstoel.',
				facilities: ['rolstoeltoegankelijk', 'koffie_thee', 'wifi'],
				hours: 'tue-sat 10:00-18:00; sun 12:00-17:00',
				extra: { weekday: 'wed', after: 20, note: 'Gesloten voor een besloten feest.' }
			}
		],
		groups: [
			{
				key: 'koken',
				name: 'Samen koken in Lombok',
				kind: 'leefstijlclub',
				theme: 'koken',
				description:
					'Elke donderdag koken buren uit Lombok om de beurt een gerecht uit hun keuken: Turks, Marokkaans, Surinaams, Hollands. Daarna eten we samen.',
				organiser: 'member',
				size: 12
			},
			{
				key: 'wandel',
				name: 'Wandelclub Oog in Al',
				kind: 'leefstijlclub',
				theme: 'wandelen',
				description:
					'Op dinsdag lopen we een uur langs het Merwedekanaal en door het Park Oog in Al. We starten en eindigen bij Buurtcafé De Poort.',
				buurt: 1,
				organiser: 'member',
				size: 10
			},
			{
				key: 'repair',
				name: 'Repair Café Lombok',
				kind: 'interessegroep',
				theme: 'overig',
				description:
					'Vrijwillige reparateurs maken samen met u kapotte lampen, kleding, fietsen en kleine apparaten. Gratis; een vrijwillige bijdrage mag.',
				organiser: 'coordinator',
				size: 8
			},
			{
				key: 'brei',
				name: 'Breiclub De Poort',
				kind: 'interessegroep',
				theme: 'creatief',
				description:
					'Breien, haken en kletsen. Beginners zijn welkom: er is altijd iemand die het u voordoet. We breien ook mutsen en sjaals voor de voedselbank.',
				joinPolicy: 'request',
				organiser: 'member',
				size: 9,
				pending: 1
			},
			{
				key: 'groen',
				name: 'Groen in de buurt Lombok',
				kind: 'buurtnetwerk',
				theme: 'tuin',
				description:
					'Geveltuinen, plantenbakken en de buurttuin aan de Singel: wij maken Lombok groener. Ook wie geen tuin heeft, doet mee.',
				organiser: 'member',
				size: 11
			},
			{
				key: 'straat',
				name: 'Buurtnetwerk Bankastraat',
				kind: 'buurtnetwerk',
				theme: 'straat',
				description:
					'De buren van de Bankastraat: een appgroep, een straatfeest in de zomer en hulp als iemand ziek is. De organisator zet nieuwe buren erbij.',
				joinPolicy: 'closed',
				visibility: 'members',
				buurt: 0,
				organiser: 'member',
				size: 8
			}
		],
		series: [
			{
				group: 'koken',
				title: 'Samen koken in Lombok',
				description:
					'Deze week kookt een van de buren een gerecht uit haar of zijn keuken. We eten om 19:00 uur.',
				weekday: 'thu',
				time: ['17:30', '20:00'],
				place: 'lommerd',
				room: 'Keuken',
				capacity: 12,
				cost: '3,50',
				skip: 'christmas',
				demand: [9, 5]
			},
			{
				group: 'wandel',
				title: 'Wandeling Oog in Al',
				description: 'We lopen een uur in een rustig tempo. Koffie na afloop is voor eigen rekening.',
				weekday: 'tue',
				time: ['10:00', '11:00'],
				place: 'poort',
				skip: 'holidays',
				demand: [5, 2]
			},
			{
				group: 'brei',
				title: 'Breiclub',
				description: 'Neem uw eigen breiwerk mee, of begin aan een muts voor de voedselbank. Wol is er.',
				weekday: 'fri',
				time: ['14:00', '16:00'],
				place: 'poort',
				skip: 'christmas',
				demand: [4]
			}
		],
		events: [
			{
				group: 'repair',
				title: 'Repair Café',
				description:
					'Neem uw kapotte spullen mee: lampen, broodroosters, kleding, fietsen. Samen met een reparateur kijkt u wat er mis is. Koffie staat klaar.',
				day: on('sat', 5),
				time: ['10:00', '13:00'],
				place: 'lommerd',
				room: 'Zaal',
				share: 'network'
			},
			{
				group: 'repair',
				title: 'Repair Café',
				description:
					'Neem uw kapotte spullen mee: lampen, broodroosters, kleding, fietsen. Samen met een reparateur kijkt u wat er mis is. Koffie staat klaar.',
				day: on('sat', 33),
				time: ['10:00', '13:00'],
				place: 'lommerd',
				room: 'Zaal',
				share: 'network'
			},
			{
				group: 'repair',
				title: 'Repair Café',
				description: 'Neem uw kapotte spullen mee: lampen, broodroosters, kleding, fietsen.',
				day: on('sat', -23),
				time: ['10:00', '13:00'],
				place: 'lommerd',
				room: 'Zaal',
				demand: [14]
			},
			{
				title: 'Buurtborrel in De Poort',
				description:
					'Maak kennis met de buren en met Buurtcoöperatie Lombok Helpt. Het eerste drankje krijgt u van ons.',
				theme: 'ontmoeten',
				day: on('fri', 12),
				time: ['16:00', '18:00'],
				place: 'poort',
				share: 'city',
				demand: [8]
			}
		],
		bookings: [
			{
				group: 'brei',
				place: 'lommerd',
				room: 'Atelier',
				day: on('mon', 6),
				time: ['19:00', '21:00'],
				title: 'Breiavond: sjaals voor de voedselbank'
			},
			{
				group: 'groen',
				place: 'lommerd',
				room: 'Atelier',
				day: on('wed', 15),
				time: ['19:30', '21:00'],
				title: 'Plannen maken voor de buurttuin'
			}
		]
	},
	'Zorgcoöperatie Leidsche Rijn': {
		places: [
			{
				key: 'terwijde',
				name: 'Buurtwerkkamer Terwijde',
				kind: 'buurtwerkkamer',
				description:
					'Een plek om even binnen te lopen, voor een kop koffie of een vraag over zorg en mantelzorg.',
				address: 'Brailledreef 7',
				postcode: '3544 AB',
				accessibility: 'Drempelvrij, invalidentoilet. Bushalte Terwijde op 100 meter.',
				facilities: ['rolstoeltoegankelijk', 'invalidentoilet', 'koffie_thee', 'wifi'],
				hours: 'mon-thu 09:30-12:00 13:00-16:00; fri 09:30-12:00',
				rooms: [{ name: 'Huiskamer', capacity: 18, facilities: ['koffie_thee', 'wifi'] }],
				phone: '030 200 30 31'
			},
			{
				key: 'hoeksteen',
				name: 'Wijkcentrum De Hoeksteen',
				kind: 'buurthuis',
				description: 'Wijkcentrum in Parkwijk met een zaal, een keuken en een spreekkamer.',
				address: 'Parkwijklaan 40',
				postcode: '3541 BA',
				accessibility:
					'Drempelvrij, lift, invalidentoilet en ringleiding. Gratis parkeren achter het gebouw.',
				facilities: [
					'rolstoeltoegankelijk',
					'invalidentoilet',
					'lift',
					'ringleiding',
					'keuken',
					'koffie_thee',
					'beamer',
					'wifi',
					'parkeren'
				],
				hours: 'mon-fri 08:30-22:00',
				rooms: [
					{ name: 'Zaal', capacity: 45, facilities: ['beamer', 'ringleiding', 'rolstoeltoegankelijk'] },
					{ name: 'Keuken', capacity: 12, facilities: ['keuken'] },
					{ name: 'Spreekkamer', capacity: 6, facilities: [] }
				],
				extra: {
					weekday: 'wed',
					after: 25,
					hours: ['08:30', '17:00'],
					note: 'Avond gesloten wegens de jaarvergadering van de huurders.'
				}
			},
			{
				key: 'langerak',
				name: 'Ontmoetingshoek Zorgcentrum Langerak',
				kind: 'zorglocatie',
				description:
					'De ontmoetingshoek in de hal van het zorgcentrum staat open voor iedereen uit de buurt, niet alleen voor bewoners.',
				address: 'Langerakbaan 30',
				postcode: '3543 AB',
				accessibility: 'Helemaal drempelvrij, met lift, invalidentoilet en ringleiding.',
				facilities: ['rolstoeltoegankelijk', 'invalidentoilet', 'lift', 'ringleiding', 'koffie_thee', 'tuin'],
				hours: 'mon-sat 10:00-12:00 14:00-17:00; sun 14:00-17:00'
			}
		],
		groups: [
			{
				key: 'fit',
				name: 'Fit in de wijk',
				kind: 'leefstijlclub',
				theme: 'bewegen',
				description:
					'Een uur bewegen op muziek, op uw eigen niveau. Voor iedereen die fit wil blijven, met of zonder klachten.',
				organiser: 'member',
				size: 15
			},
			{
				key: 'wandel',
				name: 'Wandelclub Máximapark',
				kind: 'leefstijlclub',
				theme: 'wandelen',
				description: 'Op dinsdagochtend lopen we samen een rondje door het Máximapark. Ongeveer 4 kilometer.',
				organiser: 'member',
				size: 12
			},
			{
				key: 'eten',
				name: 'Samen eten Terwijde',
				kind: 'leefstijlclub',
				theme: 'koken',
				description:
					'Een paar buren koken, de anderen schuiven aan. Een warme maaltijd en gezelschap, voor wie alleen woont of mantelzorger is.',
				joinPolicy: 'request',
				organiser: 'coordinator',
				size: 10,
				pending: 1
			},
			{
				key: 'mantelzorg',
				name: 'Mantelzorgcafé',
				kind: 'interessegroep',
				theme: 'gezondheid',
				description:
					'Om de week praten mantelzorgers met elkaar over wat zij meemaken. Soms komt er iemand iets vertellen, over respijtzorg of de Wmo.',
				joinPolicy: 'request',
				organiser: 'member',
				size: 7
			},
			{
				key: 'digi',
				name: 'Computerhulp Leidsche Rijn',
				kind: 'interessegroep',
				theme: 'digitaal',
				description:
					'Vrijwilligers helpen u met uw computer, tablet of telefoon. Op afspraak of gewoon binnenlopen.',
				organiser: 'member',
				size: 6
			}
		],
		series: [
			{
				group: 'fit',
				title: 'Fit in de wijk',
				description: 'Een uur bewegen op muziek. Neem een flesje water mee.',
				weekday: 'mon',
				time: ['10:00', '11:00'],
				place: 'hoeksteen',
				room: 'Zaal',
				capacity: 15,
				cost: '1,00',
				skip: 'christmas',
				demand: [10, 5]
			},
			{
				group: 'wandel',
				title: 'Wandelen in het Máximapark',
				description: 'We vertrekken bij de buurtwerkkamer en lopen een rondje van ongeveer 4 kilometer.',
				weekday: 'tue',
				time: ['10:00', '11:30'],
				place: 'terwijde',
				skip: 'holidays',
				demand: [4]
			},
			{
				group: 'eten',
				title: 'Samen eten',
				description:
					'Een warme maaltijd met soep en toetje. Graag aanmelden, dan weten de koks hoeveel ze koken.',
				weekday: 'thu',
				time: ['17:00', '19:30'],
				place: 'hoeksteen',
				room: 'Keuken',
				capacity: 12,
				cost: '3,50',
				skip: 'christmas',
				demand: [10, 6]
			},
			{
				group: 'mantelzorg',
				title: 'Mantelzorgcafé',
				description: 'Praten met andere mantelzorgers, bij een kop koffie. Wat u vertelt, blijft hier.',
				weekday: 'wed',
				every: 2,
				time: ['14:00', '16:00'],
				place: 'langerak',
				visibility: 'members',
				skip: 'christmas',
				demand: [5]
			},
			{
				group: 'digi',
				title: 'Computerhulp',
				description: 'Neem uw apparaat en de oplader mee.',
				weekday: 'wed',
				time: ['10:00', '12:00'],
				place: 'terwijde',
				room: 'Huiskamer',
				capacity: 6,
				skip: 'christmas',
				demand: [4, 2]
			}
		],
		events: [
			{
				title: 'Lezing: vallen voorkomen',
				description:
					'Een ergotherapeut vertelt hoe u thuis vallen voorkomt: losse kleedjes, licht, schoenen en oefeningen. Met tijd voor vragen.',
				theme: 'gezondheid',
				day: on('thu', 10),
				time: ['14:00', '15:30'],
				place: 'langerak',
				capacity: 30,
				share: 'city',
				demand: [12]
			},
			{
				group: 'eten',
				title: 'Kerstlunch',
				description:
					'Een feestelijke lunch voor wie de feestdagen niet alleen wil doorbrengen. Vrijwilligers halen u op als dat nodig is.',
				day: (t) => before(next(t, '12-25'), 'wed'),
				time: ['12:00', '14:00'],
				place: 'hoeksteen',
				room: 'Zaal',
				capacity: 40,
				cost: '5,00',
				visibility: 'members',
				demand: [15]
			},
			{
				title: 'Informatiemiddag dementie',
				description:
					'De casemanager dementie vertelt wat er in de wijk is voor mensen met dementie en hun naasten.',
				theme: 'gezondheid',
				day: on('thu', -18),
				time: ['14:00', '16:00'],
				place: 'langerak',
				capacity: 30,
				demand: [16]
			}
		],
		bookings: [
			{
				group: 'mantelzorg',
				place: 'hoeksteen',
				room: 'Spreekkamer',
				day: on('tue', 9),
				time: ['13:00', '14:30'],
				title: 'Voorbereiding thema-middag respijtzorg'
			}
		]
	},
	'BBBO Kanaleneiland': {
		places: [
			{
				key: 'brug',
				name: 'Buurtwerkkamer De Brug',
				kind: 'buurtwerkkamer',
				description:
					'Buurtbewoners, ondernemers en organisaties ontmoeten elkaar hier. Er is altijd koffie en thee, ook in het Arabisch en Turks een praatje.',
				address: 'Columbuslaan 30',
				postcode: '3526 EP',
				accessibility: 'Drempelvrij en op de begane grond. Invalidentoilet.',
				facilities: ['rolstoeltoegankelijk', 'invalidentoilet', 'koffie_thee', 'wifi'],
				hours: 'mon-fri 09:00-12:30 13:30-17:00',
				rooms: [{ name: 'Huiskamer', capacity: 15, facilities: ['koffie_thee'] }],
				phone: '030 200 40 41'
			},
			{
				key: 'sleutel',
				name: 'Buurthuis De Sleutel',
				kind: 'buurthuis',
				description: 'Groot buurthuis aan de Marco Pololaan, met een zaal, een keuken en een computerruimte.',
				address: 'Marco Pololaan 4',
				postcode: '3526 GB',
				accessibility: 'Drempelvrij, lift, invalidentoilet. Ringleiding in de grote zaal.',
				facilities: [
					'rolstoeltoegankelijk',
					'invalidentoilet',
					'lift',
					'ringleiding',
					'keuken',
					'koffie_thee',
					'beamer',
					'wifi'
				],
				hours: 'mon-fri 09:00-21:30; sat 10:00-15:00',
				rooms: [
					{ name: 'Grote zaal', capacity: 80, facilities: ['beamer', 'ringleiding', 'rolstoeltoegankelijk'] },
					{ name: 'Keuken', capacity: 14, facilities: ['keuken'] },
					{ name: 'Computerruimte', capacity: 10, facilities: ['wifi', 'beamer'] }
				],
				phone: '030 200 40 42'
			},
			{
				key: 'bieb',
				name: 'Leeshoek Bibliotheek Kanaleneiland',
				kind: 'bibliotheek',
				description:
					'Een rustige hoek in de bibliotheek met kranten in verschillende talen. Hier is het Taalcafé.',
				address: 'Churchilllaan 50',
				postcode: '3527 GV',
				accessibility: 'Automatische deuren en een lift.',
				facilities: ['rolstoeltoegankelijk', 'lift', 'wifi'],
				hours: 'mon-fri 10:00-17:00; sat 10:00-14:00',
				extra: { weekday: 'mon', after: 13, note: 'Gesloten: de bibliotheek verhuist de kasten.' }
			}
		],
		groups: [
			{
				key: 'digi',
				name: 'Digicafé Kanaleneiland',
				kind: 'interessegroep',
				theme: 'digitaal',
				description:
					'Hulp bij DigiD, de app van de bank, formulieren van de gemeente en videobellen met familie. In het Nederlands, Arabisch of Turks.',
				organiser: 'member',
				size: 10
			},
			{
				key: 'fit',
				name: 'Vrouwen in beweging',
				kind: 'leefstijlclub',
				theme: 'bewegen',
				description: 'Sporten met andere vrouwen uit de wijk, onder leiding van een vrouwelijke trainer.',
				organiser: 'member',
				size: 14
			},
			{
				key: 'wandel',
				name: 'Wandelclub Kanaleneiland',
				kind: 'leefstijlclub',
				theme: 'wandelen',
				description: 'Samen wandelen langs het Merwedekanaal en door het Beatrixpark. Iedereen loopt mee.',
				organiser: 'member',
				size: 9
			},
			{
				key: 'koken',
				name: 'Buurtkeuken Kanaleneiland',
				kind: 'leefstijlclub',
				theme: 'koken',
				description:
					'Koken met verse, betaalbare ingrediënten en samen eten. Elke week kookt een ander team van buren.',
				joinPolicy: 'request',
				organiser: 'coordinator',
				size: 12,
				pending: 2
			},
			{
				key: 'taal',
				name: 'Taalcafé',
				kind: 'interessegroep',
				theme: 'ontmoeten',
				description: 'Nederlands oefenen met buren, in een ontspannen sfeer. Elk niveau is welkom.',
				organiser: 'member',
				size: 10
			},
			{
				key: 'groen',
				name: 'Groen in de buurt Kanaleneiland',
				kind: 'buurtnetwerk',
				theme: 'tuin',
				description: 'Wij onderhouden de boomspiegels en de moestuin aan de Amerikalaan.',
				organiser: 'member',
				size: 8
			}
		],
		series: [
			{
				group: 'digi',
				title: 'Digicafé',
				description: 'Neem uw telefoon, tablet of laptop mee, en uw DigiD als u die heeft.',
				weekday: 'wed',
				time: ['14:00', '16:00'],
				place: 'sleutel',
				room: 'Computerruimte',
				capacity: 8,
				skip: 'christmas',
				demand: 'full',
				cancel: { index: 3, reason: 'Het computernetwerk van het buurthuis krijgt onderhoud.' }
			},
			{
				group: 'fit',
				title: 'Vrouwen in beweging',
				description: 'Een uur sporten op muziek. Alleen voor vrouwen; de zaal is afgeschermd.',
				weekday: 'mon',
				time: ['10:00', '11:00'],
				place: 'sleutel',
				room: 'Grote zaal',
				capacity: 20,
				cost: '1,00',
				skip: 'christmas',
				demand: [12, 6]
			},
			{
				group: 'wandel',
				title: 'Wandelen langs het kanaal',
				description: 'We lopen ongeveer een uur. Vertrek bij Buurtwerkkamer De Brug.',
				weekday: 'tue',
				time: ['10:00', '11:30'],
				place: 'brug',
				skip: 'holidays',
				demand: [4],
				cancelledAgo: { index: 3, reason: 'Code oranje voor storm: wandelen was niet veilig.' }
			},
			{
				group: 'koken',
				title: 'Buurtkeuken',
				description: 'Samen koken en om 18:30 uur samen eten.',
				weekday: 'thu',
				time: ['17:00', '20:00'],
				place: 'sleutel',
				room: 'Keuken',
				capacity: 14,
				cost: '3,00',
				skip: 'christmas',
				demand: [11, 6]
			},
			{
				group: 'taal',
				title: 'Taalcafé',
				description: 'Praten over de buurt, het nieuws en het weer. Een taalvrijwilliger helpt.',
				weekday: 'fri',
				time: ['10:00', '11:30'],
				place: 'bieb',
				skip: 'holidays',
				demand: [6]
			}
		],
		events: [
			{
				title: 'Nieuwjaarsreceptie Kanaleneiland',
				description:
					'Buurtbewoners, ondernemers en organisaties wensen elkaar een gelukkig nieuwjaar. Met muziek, hapjes uit de buurt en thee.',
				theme: 'ontmoeten',
				day: (t) => onOrAfter(next(t, '01-06'), 'sat'),
				time: ['13:00', '15:00'],
				place: 'sleutel',
				room: 'Grote zaal',
				share: 'city'
			},
			{
				group: 'groen',
				title: 'Boomspiegels winterklaar maken',
				description: 'We ruimen blad op en leggen stro rond de planten. Gereedschap is er.',
				day: on('sat', 11),
				time: ['10:00', '12:00'],
				address: 'Amerikalaan, bij de moestuin',
				demand: [5]
			},
			{
				title: 'Buurtborrel',
				description: 'Een borrel voor iedereen die zich inzet voor de buurt.',
				theme: 'ontmoeten',
				day: on('fri', -9),
				time: ['15:00', '17:00'],
				place: 'brug',
				room: 'Huiskamer',
				demand: [12]
			}
		],
		bookings: [
			{
				group: 'groen',
				place: 'brug',
				room: 'Huiskamer',
				day: on('thu', 7),
				time: ['15:00', '16:30'],
				title: 'Overleg moestuin'
			}
		]
	},
	'Stadsdorp Oost': {
		places: [
			{
				key: 'kamer',
				name: 'Buurtkamer Oudwijk',
				kind: 'buurtwerkkamer',
				description: 'De huiskamer van het stadsdorp: voor koffie, een spelletje en de leesclub.',
				address: 'Oudwijkerdwarsstraat 60',
				postcode: '3581 LK',
				accessibility:
					'Twee treden bij de ingang; er is een leuning. Het toilet is niet rolstoeltoegankelijk.',
				facilities: ['koffie_thee', 'wifi'],
				hours: 'mon 13:00-17:00; tue-thu 10:00-12:30 13:30-17:00',
				rooms: [{ name: 'Kamer', capacity: 12, facilities: ['koffie_thee'] }],
				phone: '030 200 50 51'
			},
			{
				key: 'buurman',
				name: 'Café De Buurman',
				kind: 'cafe',
				description:
					'Buurtcafé aan de Abstederdijk met een achterzaal waar het stadsdorp samen eet en de breiclub zit.',
				address: 'Abstederdijk 150',
				postcode: '3582 BR',
				accessibility: 'Drempelvrij. Invalidentoilet in de achterzaal.',
				facilities: ['rolstoeltoegankelijk', 'invalidentoilet', 'keuken', 'koffie_thee', 'wifi'],
				hours: 'wed-sun 11:00-22:00',
				rooms: [{ name: 'Achterzaal', capacity: 30, facilities: ['keuken', 'rolstoeltoegankelijk'] }]
			}
		],
		groups: [
			{
				key: 'wandel',
				name: 'Wandelclub Stadsdorp Oost',
				kind: 'leefstijlclub',
				theme: 'wandelen',
				description:
					'Op woensdagochtend wandelen we door Oudwijk, langs de Kromme Rijn en het Wilhelminapark.',
				organiser: 'member',
				size: 11
			},
			{
				key: 'brei',
				name: 'Breiclub De Buurman',
				kind: 'interessegroep',
				theme: 'creatief',
				description: 'Breien en haken met een kop thee. Ook beginners zijn welkom.',
				organiser: 'member',
				size: 7
			},
			{
				key: 'lees',
				name: 'Leesclub Oost',
				kind: 'interessegroep',
				theme: 'cultuur',
				description:
					'Om de week bespreken we een boek dat we allemaal gelezen hebben. Het boek kiezen we samen.',
				joinPolicy: 'request',
				organiser: 'member',
				size: 8,
				pending: 1
			},
			{
				key: 'eten',
				name: 'Samen eten in Abstede',
				kind: 'leefstijlclub',
				theme: 'koken',
				description:
					'Op vrijdag eten buren samen in de achterzaal van Café De Buurman. Een vaste kok, een vaste prijs.',
				organiser: 'coordinator',
				size: 14
			},
			{
				key: 'buren',
				name: 'Burennetwerk Abstederdijk',
				kind: 'buurtnetwerk',
				theme: 'straat',
				description:
					'Buren van de Abstederdijk letten op elkaar: wie is er ziek, wie heeft hulp nodig, wie is op vakantie.',
				joinPolicy: 'closed',
				visibility: 'members',
				buurt: 1,
				organiser: 'member',
				size: 10
			}
		],
		series: [
			{
				group: 'wandel',
				title: 'Wandelen door Oost',
				description: 'Vertrek bij de Buurtkamer Oudwijk. Na afloop koffie.',
				weekday: 'wed',
				time: ['10:00', '11:30'],
				place: 'kamer',
				skip: 'holidays',
				demand: [5, 3]
			},
			{
				group: 'brei',
				title: 'Breiclub',
				description: 'Breien en haken in Café De Buurman.',
				weekday: 'thu',
				time: ['14:00', '16:00'],
				place: 'buurman',
				skip: 'christmas',
				demand: [4]
			},
			{
				group: 'lees',
				title: 'Leesclub',
				description: 'We bespreken het boek van deze maand. Lees het boek van tevoren.',
				weekday: 'mon',
				every: 2,
				time: ['19:30', '21:00'],
				place: 'kamer',
				room: 'Kamer',
				capacity: 10,
				visibility: 'members',
				skip: 'christmas',
				demand: [7]
			},
			{
				group: 'eten',
				title: 'Samen eten',
				description:
					'Een driegangenmaaltijd in de achterzaal. Vegetarisch kan, geef het door bij het aanmelden.',
				weekday: 'fri',
				time: ['18:00', '20:30'],
				place: 'buurman',
				room: 'Achterzaal',
				capacity: 24,
				cost: '6,00',
				skip: 'christmas',
				demand: [14, 8]
			}
		],
		events: [
			{
				title: 'Kerstborrel van het stadsdorp',
				description: 'Glühwein, warme chocolademelk en kerstliedjes met de buren.',
				theme: 'ontmoeten',
				day: (t) => before(next(t, '12-25'), 'sun'),
				time: ['16:00', '19:00'],
				place: 'buurman',
				room: 'Achterzaal',
				share: 'city',
				demand: [8]
			},
			{
				title: 'Ledenavond',
				description: 'We bespreken de plannen voor volgend jaar en de contributie. Alle leden zijn welkom.',
				theme: 'ontmoeten',
				day: on('tue', 20),
				time: ['19:30', '21:30'],
				place: 'kamer',
				room: 'Kamer',
				capacity: 12,
				visibility: 'members',
				demand: [7]
			},
			{
				group: 'buren',
				title: 'Burenoverleg Abstederdijk',
				description: 'Wie let op wie tijdens de feestdagen? En wie regelt de oliebollen?',
				theme: 'straat',
				day: on('thu', 16),
				time: ['19:30', '21:00'],
				place: 'kamer',
				room: 'Kamer',
				visibility: 'group',
				demand: [6]
			},
			{
				title: 'Lezing: de geschiedenis van Oudwijk',
				description: 'Een buurtbewoner en amateurhistoricus vertelt over Oudwijk vroeger, met oude foto’s.',
				theme: 'cultuur',
				day: on('wed', -27),
				time: ['19:30', '21:00'],
				place: 'kamer',
				room: 'Kamer',
				capacity: 12,
				demand: [12]
			}
		],
		bookings: [
			{
				group: 'brei',
				place: 'buurman',
				room: 'Achterzaal',
				day: on('sat', 8),
				time: ['13:00', '16:00'],
				title: 'Haakmiddag: kerstversiering maken'
			}
		]
	}
};

// ---------------------------------------------------------------- small helpers

function shuffled<T>(rnd: SeededRandom, list: readonly T[]): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rnd.next() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const chance = (rnd: SeededRandom, p: number) => rnd.next() < p;

/** The weekly hours of "mon-fri 09:30-12:30 13:30-16:30; sat 10:00-14:00" as opening periods. */
function weekOf(spec: string): { weekday: Weekday; opens: string; closes: string }[] {
	return spec.split(';').flatMap((part) => {
		const [days, ...periods] = part.trim().split(/\s+/);
		const [first, last] = days!.split('-') as [Weekday, Weekday | undefined];
		return WEEKDAYS.slice(indexOf(first), indexOf(last ?? first) + 1).flatMap((weekday) =>
			periods.map((period) => {
				const [opens, closes] = period.split('-');
				return { weekday, opens: opens!, closes: closes! };
			})
		);
	});
}

interface Member {
	id: string;
	userId: string | null;
	name: string;
	email: string | null;
	roles: Role[];
	areaId: string | null;
}

async function activeMembers(orgId: string): Promise<Member[]> {
	const db = await getDb();
	return (
		(
			await db
				.select({
					id: person.id,
					userId: person.userId,
					name: person.name,
					email: person.email,
					roles: membership.roles,
					areaId: membership.areaId
				})
				.from(membership)
				.innerJoin(person, eq(person.id, membership.personId))
				.where(and(eq(membership.orgId, orgId), eq(membership.status, 'active')))
				// Ids are random: order by what the seed made, so every run picks the same people.
				.orderBy(asc(person.name), asc(person.phone), asc(person.address))
		).map((m) => ({ ...m, roles: m.roles as Role[] }))
	);
}

// ---------------------------------------------------------------- one organisation

interface PlaceMade {
	id: string;
	areaId: string | null;
	rooms: Map<string, string>;
}

interface GroupMade {
	id: string;
	organiser: Member;
	members: Member[];
}

/** A date of the agenda: made through the use case (coming) or written to the tables (past). */
interface Occurrence {
	idea: ActivityIdea;
	day: string;
	seriesId: string | null;
	recurrence: 'none' | 'weekly' | 'fortnightly';
	cancelReason?: string;
}

interface OrgSeedContext {
	rnd: SeededRandom;
	org: HelpSeedOrg;
	/** The organisation's active members, in a fixed order. */
	members: Member[];
	/** The demo accounts when they are members here (Overvecht), else null. */
	accounts: { volunteer: Member | null; resident: Member | null };
	now: Date;
	day: string;
}

/** Everything seeded for one member organisation, step by step (places, groups, agenda, history). */
class OrgSeed {
	readonly rnd: SeededRandom;
	readonly org: HelpSeedOrg;
	readonly members: Member[];
	readonly accounts: OrgSeedContext['accounts'];
	readonly now: Date;
	readonly day: string;
	readonly plan: OrgPlan;
	readonly places = new Map<string, PlaceMade>();
	readonly groups = new Map<string, GroupMade>();
	private readonly actors = new Map<string, PersonActor>();

	constructor(ctx: OrgSeedContext) {
		({
			rnd: this.rnd,
			org: this.org,
			members: this.members,
			accounts: this.accounts,
			now: this.now,
			day: this.day
		} = ctx);
		this.plan = PLANS[ctx.org.name] ?? PLANS['Stadsdorp Oost']!;
	}

	get coordinator(): Member {
		return this.members.find((m) => m.id === this.org.coordinatorId)!;
	}

	/** Members the seed may place at random: not the demo accounts, not the coordinator. */
	get ordinary(): Member[] {
		const special = new Set([
			this.org.coordinatorId,
			this.accounts.volunteer?.id,
			this.accounts.resident?.id
		]);
		return this.members.filter((m) => !special.has(m.id));
	}

	/** A signed-in person as the policy sees them (every demo person is a member of this one organisation). */
	actorOf(m: Member): PersonActor {
		let actor = this.actors.get(m.id);
		if (!actor) {
			actor = {
				kind: 'person',
				userId: m.userId,
				personId: m.id,
				name: m.name,
				email: m.email,
				memberships: [{ orgId: this.org.id, roles: m.roles }]
			};
			this.actors.set(m.id, actor);
		}
		return actor;
	}

	// ------------------------------------------------------------ places

	/**
	 * The places through the use case (it files each under the buurt of its postcode). Their weekly hours,
	 * exceptions and rooms are plain facts written in one transaction: through the use cases they would take
	 * a transaction each, about eighty in all, and the seed must stay fast.
	 */
	async makePlaces(): Promise<void> {
		const made: { idea: PlaceIdea; id: string; areaId: string | null }[] = [];
		for (const idea of this.plan.places) {
			const place = await places.createPlace(system, this.org.id, {
				name: idea.name,
				kind: idea.kind,
				description: idea.description,
				address: idea.address,
				postcode: idea.postcode,
				city: 'Utrecht',
				accessibility: idea.accessibility,
				facilities: idea.facilities,
				contactName: idea.contactName ?? '',
				phone: idea.phone ?? ''
			});
			made.push({ idea, id: place.id, areaId: place.areaId });
		}
		const hours = made.flatMap(({ idea, id }) => weekOf(idea.hours).map((p) => ({ placeId: id, ...p })));
		const exceptions = made.flatMap(({ idea, id }) =>
			this.exceptionsOf(idea).map((e) => ({ placeId: id, ...e }))
		);
		const rooms = made.flatMap(({ idea, id }) =>
			(idea.rooms ?? []).map((r) => ({
				placeId: id,
				name: r.name,
				capacity: r.capacity,
				facilities: r.facilities
			}))
		);
		const roomIds = await inTransaction(async (tx) => {
			if (hours.length) await tx.insert(placeOpeningHours).values(hours);
			if (exceptions.length) await tx.insert(placeHoursException).values(exceptions);
			return rooms.length
				? tx.insert(room).values(rooms).returning({ id: room.id, placeId: room.placeId, name: room.name })
				: [];
		});
		for (const { idea, id, areaId } of made)
			this.places.set(idea.key, {
				id,
				areaId,
				rooms: new Map(roomIds.filter((r) => r.placeId === id).map((r) => [r.name, r.id]))
			});
	}

	/** Closed on Christmas, Boxing Day and New Year's Day, shorter on the eves; only on days the place is
	 * open anyway, and only in the coming eight weeks. Plus the place's own extra exception. */
	private exceptionsOf(
		idea: PlaceIdea
	): { date: string; opens: string | null; closes: string | null; note: string }[] {
		const out: { date: string; opens: string | null; closes: string | null; note: string }[] = [];
		const last = addDays(this.day, WINDOW_DAYS - 1);
		const holidays: [string, string, string | null][] = [
			['12-24', 'Kerstavond: open tot 15:00 uur.', '15:00'],
			['12-25', 'Eerste kerstdag: gesloten.', null],
			['12-26', 'Tweede kerstdag: gesloten.', null],
			['12-31', 'Oudejaarsdag: open tot 15:00 uur.', '15:00'],
			['01-01', 'Nieuwjaarsdag: gesloten.', null]
		];
		for (const [monthDay, note, closesAt] of holidays) {
			const date = next(this.day, monthDay);
			const open = weekOf(idea.hours).filter((p) => p.weekday === weekdayOf(date));
			if (date > last || !open.length) continue;
			const opens = open[0]!.opens;
			if (closesAt === null) out.push({ date, opens: null, closes: null, note });
			else if (opens < closesAt) out.push({ date, opens, closes: closesAt, note });
		}
		if (idea.extra) {
			const date = onOrAfter(addDays(this.day, idea.extra.after), idea.extra.weekday);
			out.push({
				date,
				opens: idea.extra.hours?.[0] ?? null,
				closes: idea.extra.hours?.[1] ?? null,
				note: idea.extra.note
			});
		}
		return out.filter((e, i) => out.findIndex((x) => x.date === e.date) === i);
	}

	// ------------------------------------------------------------ groups

	/**
	 * The groups the coordinator organises go through the use case, as the coordinator (who becomes their
	 * organiser). The others, and every group's members, have been around for months: history, written to
	 * the tables in one transaction.
	 */
	async makeGroups(): Promise<void> {
		const used = new Set<string>();
		const ordinary = this.ordinary;
		const candidates = ordinary.filter(
			(m) => m.roles.includes('vrijwilliger') || m.roles.includes('bewoner') || m.roles.includes('bestuur')
		);
		const planned = this.plan.groups.map((idea) => {
			const buurt = idea.buurt === undefined ? undefined : this.org.buurten[idea.buurt];
			const fromBuurt = (list: Member[]) =>
				buurt
					? [...list.filter((m) => m.areaId === buurt.id), ...list.filter((m) => m.areaId !== buurt.id)]
					: list;
			const organiser =
				idea.organiser === 'coordinator'
					? this.coordinator
					: idea.organiser === 'volunteer' && this.accounts.volunteer
						? this.accounts.volunteer
						: fromBuurt(shuffled(this.rnd, candidates)).find((m) => !used.has(m.name))!;
			// Two organisers never share a name (the demo has namesakes), so the group pages stay clear.
			used.add(organiser.name);
			const pool = fromBuurt(shuffled(this.rnd, ordinary)).filter((m) => m.id !== organiser.id);
			const members = pool.slice(0, idea.size);
			const waiting = pool.slice(idea.size, idea.size + (idea.pending ?? 0));
			const resident = this.accounts.resident;
			if (resident && idea.resident === 'member') members.push(resident);
			if (resident && idea.resident === 'pending') waiting.push(resident);
			const since = instantOf(addDays(this.day, -330 - Math.floor(this.rnd.next() * 200)), '10:00');
			const values = {
				orgId: this.org.id,
				name: idea.name,
				kind: idea.kind,
				theme: idea.theme,
				description: idea.description,
				joinPolicy: idea.joinPolicy ?? 'open',
				visibility: idea.visibility ?? 'public',
				areaId: buurt?.id ?? null,
				contactName: organiser.name,
				contactEmail: organiser.email
			};
			return { idea, organiser, members, waiting, since, values };
		});

		const ids = new Map<string, string>();
		for (const g of planned.filter((g) => g.idea.organiser === 'coordinator')) {
			const group = await activities.createGroup(this.actorOf(g.organiser), this.org.id, {
				...g.values,
				areaId: g.values.areaId ?? '',
				contactEmail: g.values.contactEmail ?? ''
			});
			ids.set(g.idea.key, group.id);
		}
		const rows: (typeof groupMember.$inferInsert)[] = [];
		await inTransaction(async (tx) => {
			for (const g of planned) {
				let id = ids.get(g.idea.key);
				if (id)
					await tx
						.update(activityGroup)
						.set({ createdAt: g.since, updatedAt: g.since })
						.where(eq(activityGroup.id, id));
				else {
					const [inserted] = await tx
						.insert(activityGroup)
						.values({
							...g.values,
							createdBy: this.org.coordinatorId,
							createdAt: g.since,
							updatedAt: g.since
						})
						.returning({ id: activityGroup.id });
					id = inserted!.id;
					rows.push({
						groupId: id,
						personId: g.organiser.id,
						role: 'organiser',
						status: 'active',
						addedBy: this.org.coordinatorId,
						createdAt: g.since
					});
				}
				for (const m of g.members)
					rows.push({
						groupId: id,
						personId: m.id,
						role: 'member',
						status: 'active',
						addedBy: m.email ? m.id : g.organiser.id,
						createdAt: new Date(g.since.getTime() + Math.floor(this.rnd.next() * 300) * 86_400_000)
					});
				for (const [i, m] of g.waiting.entries())
					rows.push({
						groupId: id,
						personId: m.id,
						role: 'member',
						status: 'pending',
						addedBy: m.id,
						createdAt: new Date(this.now.getTime() - (i + 1) * 3 * 86_400_000)
					});
				this.groups.set(g.idea.key, { id, organiser: g.organiser, members: g.members });
			}
			await tx.insert(groupMember).values(rows);
		});
	}

	// ------------------------------------------------------------ the agenda

	/** Who plans and signs others up: the group's organiser, or the coordinator for the organisation's own. */
	private plannerOf(idea: ActivityIdea): Member {
		return idea.group ? this.groups.get(idea.group)!.organiser : this.coordinator;
	}

	private groupIdOf(idea: ActivityIdea): string | null {
		return idea.group ? this.groups.get(idea.group)!.id : null;
	}

	/** The activity's own theme, else its group's. */
	private themeOf(idea: ActivityIdea): Theme {
		return idea.theme ?? this.plan.groups.find((g) => g.key === idea.group)?.theme ?? 'ontmoeten';
	}

	/** The form of the activity page for `day`. */
	private activityForm(idea: ActivityIdea, day: string): Record<string, string> {
		const place = idea.place ? this.places.get(idea.place)! : undefined;
		const planner = this.plannerOf(idea);
		return {
			title: idea.title,
			description: idea.description,
			theme: this.themeOf(idea),
			groupId: this.groupIdOf(idea) ?? '',
			date: day,
			timeFrom: idea.time[0],
			timeTo: idea.time[1],
			placeId: place?.id ?? '',
			roomId: idea.room ? place!.rooms.get(idea.room)! : '',
			address: idea.address ?? '',
			capacity: idea.capacity === undefined ? '' : String(idea.capacity),
			cost: idea.cost ?? '',
			accessibility: idea.accessibility ?? '',
			visibility: idea.visibility ?? 'public',
			share: idea.share ?? 'organisation',
			contactName: planner.name
		};
	}

	private ended(day: string, time: Time) {
		return instantOf(day, time[1]).getTime() <= this.now.getTime();
	}

	/**
	 * Makes the coming dates through createActivity (which books the room), calls off the planned ones, and
	 * returns the past dates for the history, and the coming activities in date order per idea for sign-ups.
	 */
	async makeAgenda(): Promise<{ past: Occurrence[]; coming: { idea: ActivityIdea; ids: string[] }[] }> {
		const past: Occurrence[] = [];
		const coming: { idea: ActivityIdea; ids: string[] }[] = [];
		const first = this.day;
		const last = addDays(this.day, WINDOW_DAYS - 1);
		const since = addDays(this.day, -HISTORY_DAYS);

		for (const idea of this.plan.series) {
			const step = (idea.every ?? 1) * 7;
			const skip = (d: string) => (idea.skip === 'christmas' ? isChristmasBreak(d) : isHoliday(d));
			const start = onOrAfter(first, idea.weekday);
			const dates: string[] = [];
			for (let d = start; d >= since; d = addDays(d, -step)) dates.unshift(d);
			for (let d = addDays(start, step); d <= last; d = addDays(d, step)) dates.push(d);
			const upcoming = dates.filter((d) => !this.ended(d, idea.time));
			const recurrence = idea.every === 2 ? 'fortnightly' : 'weekly';
			let seriesId: string | null = null;
			if (upcoming.length) {
				const created = await activities.createActivity(this.actorOf(this.plannerOf(idea)), this.org.id, {
					...this.activityForm(idea, upcoming[0]!),
					recurrence,
					repeatUntil: upcoming.at(-1)!,
					exceptDates: upcoming.filter(skip)
				});
				seriesId = created[0]!.seriesId;
				const ids = created.map((a) => a.id);
				const cancelled = idea.cancel ? ids[idea.cancel.index] : undefined;
				if (cancelled)
					await activities.cancelActivity(this.actorOf(this.plannerOf(idea)), this.org.id, cancelled, {
						reason: idea.cancel!.reason
					});
				coming.push({ idea, ids: ids.filter((id) => id !== cancelled) });
			}
			const done = dates.filter((d) => this.ended(d, idea.time) && !skip(d));
			seriesId ??= randomUUID();
			done.forEach((day, i) =>
				past.push({
					idea,
					day,
					seriesId,
					recurrence,
					cancelReason: idea.cancelledAgo?.index === done.length - i ? idea.cancelledAgo.reason : undefined
				})
			);
		}

		for (const idea of this.plan.events) {
			const day = shifted(idea.day(this.day));
			if (!day || day < since || day > last) continue;
			if (this.ended(day, idea.time)) {
				past.push({ idea, day, seriesId: null, recurrence: 'none' });
				continue;
			}
			const [created] = await activities.createActivity(
				this.actorOf(this.plannerOf(idea)),
				this.org.id,
				this.activityForm(idea, day)
			);
			coming.push({ idea, ids: [created!.id] });
		}
		return { past, coming };
	}

	/** Group room bookings through the use case, by the group's organiser. */
	async makeBookings(): Promise<void> {
		for (const b of this.plan.bookings) {
			const day = shifted(b.day(this.day));
			if (!day || this.ended(day, [b.time[0], b.time[0]])) continue;
			const group = this.groups.get(b.group)!;
			await places.bookRoom(this.actorOf(group.organiser), this.org.id, {
				roomId: this.places.get(b.place)!.rooms.get(b.room)!,
				groupId: group.id,
				date: day,
				timeFrom: b.time[0],
				timeTo: b.time[1],
				title: b.title
			});
		}
	}

	// ------------------------------------------------------------ sign-ups for the coming weeks

	/** The regulars first (the group's members), then other members of the organisation. */
	private candidatesFor(idea: ActivityIdea, withAccounts: boolean): Member[] {
		const group = idea.group ? this.groups.get(idea.group)! : undefined;
		const accounts = new Set([this.accounts.volunteer?.id, this.accounts.resident?.id]);
		const regulars = group
			? shuffled(this.rnd, group.members).filter((m) => withAccounts || !accounts.has(m.id))
			: [];
		if (idea.visibility === 'group') return regulars;
		const seen = new Set(regulars.map((m) => m.id));
		return [...regulars, ...shuffled(this.rnd, this.ordinary).filter((m) => !seen.has(m.id))];
	}

	/**
	 * Sign-ups for the first coming dates. Most were made in the last days: written to the table in one
	 * transaction, in order of sign-up, confirmed while there is room and on the wait list after that (the
	 * rules of signUp). Then the demo accounts sign up through the use case, as they would today; on a full
	 * date the resident lands on the wait list, with one more person after her.
	 */
	async signUps(coming: { idea: ActivityIdea; ids: string[] }[]): Promise<void> {
		const rows: (typeof activitySignup.$inferInsert)[] = [];
		const later: { activityId: string; member: Member }[] = [];
		for (const { idea, ids } of coming) {
			const accounts = (idea.accounts ?? [])
				.map((who) => this.accounts[who])
				.filter((m): m is Member => m !== null);
			const demand = idea.demand ?? [];
			const counts = demand === 'full' ? [idea.capacity!, Math.ceil(idea.capacity! * 0.6), 3] : demand;
			for (const [index, activityId] of ids.entries()) {
				const wanted = counts[index] ?? 0;
				const full = demand === 'full' && index === 0;
				const people = this.candidatesFor(idea, false);
				const signedUp = (hoursAgo: number) => new Date(this.now.getTime() - hoursAgo * 3_600_000);
				const planner = this.plannerOf(idea);
				let taken = 0;
				let hoursAgo = 24 * 6;
				while (taken < wanted && people.length) {
					const room = idea.capacity === undefined ? 2 : idea.capacity - taken;
					if (room < 1) break;
					const m = people.shift()!;
					const guests = room >= 2 && chance(this.rnd, 0.15) ? 1 : 0;
					hoursAgo -= 1 + Math.floor(this.rnd.next() * 8);
					rows.push({
						activityId,
						personId: m.id,
						status: 'confirmed',
						guests,
						signedUpBy: m.email ? m.id : planner.id,
						createdAt: signedUp(Math.max(hoursAgo, 2))
					});
					taken += 1 + guests;
				}
				if (full) {
					// Full: one waits already; the demo resident and one more join the wait list today.
					const [first, last] = people.splice(0, 2);
					if (first)
						rows.push({
							activityId,
							personId: first.id,
							status: 'waitlist',
							signedUpBy: first.email ? first.id : planner.id,
							createdAt: signedUp(1)
						});
					for (const m of accounts) later.push({ activityId, member: m });
					if (last) later.push({ activityId, member: last });
				} else if (index === 0) for (const m of accounts) later.push({ activityId, member: m });
			}
		}
		if (rows.length)
			await inTransaction((tx) =>
				tx
					.insert(activitySignup)
					.values(rows)
					.then(() => undefined)
			);
		for (const { activityId, member } of later) {
			const idea = coming.find((c) => c.ids.includes(activityId))!.idea;
			if (member.email)
				await activities.signUp(this.actorOf(member), this.org.id, activityId, { guests: '0' });
			else
				await activities.signUpOther(this.actorOf(this.plannerOf(idea)), this.org.id, activityId, {
					personId: member.id,
					guests: '0'
				});
		}
	}

	// ------------------------------------------------------------ the last six weeks

	/** The past dates with their sign-ups, attendance and room bookings, in one transaction. */
	async writeHistory(past: Occurrence[]): Promise<void> {
		const rows: (typeof activity.$inferInsert & { id: string })[] = [];
		const signups: (typeof activitySignup.$inferInsert)[] = [];
		const bookings: (typeof roomBooking.$inferInsert)[] = [];
		// The most recent date of each series may still wait for its attendance list.
		const latest = new Map<string, string>();
		for (const o of past) if (o.seriesId) latest.set(o.seriesId, o.day);
		for (const o of past) {
			const planner = this.plannerOf(o.idea);
			const place = o.idea.place ? this.places.get(o.idea.place)! : undefined;
			const roomId = o.idea.room ? place!.rooms.get(o.idea.room)! : null;
			const startsAt = instantOf(o.day, o.idea.time[0]);
			const endsAt = instantOf(o.day, o.idea.time[1]);
			const madeAt = instantOf(addDays(o.day, o.seriesId ? -56 : -21), '11:00');
			const id = randomUUID();
			rows.push({
				id,
				orgId: this.org.id,
				groupId: this.groupIdOf(o.idea),
				seriesId: o.seriesId,
				recurrence: o.recurrence,
				title: o.idea.title,
				description: o.idea.description,
				theme: this.themeOf(o.idea),
				startsAt,
				endsAt,
				placeId: place?.id ?? null,
				roomId,
				address: place ? null : (o.idea.address ?? null),
				areaId: place?.areaId ?? null,
				capacity: o.idea.capacity ?? null,
				costCents: o.idea.cost ? Math.round(Number(o.idea.cost.replace(',', '.')) * 100) : 0,
				accessibility: o.idea.accessibility ?? '',
				visibility: o.idea.visibility ?? 'public',
				share: o.idea.share ?? 'organisation',
				status: o.cancelReason ? 'cancelled' : 'scheduled',
				cancelReason: o.cancelReason ?? null,
				contactName: planner.name,
				reminderSentAt: instantOf(addDays(o.day, -1), '09:00'),
				createdBy: planner.id,
				createdAt: madeAt,
				updatedAt: madeAt
			});
			if (roomId && !o.cancelReason)
				bookings.push({
					roomId,
					orgId: this.org.id,
					groupId: this.groupIdOf(o.idea),
					activityId: id,
					startsAt,
					endsAt,
					title: o.idea.title,
					bookedBy: planner.id,
					createdAt: madeAt
				});
			if (o.cancelReason) continue;

			const demand = o.idea.demand ?? [];
			const usual = demand === 'full' ? o.idea.capacity! : (demand[0] ?? 4);
			const wanted = Math.max(2, Math.round(usual * (0.6 + 0.4 * this.rnd.next())));
			const open = o.seriesId !== null && latest.get(o.seriesId) === o.day && chance(this.rnd, 0.3);
			let taken = 0;
			// The demo accounts were there on earlier days; today's list keeps to their coming sign-ups.
			for (const m of this.candidatesFor(o.idea, o.day < this.day)) {
				if (taken >= wanted || (o.idea.capacity !== undefined && taken >= o.idea.capacity)) break;
				taken++;
				const signedUp = new Date(startsAt.getTime() - (1 + Math.floor(this.rnd.next() * 9)) * 86_400_000);
				signups.push({
					activityId: id,
					personId: m.id,
					status: 'confirmed',
					signedUpBy: m.email ? m.id : planner.id,
					attended: open ? null : chance(this.rnd, 0.87),
					attendanceBy: open ? null : planner.id,
					createdAt: signedUp
				});
			}
		}
		await inTransaction(async (tx) => {
			if (rows.length) await tx.insert(activity).values(rows);
			if (signups.length) await tx.insert(activitySignup).values(signups);
			if (bookings.length) await tx.insert(roomBooking).values(bookings);
		});
	}
}

// ---------------------------------------------------------------- the whole

/** Fills meeting places, groups and the agenda for every member organisation; the first is Overvecht with
 * the demo accounts (the volunteer organises the walking club, the resident waits for a cooking place). */
export async function seedActivities(
	parent: SeededRandom,
	orgs: HelpSeedOrg[],
	accounts: HelpSeedAccounts
): Promise<void> {
	const now = new Date();
	const day = today(now);
	for (const org of orgs) {
		const members = await activeMembers(org.id);
		const seed = new OrgSeed({
			rnd: parent.fork(),
			org,
			members,
			accounts: {
				volunteer: members.find((m) => m.id === accounts.volunteer) ?? null,
				resident: members.find((m) => m.id === accounts.resident) ?? null
			},
			now,
			day
		});
		await seed.makePlaces();
		await seed.makeGroups();
		const { past, coming } = await seed.makeAgenda();
		await seed.makeBookings();
		await seed.signUps(coming);
		await seed.writeHistory(past);
	}
}
