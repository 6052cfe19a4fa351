// Demo data: a fictional SAMEN030 in the fictional network 500WIJKCOÖPERATIES, with Utrecht's ten wijken,
// five member organisations, about 200 members in all roles and half a year of Vraag en aanbod
// (demo-help.ts). Deterministic (seeded random), so the demo and the e2e tests always see the same
// people. All names of people are fictional.
import { count } from 'drizzle-orm';
import { getDb } from '../db/client.ts';
import { inTransaction } from '../db/transaction.ts';
import { systemActor } from '../shared/actor.ts';
import { organisation } from '../modules/organisations/organisations.table.ts';
import { membership, person } from '../modules/members/members.table.ts';
import * as orgs from '../modules/organisations/organisations.usecases.ts';
import { grantRoles } from '../modules/members/members.usecases.ts';
import type { Role } from '#lib/domain/members.ts';
import { AVAILABILITY_SLOTS, SKILLS } from '#lib/domain/members.ts';
import { DEMO_ACCOUNTS } from './demo-accounts.ts';
import { seedHelp, type SeededRandom } from './demo-help.ts';
import { seedActivities } from './demo-activities.ts';
import { seedKnowledge } from './demo-knowledge.ts';
import { seedGovernance } from './demo-governance.ts';
import { slugify } from '../shared/slug.ts';

const actor = systemActor('demo seed');

export { DEMO_ACCOUNTS };

// CBS wijk codes of the gemeente Utrecht (GM0344), with the approximate centre of each wijk (WGS84
// latitude, longitude). These centres and those of the buurten below are rough estimates (within about a
// kilometre), good enough for the distances in matching, not for a map.
const WIJKEN: [name: string, cbsCode: string, latitude: number, longitude: number][] = [
	['West', 'WK034401', 52.091, 5.097],
	['Noordwest', 'WK034402', 52.107, 5.1],
	['Overvecht', 'WK034403', 52.115, 5.118],
	['Noordoost', 'WK034404', 52.104, 5.134],
	['Oost', 'WK034405', 52.087, 5.142],
	['Binnenstad', 'WK034406', 52.091, 5.121],
	['Zuid', 'WK034407', 52.073, 5.128],
	['Zuidwest', 'WK034408', 52.076, 5.101],
	['Leidsche Rijn', 'WK034409', 52.099, 5.062],
	['Vleuten-De Meern', 'WK034410', 52.094, 5.022]
];

interface DemoOrg {
	name: string;
	kind: 'wijkcooperatie' | 'buurtcooperatie' | 'zorgcooperatie' | 'bbbo' | 'stadsdorp';
	wijk: string;
	description: string;
	email: string;
	phone: string;
	address: string;
	postcode: string;
	/** Name, PC4 postcodes and the approximate centre (latitude, longitude). */
	buurten: [name: string, postcodes: string[], latitude: number, longitude: number][];
}

