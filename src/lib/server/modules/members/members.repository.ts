import { and, asc, count, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { area, organisation } from '../organisations/organisations.table.ts';
import type { MemberFilter } from './members.schemas.ts';
import { membership, person } from './members.table.ts';
import type { MembershipStatus, Role } from '#lib/domain/members.ts';

export type Person = typeof person.$inferSelect;
export type Membership = typeof membership.$inferSelect;
export type NewPerson = typeof person.$inferInsert;

export const PAGE_SIZE = 25;

export async function personByUserId(db: Executor, userId: string): Promise<Person | undefined> {
	const [row] = await db.select().from(person).where(eq(person.userId, userId)).limit(1);
	return row;
}

export async function personById(db: Executor, id: string): Promise<Person | undefined> {
	const [row] = await db.select().from(person).where(eq(person.id, id)).limit(1);
	return row;
}

/**
 * A person with this e-mail address who has no login yet and may be claimed by signing in with it: one
 * given roles by an administrator (e.g. the first network admin). Never a managed member: a coordinator's
 * typing mistake in their address must not hand their data to whoever owns that address.
 */
export async function claimablePersonByEmail(db: Executor, email: string): Promise<Person | undefined> {
	const [row] = await db
		.select()
		.from(person)
		.where(
			and(
				isNull(person.userId),
				sql`lower(${person.email}) = ${email.toLowerCase()}`,
				sql`not exists (select 1 from ${membership} m where m.person_id = ${person.id} and m.managed_by is not null)`
			)
		)
		.orderBy(asc(person.createdAt))
		.limit(1);
	return row;
}

/** The person with this e-mail address: the one with a login first, else the oldest. */
export async function personByEmail(db: Executor, email: string): Promise<Person | undefined> {
	const [row] = await db
		.select()
		.from(person)
		.where(sql`lower(${person.email}) = ${email.toLowerCase()}`)
		.orderBy(sql`${person.userId} is null`, asc(person.createdAt))
		.limit(1);
	return row;
}

export async function insertPerson(db: Executor, values: NewPerson): Promise<Person> {
	const [row] = await db.insert(person).values(values).returning();
	return row!;
}

export async function updatePerson(db: Executor, id: string, values: Partial<NewPerson>): Promise<Person> {
	const [row] = await db
		.update(person)
		.set({ ...values, updatedAt: new Date() })
		.where(eq(person.id, id))
		.returning();
	return row!;
}

export async function activeMemberships(db: Executor, personId: string) {
	return db
		.select({ orgId: membership.orgId, roles: membership.roles })
		.from(membership)
		.where(and(eq(membership.personId, personId), eq(membership.status, 'active')));
}

export async function membershipsOfPerson(db: Executor, personId: string): Promise<Membership[]> {
	return db
		.select()
		.from(membership)
		.where(eq(membership.personId, personId))
		.orderBy(desc(membership.createdAt));
}

export async function openMembership(
	db: Executor,
	orgId: string,
	personId: string
): Promise<Membership | undefined> {
	const [row] = await db
		.select()
		.from(membership)
		.where(
			and(
				eq(membership.orgId, orgId),
				eq(membership.personId, personId),
				sql`${membership.status} in ('pending', 'active')`
			)
		)
		.limit(1);
	return row;
}

export async function membershipInOrg(
	db: Executor,
	orgId: string,
	id: string
): Promise<Membership | undefined> {
	const [row] = await db
		.select()
		.from(membership)
		.where(and(eq(membership.orgId, orgId), eq(membership.id, id)))
		.limit(1);
	return row;
}

export async function insertMembership(
	db: Executor,
	values: typeof membership.$inferInsert
): Promise<Membership> {
	const [row] = await db.insert(membership).values(values).returning();
	return row!;
}

/** Changes a membership only if it is still in `from` status: two coordinators deciding at once
 * cannot both win. Returns undefined when someone else was first. */
export async function transition(
	db: Executor,
	orgId: string,
	id: string,
	from: MembershipStatus,
	values: Partial<typeof membership.$inferInsert>
): Promise<Membership | undefined> {
	const [row] = await db
		.update(membership)
		.set(values)
		.where(and(eq(membership.orgId, orgId), eq(membership.id, id), eq(membership.status, from)))
		.returning();
	return row;
}

export async function updateMembership(
	db: Executor,
	orgId: string,
	id: string,
	values: Partial<typeof membership.$inferInsert>
): Promise<Membership> {
	const [row] = await db
		.update(membership)
		.set(values)
		.where(and(eq(membership.orgId, orgId), eq(membership.id, id)))
		.returning();
	return row!;
}

export async function setArea(db: Executor, orgId: string, id: string, areaId: string): Promise<void> {
	await db
		.update(membership)
		.set({ areaId })
		.where(and(eq(membership.orgId, orgId), eq(membership.id, id)));
}

export async function setRoles(db: Executor, orgId: string, id: string, roles: Role[]) {
	const [row] = await db
		.update(membership)
		.set({ roles })
		.where(and(eq(membership.orgId, orgId), eq(membership.id, id), eq(membership.status, 'active')))
		.returning();
	return row;
}

export async function pendingRequests(db: Executor, orgId: string) {
	return db
		.select({
			membership,
			person: {
				id: person.id,
				name: person.name,
				email: person.email,
				phone: person.phone,
				postcode: person.postcode
			}
		})
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.where(and(eq(membership.orgId, orgId), eq(membership.status, 'pending')))
		.orderBy(asc(membership.createdAt));
}

function memberConditions(orgId: string, f: MemberFilter): SQL {
	const conditions: SQL[] = [eq(membership.orgId, orgId), eq(membership.status, f.status)];
	if (f.q) {
		const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		const digits = f.q.replace(/\D/g, '');
		conditions.push(
			or(
				ilike(person.name, like),
				ilike(person.email, like),
				ilike(person.postcode, like),
				digits.length >= 3
					? sql`regexp_replace(coalesce(${person.phone}, ''), '\\D', '', 'g') like ${`%${digits}%`}`
					: undefined
			)!
		);
	}
	if (f.role) conditions.push(sql`${f.role} = any(${membership.roles})`);
	if (f.area) conditions.push(eq(membership.areaId, f.area));
	if (f.skill) conditions.push(sql`${f.skill} = any(${person.skills})`);
	return and(...conditions)!;
}

export async function listMembers(db: Executor, orgId: string, f: MemberFilter) {
	const where = memberConditions(orgId, f);
	const [rows, [total]] = await Promise.all([
		db
			.select({
				membershipId: membership.id,
				roles: membership.roles,
				joinedAt: membership.joinedAt,
				endedAt: membership.endedAt,
				managed: sql<boolean>`${membership.managedBy} is not null`,
				personId: person.id,
				name: person.name,
				email: person.email,
				phone: person.phone,
				postcode: person.postcode,
				skills: person.skills,
				areaName: area.name
			})
			.from(membership)
			.innerJoin(person, eq(person.id, membership.personId))
			.leftJoin(area, eq(area.id, membership.areaId))
			.where(where)
			.orderBy(asc(sql`lower(${person.name})`), asc(membership.id))
			.limit(PAGE_SIZE)
			.offset((f.page - 1) * PAGE_SIZE),
		db
			.select({ n: count() })
			.from(membership)
			.innerJoin(person, eq(person.id, membership.personId))
			.where(where)
	]);
	return { rows, total: total?.n ?? 0, page: f.page, pageSize: PAGE_SIZE };
}

export async function memberDetail(db: Executor, orgId: string, membershipId: string) {
	const [row] = await db
		.select({ membership, person, areaName: area.name })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.leftJoin(area, eq(area.id, membership.areaId))
		.where(and(eq(membership.orgId, orgId), eq(membership.id, membershipId)))
		.limit(1);
	return row;
}

/** Every membership ever held, for the legally required member register. */
export async function register(db: Executor, orgId: string) {
	return db
		.select({
			name: person.name,
			address: person.address,
			postcode: person.postcode,
			city: person.city,
			email: person.email,
			phone: person.phone,
			roles: membership.roles,
			status: membership.status,
			joinedAt: membership.joinedAt,
			endedAt: membership.endedAt,
			areaName: area.name
		})
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.leftJoin(area, eq(area.id, membership.areaId))
		.where(and(eq(membership.orgId, orgId), sql`${membership.status} in ('active', 'ended')`))
		.orderBy(asc(sql`lower(${person.name})`));
}

/** People with one of `roles` in the organisation who can receive e-mail (for notifications). */
export async function staffEmails(db: Executor, orgId: string, roles: readonly Role[]) {
	return db
		.select({ email: person.email, locale: person.locale })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.where(
			and(
				eq(membership.orgId, orgId),
				eq(membership.status, 'active'),
				sql`${membership.roles} && array[${sql.join(
					roles.map((r) => sql`${r}`),
					sql`, `
				)}]::text[]`,
				sql`${person.email} is not null`
			)
		);
}

/** A person's memberships with the organisation's name and slug (for navigation and the profile). */
export async function membershipsWithOrganisation(db: Executor, personId: string) {
	return db
		.select({
			id: membership.id,
			status: membership.status,
			roles: membership.roles,
			joinedAt: membership.joinedAt,
			createdAt: membership.createdAt,
			orgId: organisation.id,
			orgSlug: organisation.slug,
			orgName: organisation.name,
			orgKind: organisation.kind
		})
		.from(membership)
		.innerJoin(organisation, eq(organisation.id, membership.orgId))
		.where(eq(membership.personId, personId))
		.orderBy(asc(organisation.name), desc(membership.createdAt));
}
