import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { orgTree, personWith, system } from '#tests/factories/index.ts';
import { getDb } from '../../db/client.ts';
import { anonymous } from '../../shared/actor.ts';
import {
	DomainError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	ValidationError
} from '../../shared/errors.ts';
import { organisation } from './organisations.table.ts';
import {
	addArea,
	areaForPostcode,
	createOrganisation,
	getPublicOrganisation,
	listManageable,
	memberOverview,
	removeArea,
	updateArea,
	updateOrganisation
} from './organisations.usecases.ts';

useTestDatabase();

describe('organisations', () => {
	it('a city coop beheerder creates a wijkcoöperatie under the city coop', async () => {
		const { city } = await orgTree();
		const admin = await personWith(city.id, ['beheerder']);
		const created = await createOrganisation(admin, city.id, {
			name: 'Wijkcoöperatie Zuilen',
			kind: 'wijkcooperatie'
		});
		expect(created.parentId).toBe(city.id);
		expect(created.slug).toMatch(/^wijkcooperatie-zuilen/);
	});

	it('a member organisation beheerder cannot create organisations beside it, a visitor must sign in', async () => {
		const { city, orgA } = await orgTree();
		const coopAdmin = await personWith(orgA.id, ['beheerder']);
		await expect(createOrganisation(coopAdmin, city.id, { name: 'Nieuw', kind: 'bbbo' })).rejects.toThrow(
			ForbiddenError
		);
		await expect(createOrganisation(anonymous, city.id, { name: 'Nieuw', kind: 'bbbo' })).rejects.toThrow(
			UnauthenticatedError
		);
	});

	it('each level has its place: a city coop sits in a network, not in another city coop', async () => {
		const { city } = await orgTree();
		await expect(
			createOrganisation(system, city.id, { name: 'Stad twee', kind: 'city_coop' })
		).rejects.toThrow(DomainError);
	});

	it('invalid input is refused per field and nothing is written', async () => {
		const { city } = await orgTree();
		const db = await getDb();
		const [before] = await db.select({ n: count() }).from(organisation);
		const error = await createOrganisation(system, city.id, {
			name: '',
			kind: 'wijkcooperatie',
			email: 'geen-mail',
			postcode: '12'
		}).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors).toEqual({
			name: 'validation_required',
			email: 'validation_email',
			postcode: 'validation_postcode'
		});
		const [after] = await db.select({ n: count() }).from(organisation);
		expect(after!.n).toBe(before!.n);
	});

	it('slugs stay unique and never take a path of the app itself', async () => {
		const { city } = await orgTree();
		const first = await createOrganisation(system, city.id, { name: 'Samen Sterk', kind: 'bbbo' });
		const second = await createOrganisation(system, city.id, { name: 'Samen Sterk', kind: 'bbbo' });
		expect(second.slug).not.toBe(first.slug);
		const reserved = await createOrganisation(system, city.id, { name: 'Beheer', kind: 'bbbo' });
		expect(reserved.slug).not.toBe('beheer');
	});

	it('organisations with the same name created at the same moment each get their own address', async () => {
		const { city } = await orgTree();
		const created = await Promise.all(
			Array.from({ length: 4 }, () =>
				createOrganisation(system, city.id, { name: 'Gelijktijdig', kind: 'bbbo' })
			)
		);
		expect(new Set(created.map((o) => o.slug)).size).toBe(4);
	});

	it('nobody but the system creates a network', async () => {
		const { network } = await orgTree();
		const admin = await personWith(network.id, ['beheerder']);
		await expect(createOrganisation(admin, null, { name: 'Eigen netwerk', kind: 'network' })).rejects.toThrow(
			ForbiddenError
		);
	});

	it('the public page shows the organisation without any member data', async () => {
		const { orgA } = await orgTree();
		const page = await getPublicOrganisation(anonymous, orgA.slug);
		expect(page.org.name).toBe(orgA.name);
		expect(page.areas.map((a) => a.name)).toEqual(['Buurt A']);
		expect(page.parents.map((p) => p.kind)).toEqual(['city_coop', 'network']);
		expect(JSON.stringify(page)).not.toMatch(/membership|person/);
		expect(page.canEdit).toBe(false);
	});

	it('the member overview of a city coop can be filtered by wijk', async () => {
		const { city, orgA, orgB, wijkNoord } = await orgTree();
		const all = await memberOverview(anonymous, city.slug, {});
		expect(all.members.map((m) => m.id).sort()).toEqual([orgA.id, orgB.id].sort());
		expect(all.wijken).toHaveLength(2);
		const noord = await memberOverview(anonymous, city.slug, { wijk: wijkNoord.id });
		expect(noord.members.map((m) => m.id)).toEqual([orgA.id]);
	});

	it('an address is placed in the buurt that serves its 4-digit postcode', async () => {
		const { orgA, buurtA } = await orgTree();
		expect((await areaForPostcode(orgA.id, '3562 AB'))?.id).toBe(buurtA.id);
		expect(await areaForPostcode(orgA.id, '9999 ZZ')).toBeUndefined();
	});

	it('a buurt can only belong to a wijk of its own city coop', async () => {
		const a = await orgTree();
		const other = await orgTree();
		await expect(
			addArea(system, a.orgA.id, { name: 'Elders', kind: 'buurt', wijkId: other.wijkNoord.id, postcodes: '' })
		).rejects.toThrow(DomainError);
		await expect(
			addArea(system, a.orgA.id, { name: 'Buurt A', kind: 'buurt', postcodes: '' })
		).rejects.toThrow(DomainError);
	});

	it('a buurt has a centre in the Netherlands (comma or point), used for distances in matching', async () => {
		const { orgA } = await orgTree();
		const area = await addArea(system, orgA.id, {
			name: 'Centrum',
			kind: 'buurt',
			postcodes: '',
			latitude: '52,0911',
			longitude: '5.1223'
		});
		expect(area).toMatchObject({ latitude: 52.0911, longitude: 5.1223 });
		const moved = await updateArea(system, orgA.id, area.id, {
			name: 'Centrum',
			kind: 'buurt',
			postcodes: '',
			latitude: '52.1',
			longitude: '5.13'
		});
		expect(moved).toMatchObject({ latitude: 52.1, longitude: 5.13 });
		const far = await addArea(system, orgA.id, {
			name: 'Parijs',
			kind: 'buurt',
			postcodes: '',
			latitude: '48.85',
			longitude: 'oost'
		}).catch((e: unknown) => e);
		expect(far).toMatchObject({
			fieldErrors: { latitude: 'validation_number_range', longitude: 'validation_decimal' }
		});
	});

	it('a malformed id or filter from a URL finds nothing instead of failing', async () => {
		const { city, orgA } = await orgTree();
		await expect(removeArea(system, orgA.id, 'not-a-uuid')).rejects.toThrow(NotFoundError);
		await expect(
			updateArea(system, orgA.id, "1' or '1'='1", { name: 'x', kind: 'buurt', postcodes: '' })
		).rejects.toThrow(NotFoundError);
		expect((await memberOverview(anonymous, city.slug, { wijk: 'rommel' })).members).toHaveLength(2);
	});

	it('a network beheerder manages every organisation in the network, and edits are audited', async () => {
		const { network, city, orgA } = await orgTree();
		const admin = await personWith(network.id, ['beheerder']);
		const manageable = (await listManageable(admin)).map((o) => o.id);
		expect(manageable).toEqual(expect.arrayContaining([network.id, city.id, orgA.id]));
		const updated = await updateOrganisation(admin, orgA.id, { name: 'Nieuwe naam', phone: '030 123 45 67' });
		expect(updated.name).toBe('Nieuwe naam');
		const { auditLog } = await import('../audit/audit.table.ts');
		const rows = await (await getDb()).select().from(auditLog).where(eq(auditLog.subjectId, orgA.id));
		expect(rows.map((r) => r.action)).toContain('organisation.update');
	});
});