const ORGS: DemoOrg[] = [
	{
		name: 'Wijkcoöperatie Overvecht Samen',
		kind: 'wijkcooperatie',
		wijk: 'Overvecht',
		description:
			'Bewoners en professionals in Overvecht helpen elkaar. Wij regelen vervoer, boodschappen, klussen en gezelschap. Kom langs op ons wijkinformatiepunt of bel ons.',
		email: 'info@overvecht-samen.example',
		phone: '030 200 10 10',
		address: 'Dreef 12',
		postcode: '3563 AA',
		buurten: [
			['Overvecht-Noord', ['3564'], 52.123, 5.114],
			['Overvecht-Zuid', ['3562'], 52.109, 5.113],
			['Tigris- en Zambesidreef', ['3563'], 52.117, 5.124]
		]
	},
	{
		name: 'Buurtcoöperatie Lombok Helpt',
		kind: 'buurtcooperatie',
		wijk: 'West',
		description:
			'Een buurtcoöperatie voor en door bewoners van Lombok en Oog in Al. Samen eten, samen klussen, samen zorgen.',
		email: 'hallo@lombok-helpt.example',
		phone: '030 200 20 20',
		address: 'Kanaalstraat 80',
		postcode: '3531 CK',
		buurten: [
			['Lombok', ['3531'], 52.092, 5.1],
			['Oog in Al', ['3532'], 52.089, 5.087]
		]
	},
	{
		name: 'Zorgcoöperatie Leidsche Rijn',
		kind: 'zorgcooperatie',
		wijk: 'Leidsche Rijn',
		description:
			'Zorg dichtbij huis in Leidsche Rijn: mantelzorgondersteuning, maaltijden en een luisterend oor.',
		email: 'contact@zorg-leidscherijn.example',
		phone: '030 200 30 30',
		address: 'Brailledreef 5',
		postcode: '3544 AB',
		buurten: [
			['Terwijde', ['3544'], 52.103, 5.047],
			['Parkwijk', ['3541'], 52.101, 5.072],
			['Langerak', ['3543'], 52.089, 5.06]
		]
	},
	{
		name: 'BBBO Kanaleneiland',
		kind: 'bbbo',
		wijk: 'Zuidwest',
		description:
			'Buurtbewoners, buurtondernemers en buurtorganisaties in Kanaleneiland werken samen aan een gezonde wijk.',
		email: 'bbbo@kanaleneiland.example',
		phone: '030 200 40 40',
		address: 'Marco Pololaan 2',
		postcode: '3526 GB',
		buurten: [
			['Kanaleneiland-Noord', ['3526'], 52.078, 5.101],
			['Kanaleneiland-Zuid', ['3527'], 52.07, 5.097]
		]
	},
	{
		name: 'Stadsdorp Oost',
		kind: 'stadsdorp',
		wijk: 'Oost',
		description: 'Een stadsdorp van buren in Oudwijk en Abstede die een oogje in het zeil houden.',
		email: 'buren@stadsdorp-oost.example',
		phone: '030 200 50 50',
		address: 'Biltstraat 100',
		postcode: '3572 BJ',
		buurten: [
			['Oudwijk', ['3581'], 52.091, 5.134],
			['Abstede', ['3582'], 52.087, 5.138]
		]
	}
];

const FIRST = [
	'Anna',
	'Henk',
	'Fatima',
	'Jan',
	'Mohamed',
	'Els',
	'Piet',
	'Ayşe',
	'Kees',
	'Marja',
	'Yusuf',
	'Ineke',
	'Joost',
	'Samira',
	'Wim',
	'Gerda',
	'Ahmed',
	'Truus',
	'Bram',
	'Naima',
	'Ria',
	'Kofi',
	'Lotte',
	'Agnieszka',
	'Sven',
	'Hanneke',
	'Rachid',
	'Corrie',
	'Daan',
	'Mirjam'
];
const LAST = [
	'de Vries',
	'Jansen',
	'El Amrani',
	'Bakker',
	'Yılmaz',
	'Visser',
	'Smit',
	'Meijer',
	'de Boer',
	'Mulder',
	'Bos',
	'Vos',
	'Peters',
	'Hendriks',
	'Kowalski',
	'van Dijk',
	'Dekker',
	'Brouwer',
	'Öztürk',
	'van Leeuwen',
	'Koster',
	'Prins',
	'Benali',
	'Huisman',
	'Kok'
];
const STREETS = ['Dreef', 'Laan', 'Straat', 'Kade', 'Plein', 'Hof', 'Singel', 'Weg'];

interface Random extends SeededRandom {
	some<T>(list: readonly T[], n: number): T[];
}

/** Small seeded PRNG (mulberry32): the same demo on every machine. */
function random(seed: number): Random {
	let a = seed;
	const next = () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const some = <T>(list: readonly T[], n: number): T[] => [
		...new Set(Array.from({ length: n }, () => pick(list)))
	];
	const fork = () => random(Math.floor(next() * 4294967296));
	return { next, pick, some, fork };
}

export async function isEmpty(): Promise<boolean> {
	const db = await getDb();
	const [row] = await db.select({ n: count() }).from(organisation);
	return (row?.n ?? 0) === 0;
}

