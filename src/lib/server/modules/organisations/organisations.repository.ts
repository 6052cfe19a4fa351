import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client.ts';
import type { OrgScope } from '../../shared/policy.ts';
import type { OrganisationKind } from '#lib/domain/organisations.ts';
import type { AreaInput, OrganisationInput } from './organisations.schemas.ts';
import { area, organisation } from './organisations.table.ts';

export type Organisation = typeof organisation.$inferSelect;
export type Area = typeof area.$inferSelect;

export async function findBySlug(db: Executor, slug: string): Promise<Organisation | undefined> {
	const [row] = await db.select().from(organisation).where(eq(organisation.slug, slug)).limit(1);
	return row;
}

export async function findById(db: Executor, id: string): Promise<Organisation | undefined> {
	const [row] = await db.select().from(organisation).where(eq(organisation.id, id)).limit(1);
	return row;
}

/** The organisation with its ancestors (nearest first), for the policy. */
export async function scopeOf(db: Executor, orgId: string): Promise<OrgScope> {
	const rows = await queryRows<{ id: string; depth: number }>(
		db,
		sql`
		with recursive up(id, parent_id, depth) as (
			select id, parent_id, 0 from organisation where id = ${orgId}
			union all
			select o.id, o.parent_id, up.depth + 1 from organisation o join up on o.id = up.parent_id
		)
		select id, depth from up order by depth`
	);
	const ids = rows.map((r) => r.id);
	return { orgId, ancestorIds: ids.slice(1) };
}

/** The organisation and every organisation below it (ids only). */
export async function subtreeIds(db: Executor, orgId: string): Promise<string[]> {
	const rows = await queryRows<{ id: string }>(
		db,
		sql`
		with recursive down(id) as (
			select id from organisation where id = ${orgId}
			union all
			select o.id from organisation o join down on o.parent_id = down.id
		)
		select id from down`
	);
	return rows.map((r) => r.id);
}

export async function ancestors(db: Executor, orgId: string): Promise<Organisation[]> {
	const scope = await scopeOf(db, orgId);
	if (scope.ancestorIds.length === 0) return [];
	const rows = await db
		.select()
		.from(organisation)
		.where(inArray(organisation.id, [...scope.ancestorIds]));
	return scope.ancestorIds.map((id) => rows.find((r) => r.id === id)).filter((r): r is Organisation => !!r);
}

export async function children(db: Executor, parentId: string, wijkId?: string): Promise<Organisation[]> {
	const wijkFilter = wijkId
		? sql`and exists (select 1 from ${area} a where a.org_id = ${organisation.id} and (a.wijk_id = ${wijkId} or a.id = ${wijkId}))`
		: sql``;
	return db
		.select()
		.from(organisation)
		.where(sql`${organisation.parentId} = ${parentId} ${wijkFilter}`)
		.orderBy(asc(organisation.name));
}

export async function listAll(db: Executor): Promise<Organisation[]> {
	return db.select().from(organisation).orderBy(asc(organisation.name));
}

export async function listByKind(db: Executor, kind: OrganisationKind): Promise<Organisation[]> {
	return db.select().from(organisation).where(eq(organisation.kind, kind)).orderBy(asc(organisation.name));
}

export async function slugExists(db: Executor, slug: string): Promise<boolean> {
	const [row] = await db
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.slug, slug))
		.limit(1);
	return !!row;
}

export async function insert(
	db: Executor,
	values: OrganisationInput & { slug: string; parentId: string | null }
): Promise<Organisation> {
	const [row] = await db
		.insert(organisation)
		.values({ ...values, description: values.description ?? '' })
		.returning();
	return row!;
}

export async function update(
	db: Executor,
	id: string,
	values: Omit<OrganisationInput, 'kind'>
): Promise<Organisation> {
	const [row] = await db
		.update(organisation)
		.set({
			name: values.name,
			description: values.description ?? '',
			email: values.email ?? null,
			phone: values.phone ?? null,
			website: values.website ?? null,
			address: values.address ?? null,
			postcode: values.postcode ?? null,
			city: values.city ?? null,
			updatedAt: new Date()
		})
		.where(eq(organisation.id, id))
		.returning();
	return row!;
}

export async function areasOf(db: Executor, orgId: string): Promise<Area[]> {
	return db.select().from(area).where(eq(area.orgId, orgId)).orderBy(asc(area.kind), asc(area.name));
}

export async function areasOfMany(db: Executor, orgIds: string[]): Promise<Area[]> {
	if (orgIds.length === 0) return [];
	return db.select().from(area).where(inArray(area.orgId, orgIds)).orderBy(asc(area.name));
}

export async function findArea(db: Executor, orgId: string, areaId: string): Promise<Area | undefined> {
	const [row] = await db
		.select()
		.from(area)
		.where(and(eq(area.orgId, orgId), eq(area.id, areaId)))
		.limit(1);
	return row;
}

export async function insertArea(db: Executor, orgId: string, values: AreaInput): Promise<Area> {
	const [row] = await db
		.insert(area)
		.values({
			orgId,
			...values,
			cbsCode: values.cbsCode ?? null,
			wijkId: values.wijkId ?? null,
			latitude: values.latitude ?? null,
			longitude: values.longitude ?? null
		})
		.returning();
	return row!;
}

export async function updateArea(
	db: Executor,
	orgId: string,
	areaId: string,
	values: AreaInput
): Promise<Area | undefined> {
	const [row] = await db
		.update(area)
		.set({
			...values,
			cbsCode: values.cbsCode ?? null,
			wijkId: values.wijkId ?? null,
			latitude: values.latitude ?? null,
			longitude: values.longitude ?? null
		})
		.where(and(eq(area.orgId, orgId), eq(area.id, areaId)))
		.returning();
	return row;
}

export async function deleteArea(db: Executor, orgId: string, areaId: string): Promise<boolean> {
	const rows = await db
		.delete(area)
		.where(and(eq(area.orgId, orgId), eq(area.id, areaId)))
		.returning({ id: area.id });
	return rows.length > 0;
}

/** The area of this organisation that serves the 4-digit postcode, if exactly one is configured. */
export async function areaForPostcode(
	db: Executor,
	orgId: string,
	postcode: string
): Promise<Area | undefined> {
	const pc4 = postcode.slice(0, 4);
	const rows = await db
		.select()
		.from(area)
		.where(and(eq(area.orgId, orgId), sql`${pc4} = any(${area.postcodes})`))
		.limit(2);
	return rows.length === 1 ? rows[0] : undefined;
}
