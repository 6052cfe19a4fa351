import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { mailsTo, orgTree, outsider, personWith, system } from '#tests/factories/index.ts';
import { anonymous, type Actor } from '../../shared/actor.ts';
import { addDays, today } from '../../shared/clock.ts';
import {
	AppError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	ValidationError
} from '../../shared/errors.ts';
import { createOrganisation } from '../organisations/organisations.usecases.ts';
import {
	browse,
	compareVersions,
	createItem,
	deadlineDigestSetting,
	getItem,
	newsFeed,
	newsOf,
	restoreVersion,
	searchEverything,
	sendDeadlineDigests,
	setDeadlineDigest,
	upcomingDeadlines,
	updateItem,
	useProject,
	versionHistory
} from './knowledge.usecases.ts';

useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof AppError) return e;
		throw e;
	}
	throw new Error('expected the use case to refuse');
}

const item = (over: Record<string, unknown> = {}) => ({
	type: 'draaiboek',
	title: 'Draaiboek buurtmaaltijd',
	summary: 'Zo organiseert u een maaltijd voor de buurt.',
	body: 'Zoek vrijwilligers die willen koken. Regel een keuken in het buurthuis.',
	theme: 'voeding_gezondheid',
	tags: 'maaltijd, koken',
	...over
});

async function setting() {
	const tree = await orgTree();
	const staffA = await personWith(tree.orgA.id, ['coordinator'], 'Ans Coördinator');
	const memberA = await personWith(tree.orgA.id, ['bewoner'], 'Anton Lid');
	const staffB = await personWith(tree.orgB.id, ['bestuur'], 'Bram Bestuur');
	const memberB = await personWith(tree.orgB.id, ['bewoner'], 'Bea Lid');
	// A coop in another city of the same network, and one in another network altogether.
	const otherCity = await createOrganisation(system, tree.network.id, {
		name: `Andere stad ${tree.orgA.slug}`,
		kind: 'city_coop'
	});
	const farCoop = await createOrganisation(system, otherCity.id, {
		name: `Verre coöperatie ${tree.orgA.slug}`,
		kind: 'wijkcooperatie'
	});
	const farMember = await personWith(farCoop.id, ['bewoner'], 'Fenna Ver');
	const otherNetwork = await createOrganisation(system, null, {
		name: `Ander netwerk ${tree.orgA.slug}`,
		kind: 'network'
	});
	const strangerCoop = await createOrganisation(system, otherNetwork.id, {
		name: `Vreemde coöperatie ${tree.orgA.slug}`,
		kind: 'wijkcooperatie'
	});
	const stranger = await personWith(strangerCoop.id, ['coordinator'], 'Stan Vreemd');
	return { ...tree, staffA, memberA, staffB, memberB, farMember, stranger };
}

const titles = async (actor: Actor, q?: string) => (await browse(actor, { q })).rows.map((r) => r.title);