export async function seedDemo(
	options: { membersPerOrg?: number } = {}
): Promise<{ organisations: number; people: number }> {
	const perOrg = options.membersPerOrg ?? 40;
	const rnd = random(30);

	const network = await orgs.createOrganisation(actor, null, {
		name: '500WIJKCOÖPERATIES',
		kind: 'network',
		description:
			'Landelijk netwerk dat werkt aan 500 volwassen wijkcoöperaties: bewoners en professionals die samen zorgen voor gezondheid en welzijn in hun wijk.',
		email: 'info@500wijkcooperaties.example',
		website: 'https://500wijkcooperaties.example'
	});
	const city = await orgs.createOrganisation(actor, network.id, {
		name: 'SAMEN030',
		kind: 'city_coop',
		description:
			'De stadscoöperatie van Utrechtse buurtbewoner-, buurtondernemer- en buurtorganisaties (BBBO’s) en andere bewonersinitiatieven, voor een gezonde en actieve stad zonder tweedeling.',
		email: 'info@samen030.example',
		phone: '030 200 00 30',
		address: 'Oudegracht 1',
		postcode: '3511 AA',
		city: 'Utrecht',
		website: 'https://samen030.example'
	});
	const wijkIds = new Map<string, string>();
	for (const [name, cbsCode, latitude, longitude] of WIJKEN) {
		const w = await orgs.addArea(actor, city.id, {
			name,
			kind: 'wijk',
			cbsCode,
			postcodes: '',
			latitude,
			longitude
		});
		wijkIds.set(name, w.id);
	}

	let people = 0;
	const created: {
		id: string;
		buurten: { id: string; name: string; postcodes: string[] }[];
		demo: DemoOrg;
	}[] = [];
	for (const demo of ORGS) {
		const org = await orgs.createOrganisation(actor, city.id, {
			name: demo.name,
			kind: demo.kind,
			description: demo.description,
			email: demo.email,
			phone: demo.phone,
			address: demo.address,
			postcode: demo.postcode,
			city: 'Utrecht'
		});
		const buurten = [];
		for (const [name, pcs, latitude, longitude] of demo.buurten) {
			const b = await orgs.addArea(actor, org.id, {
				name,
				kind: 'buurt',
				wijkId: wijkIds.get(demo.wijk),
				postcodes: pcs.join(' '),
				latitude,
				longitude
			});
			buurten.push({ id: b.id, name: b.name, postcodes: b.postcodes });
		}
		created.push({ id: org.id, buurten, demo });
	}

	// The named demo accounts (sign in with these addresses; the code arrives in /postvak).
	const overvecht = created[0]!.id;
	const lombok = created[1]!.id;
	await grantRoles(actor, network.id, {
		email: DEMO_ACCOUNTS.networkAdmin,
		name: 'Nora Netwerk',
		roles: ['beheerder']
	});
	await grantRoles(actor, city.id, {
		email: DEMO_ACCOUNTS.cityAdmin,
		name: 'Sem Stad',
		roles: ['beheerder']
	});
	const carla = await grantRoles(actor, overvecht, {
		email: DEMO_ACCOUNTS.coordinator,
		name: 'Carla Coördinator',
		roles: ['coordinator', 'bewoner']
	});
	await grantRoles(actor, overvecht, {
		email: DEMO_ACCOUNTS.bestuur,
		name: 'Bert Bestuur',
		roles: ['bestuur', 'bewoner']
	});
	const vera = await grantRoles(actor, overvecht, {
		email: DEMO_ACCOUNTS.volunteer,
		name: 'Vera Vrijwilliger',
		roles: ['vrijwilliger']
	});
	const bep = await grantRoles(actor, overvecht, {
		email: DEMO_ACCOUNTS.resident,
		name: 'Bep Bewoner',
		roles: ['bewoner']
	});
	const lars = await grantRoles(actor, lombok, {
		email: DEMO_ACCOUNTS.otherCoordinator,
		name: 'Lars Lombok',
		roles: ['coordinator']
	});
	people += 7;

	// Every organisation has a coordinator who registered its members without e-mail.
	const coordinators = [carla.person.id, lars.person.id];
	for (const { id, demo } of created.slice(2)) {
		const place = demo.buurten[0]![0];
		const { person: c } = await grantRoles(actor, id, {
			email: `coordinator.${slugify(place)}@demo.wijkcoop.example`,
			name: `Coördinator ${place}`,
			roles: ['coordinator']
		});
		coordinators.push(c.id);
		people++;
	}

	// The other members, in bulk: one transaction per organisation.
	for (const [index, { id: orgId, buurten }] of created.entries()) {
		const coordinatorId = coordinators[index]!;
		await inTransaction(async (tx) => {
			for (let i = 0; i < perOrg; i++) {
				const first = rnd.pick(FIRST);
				const last = rnd.pick(LAST);
				const buurt = rnd.pick(buurten);
				const roll = rnd.next();
				const roles: Role[] =
					roll < 0.5
						? ['bewoner']
						: roll < 0.78
							? ['vrijwilliger']
							: roll < 0.84
								? ['bewoner', 'vrijwilliger']
								: roll < 0.9
									? ['mantelzorger']
									: roll < 0.95
										? ['professional']
										: roll < 0.97
											? ['sociaal_ondernemer']
											: roll < 0.99
												? ['bestuur', 'bewoner']
												: ['coordinator', 'vrijwilliger'];
				// The last three of each organisation are open join requests (made online, so with e-mail).
				const pending = i >= perOrg - 3;
				const managed = roles.includes('bewoner') && rnd.next() < 0.25 && !pending;
				const volunteer = roles.includes('vrijwilliger');
				const slug = `${first}.${last}`
					.toLowerCase()
					.normalize('NFD')
					.replace(/[^a-z.]/g, '');
				const [p] = await tx
					.insert(person)
					.values({
						name: `${first} ${last}`,
						email: managed ? null : `${slug}.${index}${i}@demo.wijkcoop.example`,
						phone: `06 ${String(10000000 + Math.floor(rnd.next() * 89999999))}`,
						address: `${rnd.pick(LAST).replace(/^(de|van) /, '')}${rnd.pick(STREETS).toLowerCase()} ${1 + Math.floor(rnd.next() * 180)}`,
						postcode: `${buurt.postcodes[0]} ${String.fromCharCode(65 + Math.floor(rnd.next() * 26))}${String.fromCharCode(65 + Math.floor(rnd.next() * 26))}`,
						city: 'Utrecht',
						languages: rnd.next() < 0.2 ? ['nl', rnd.pick(['tr', 'ar', 'pl', 'en'] as const)] : ['nl'],
						skills: volunteer ? rnd.some(SKILLS, 1 + Math.floor(rnd.next() * 3)) : [],
						availability: volunteer ? rnd.some(AVAILABILITY_SLOTS, 2 + Math.floor(rnd.next() * 5)) : [],
						mobility: volunteer
							? rnd.some(['car', 'bike', 'foot'] as const, 1 + Math.floor(rnd.next() * 2))
							: [],
						maxRequestsPerMonth: volunteer ? 2 + Math.floor(rnd.next() * 6) : null,
						vogDate:
							volunteer && rnd.next() < 0.6
								? `202${4 + Math.floor(rnd.next() * 2)}-0${1 + Math.floor(rnd.next() * 9)}-15`
								: null
					})
					.returning();
				const joined = new Date(
					Date.UTC(
						2023 + Math.floor(rnd.next() * 3),
						Math.floor(rnd.next() * 12),
						1 + Math.floor(rnd.next() * 27)
					)
				);
				await tx.insert(membership).values({
					orgId,
					personId: p!.id,
					roles,
					status: pending ? 'pending' : 'active',
					areaId: buurt.id,
					motivation: pending ? 'Ik woon hier al lang en wil graag meehelpen in de buurt.' : null,
					joinedAt: pending ? null : joined,
					...(managed
						? { managedBy: coordinatorId, consentRecordedBy: coordinatorId, consentRecordedAt: joined }
						: {}),
					createdAt: pending ? new Date() : joined
				});
				people++;
			}
		});
	}

	await seedHelp(
		rnd,
		created.map(({ id, buurten, demo }, index) => ({
			id,
			name: demo.name,
			coordinatorId: coordinators[index]!,
			buurten
		})),
		{ volunteer: vera.person.id, resident: bep.person.id }
	);
	await seedActivities(
		rnd,
		created.map(({ id, buurten, demo }, index) => ({
			id,
			name: demo.name,
			coordinatorId: coordinators[index]!,
			buurten
		})),
		{ volunteer: vera.person.id, resident: bep.person.id }
	);
	await seedKnowledge({ network: network.id, city: city.id, members: created.map((c) => c.id) });
	await seedGovernance(overvecht);
	return { organisations: 2 + created.length, people };
}
