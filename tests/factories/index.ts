// Builders for test data, going through the real use cases (as the system) so every row is valid.
import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '#lib/server/db/client.ts';
import { outbox } from '#lib/server/modules/notifications/notifications.table.ts';
import { activeMembershipsOf, grantRoles } from '#lib/server/modules/members/members.usecases.ts';
import type { Role } from '#lib/domain/members.ts';
import { addArea, createOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { systemActor, type PersonActor } from '#lib/server/shared/actor.ts';

export const system = systemActor('test');

export function uniqueEmail(prefix = 'p'): string {
	return `${prefix}.${randomBytes(4).toString('hex')}@test.example`;
}

/** network > city coop (with two wijken) > two wijkcoöperaties (each with a buurt in a wijk). */
export async function orgTree() {
	const tag = randomBytes(3).toString('hex');
	const network = await createOrganisation(system, null, { name: `Netwerk ${tag}`, kind: 'network' });
	const city = await createOrganisation(system, network.id, { name: `Stad ${tag}`, kind: 'city_coop' });
	const wijkNoord = await addArea(system, city.id, {
		name: 'Noord',
		kind: 'wijk',
		cbsCode: 'WK034499',
		postcodes: ''
	});
	const wijkZuid = await addArea(system, city.id, { name: 'Zuid', kind: 'wijk', postcodes: '' });
	const orgA = await createOrganisation(system, city.id, {
		name: `Wijkcoöperatie A ${tag}`,
		kind: 'wijkcooperatie'
	});
	const orgB = await createOrganisation(system, city.id, {
		name: `Buurtcoöperatie B ${tag}`,
		kind: 'buurtcooperatie'
	});
	const buurtA = await addArea(system, orgA.id, {
		name: 'Buurt A',
		kind: 'buurt',
		wijkId: wijkNoord.id,
		postcodes: '3561 3562'
	});
	const buurtB = await addArea(system, orgB.id, {
		name: 'Buurt B',
		kind: 'buurt',
		wijkId: wijkZuid.id,
		postcodes: '3521'
	});
	return { network, city, orgA, orgB, wijkNoord, wijkZuid, buurtA, buurtB };
}

/** A signed-in person with these roles in `orgId`, as the policy sees them. */
export async function personWith(orgId: string, roles: Role[], name = 'Test Persoon'): Promise<PersonActor> {
	const email = uniqueEmail(roles[0]);
	const { person } = await grantRoles(system, orgId, { email, name, roles });
	return actorFor(person.id, person.name, email);
}

/** A signed-in person without any membership. */
export async function outsider(name = 'Buiten Staander'): Promise<PersonActor> {
	const { insertPerson } = await import('#lib/server/modules/members/members.repository.ts');
	const email = uniqueEmail('outsider');
	const p = await insertPerson(await getDb(), { name, email });
	return actorFor(p.id, name, email);
}

export async function actorFor(personId: string, name: string, email: string | null): Promise<PersonActor> {
	return {
		kind: 'person',
		userId: null,
		personId,
		name,
		email,
		memberships: await activeMembershipsOf(personId)
	};
}

export async function mailsTo(address: string) {
	const db = await getDb();
	return db.select().from(outbox).where(eq(outbox.toAddress, address)).orderBy(desc(outbox.createdAt));
}