describe('share scope', () => {
	it('an organisation-only item never appears for another organisation: not in lists, search, feeds or by URL', async () => {
		const s = await setting();
		const own = await createItem(
			s.staffA,
			s.orgA.id,
			item({ title: 'Eigen draaiboek wijkfeest', scope: 'organisation' })
		);
		expect(await titles(s.memberA)).toContain('Eigen draaiboek wijkfeest');
		for (const actor of [s.memberB, s.staffB, s.farMember, anonymous]) {
			expect(await titles(actor)).not.toContain('Eigen draaiboek wijkfeest');
			const found = await searchEverything(actor, { q: 'wijkfeest' });
			expect(found.items?.rows.map((r) => r.title) ?? []).not.toContain('Eigen draaiboek wijkfeest');
		}
		expect(await failure(getItem(s.memberB, own.id))).toBeInstanceOf(NotFoundError);
		expect(await failure(getItem(anonymous, own.id))).toBeInstanceOf(UnauthenticatedError);
	});

	it('shared with the city: the city coop and its organisations see it, another city does not', async () => {
		const s = await setting();
		await createItem(
			s.staffA,
			s.orgA.id,
			item({ title: 'Werkmodel buurtcirkel', type: 'werkmodel', scope: 'city' })
		);
		expect(await titles(s.memberB)).toContain('Werkmodel buurtcirkel');
		expect(await titles(s.farMember)).not.toContain('Werkmodel buurtcirkel');
		expect(await titles(anonymous)).not.toContain('Werkmodel buurtcirkel');
	});

	it('shared with the network: every organisation of the network sees it, another network does not', async () => {
		const s = await setting();
		await createItem(
			s.staffA,
			s.orgA.id,
			item({ title: 'Modelstatuten coöperatie', type: 'statuten', scope: 'network' })
		);
		expect(await titles(s.farMember)).toContain('Modelstatuten coöperatie');
		expect(await titles(s.stranger)).not.toContain('Modelstatuten coöperatie');
		expect(await titles(anonymous)).not.toContain('Modelstatuten coöperatie');
	});

	it('a public item is found by everyone, also without an account; a draft only by its own staff', async () => {
		const s = await setting();
		await createItem(
			s.staffA,
			s.orgA.id,
			item({ title: 'Openbare publicatie', type: 'publicatie', scope: 'public' })
		);
		await createItem(
			s.staffA,
			s.orgA.id,
			item({ title: 'Concept publicatie', scope: 'public', status: 'draft' })
		);
		expect(await titles(anonymous)).toContain('Openbare publicatie');
		expect(await titles(anonymous)).not.toContain('Concept publicatie');
		expect(await titles(s.memberA)).not.toContain('Concept publicatie');
		expect(await titles(s.staffA)).toContain('Concept publicatie');
	});

	it('only staff of the organisation write and change its items', async () => {
		const s = await setting();
		expect(await failure(createItem(s.memberA, s.orgA.id, item()))).toBeInstanceOf(ForbiddenError);
		expect(await failure(createItem(s.staffB, s.orgA.id, item()))).toBeInstanceOf(ForbiddenError);
		const own = await createItem(s.staffA, s.orgA.id, item({ scope: 'network' }));
		expect(await failure(updateItem(s.staffB, own.id, item({ title: 'Overgenomen' })))).toBeInstanceOf(
			ForbiddenError
		);
		expect(await failure(updateItem(await outsider(), own.id, item()))).toBeInstanceOf(ForbiddenError);
	});
});

describe('Dutch full-text search', () => {
	it('"fietsen" finds "fiets": words are matched by their stem', async () => {
		const s = await setting();
		await createItem(
			s.staffA,
			s.orgA.id,
			item({
				title: 'Fietsmaatjes',
				body: 'Een vrijwilliger en een oudere op een duofiets: samen op de fiets.',
				scope: 'public'
			})
		);
		await createItem(
			s.staffA,
			s.orgA.id,
			item({
				title: 'Mobiliteitsfonds',
				summary: 'Geld voor een elektrische fiets.',
				body: 'Aanvragen kan het hele jaar.',
				scope: 'public'
			})
		);
		const found = (await searchEverything(anonymous, { q: 'fietsen' })).items?.rows.map((r) => r.title);
		expect(found).toContain('Fietsmaatjes');
		// Only "fiets" in its text, no similar title: found through the stem, not by luck.
		expect(found).toContain('Mobiliteitsfonds');
	});

	it('the title weighs more than the text, and a hit is highlighted', async () => {
		const s = await setting();
		await createItem(
			s.staffA,
			s.orgA.id,
			item({ title: 'Energiecoöperatie starten', body: 'Over zonnepanelen.', scope: 'public' })
		);
		await createItem(
			s.staffA,
			s.orgA.id,
			item({
				title: 'Buurthuis beheren',
				body: 'Ook de energiecoöperatie huurt hier een zaal.',
				scope: 'public'
			})
		);
		const rows = (await searchEverything(anonymous, { q: 'energiecoöperatie' })).items!.rows;
		expect(rows[0]!.title).toBe('Energiecoöperatie starten');
		expect(rows.find((r) => r.title === 'Buurthuis beheren')?.highlight).toContain('\u0002');
	});

	it('a typo in a title still finds it', async () => {
		const s = await setting();
		await createItem(s.staffA, s.orgA.id, item({ title: 'Mantelzorgwaardering', scope: 'public' }));
		const found = await searchEverything(anonymous, { q: 'mantelzorgwaardring' });
		expect(found.items?.rows.map((r) => r.title)).toContain('Mantelzorgwaardering');
	});

	it('filters by type, theme and scope, and ignores rubbish in the URL', async () => {
		const s = await setting();
		await createItem(
			s.staffA,
			s.orgA.id,
			item({
				title: 'Subsidie buurtinitiatief',
				type: 'subsidie',
				funder: 'Gemeente',
				scope: 'public',
				theme: 'financien'
			})
		);
		await createItem(s.staffA, s.orgA.id, item({ title: 'Draaiboek buurtinitiatief', scope: 'public' }));
		const bySubsidy = await browse(anonymous, { q: 'buurtinitiatief', type: 'subsidie' });
		expect(bySubsidy.rows.map((r) => r.title)).toEqual(['Subsidie buurtinitiatief']);
		const byTheme = await browse(anonymous, { theme: 'financien' });
		expect(byTheme.rows.map((r) => r.title)).toContain('Subsidie buurtinitiatief');
		const rubbish = await browse(anonymous, { q: "'; drop table person; --", type: '<x>', page: '-3' });
		expect(rubbish.rows).toEqual([]);
	});
});

describe('versions', () => {
	it('every change is a version; the diff shows what changed, and an old version can be restored', async () => {
		const s = await setting();
		const v1 = await createItem(s.staffA, s.orgA.id, item({ body: 'Koken met vijf vrijwilligers.' }));
		await updateItem(s.staffA, v1.id, item({ body: 'Koken met acht vrijwilligers.', note: 'Meer mensen' }));
		const history = await versionHistory(s.staffA, v1.id);
		expect(history.versions.map((v) => v.version)).toEqual([2, 1]);
		const diff = await compareVersions(s.staffA, v1.id, {});
		expect(diff.parts.filter((p) => p.removed).map((p) => p.value.trim())).toContain('vijf');
		expect(diff.parts.filter((p) => p.added).map((p) => p.value.trim())).toContain('acht');
		const restored = await restoreVersion(s.staffA, v1.id, { version: '1' });
		expect(restored.version).toBe(3);
		expect(restored.body).toBe('Koken met vijf vrijwilligers.');
		expect((await versionHistory(s.staffA, v1.id)).versions).toHaveLength(3);
		expect(await failure(restoreVersion(s.memberA, v1.id, { version: '1' }))).toBeInstanceOf(ForbiddenError);
		expect(await failure(restoreVersion(s.staffA, v1.id, { version: '99' }))).toBeInstanceOf(NotFoundError);
	});

	it('bad input gets clear errors and writes nothing', async () => {
		const s = await setting();
		const before = (await browse(s.staffA, {})).total;
		const err = await failure(createItem(s.staffA, s.orgA.id, { type: 'subsidie', title: '', theme: 'x' }));
		expect(err).toBeInstanceOf(ValidationError);
		expect(err.fieldErrors).toMatchObject({
			title: 'validation_required',
			theme: 'validation_required',
			funder: 'validation_required'
		});
		const order = await failure(
			createItem(
				s.staffA,
				s.orgA.id,
				item({ type: 'subsidie', funder: 'Fonds', amountMin: '5.000', amountMax: '1000' })
			)
		);
		expect(order.fieldErrors.amountMax).toBe('validation_amount_order');
		expect((await browse(s.staffA, {})).total).toBe(before);
	});
});

describe('project bank, deadlines and news', () => {
	it('"use this project" copies it as a draft into one\'s own organisation and the original shows the reuse', async () => {
		const s = await setting();
		const original = await createItem(
			s.staffA,
			s.orgA.id,
			item({
				type: 'project',
				title: 'Boodschappenbus',
				goal: 'Ouderen zelf laten winkelen',
				projectStatus: 'afgerond',
				budget: '12.500',
				scope: 'network',
				results: '40 ritten per maand'
			})
		);
		const copy = await useProject(s.staffB, original.id, s.orgB.id);
		expect(copy).toMatchObject({
			orgId: s.orgB.id,
			status: 'draft',
			originId: original.id,
			projectStatus: 'idee'
		});
		expect(copy.details).toMatchObject({ goal: 'Ouderen zelf laten winkelen', budget: 1_250_000 });
		expect(copy.details).not.toHaveProperty('results');
		expect((await getItem(s.memberA, original.id)).copies.map((c) => c.id)).toEqual([copy.id]);
		// A resident cannot, and nobody copies into someone else's organisation.
		expect(await failure(useProject(s.memberB, original.id, s.orgB.id))).toBeInstanceOf(ForbiddenError);
		expect(await failure(useProject(s.staffB, original.id, s.orgA.id))).toBeInstanceOf(ForbiddenError);
	});

	it('coming subsidy deadlines are listed soonest first, past ones are not', async () => {
		const s = await setting();
		const sub = (title: string, days: number) =>
			createItem(
				s.staffA,
				s.orgA.id,
				item({ type: 'subsidie', title, funder: 'Fonds', deadline: addDays(today(), days), scope: 'public' })
			);
		await sub('Later fonds', 60);
		await sub('Binnenkort fonds', 10);
		await sub('Verlopen fonds', -2);
		expect((await upcomingDeadlines(anonymous)).map((r) => r.title)).toEqual([
			'Binnenkort fonds',
			'Later fonds'
		]);
	});

	it('bestuur can ask for a weekly mail with coming deadlines; it comes once a week, with what they may see', async () => {
		const s = await setting();
		await createItem(
			s.staffA,
			s.orgA.id,
			item({ type: 'subsidie', title: 'Buurtfonds A', funder: 'Fonds', deadline: addDays(today(), 20) })
		);
		await createItem(
			s.staffB,
			s.orgB.id,
			item({ type: 'subsidie', title: 'Alleen voor B', funder: 'Fonds', deadline: addDays(today(), 20) })
		);
		expect((await deadlineDigestSetting(s.memberA)).canSubscribe).toBe(false);
		expect(await failure(setDeadlineDigest(s.memberA, { digest: 'on' }))).toBeInstanceOf(ForbiddenError);
		await setDeadlineDigest(s.staffA, { digest: 'on' });
		expect((await deadlineDigestSetting(s.staffA)).subscribed).toBe(true);
		await sendDeadlineDigests(system);
		await sendDeadlineDigests(system);
		const mails = (await mailsTo(s.staffA.email!)).filter((x) => x.kind === 'knowledge.deadlines');
		expect(mails).toHaveLength(1);
		expect(mails[0]!.text).toContain('Buurtfonds A');
		expect(mails[0]!.text).not.toContain('Alleen voor B');
		expect(await failure(sendDeadlineDigests(s.staffA))).toBeInstanceOf(ForbiddenError);
	});

	it('news of a coop shows on its page; the city page shows what is shared with the city; the feed only public posts', async () => {
		const s = await setting();
		await createItem(s.staffA, s.orgA.id, item({ type: 'nieuws', title: 'Nieuwe buurtbus', scope: 'city' }));
		await createItem(
			s.staffA,
			s.orgA.id,
			item({ type: 'nieuws', title: 'Ledenavond verzet', scope: 'organisation' })
		);
		await createItem(s.staffA, s.orgA.id, item({ type: 'nieuws', title: 'Open dag', scope: 'public' }));
		expect((await newsOf(s.memberA, s.orgA.id, {})).rows.map((r) => r.title).sort()).toEqual([
			'Ledenavond verzet',
			'Nieuwe buurtbus',
			'Open dag'
		]);
		expect((await newsOf(s.memberB, s.city.id, {})).rows.map((r) => r.title).sort()).toEqual([
			'Nieuwe buurtbus',
			'Open dag'
		]);
		expect((await newsFeed(anonymous, s.city.id)).rows.map((r) => r.title)).toEqual(['Open dag']);
		expect((await newsFeed(anonymous, s.orgA.id)).rows.map((r) => r.title)).toEqual(['Open dag']);
	});
});
