import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client.ts';
import { person } from '../members/members.table.ts';
import { organisation } from '../organisations/organisations.table.ts';
import {
	knowledgeAttachment,
	knowledgeItem,
	knowledgePreference,
	knowledgeVersion
} from './knowledge.table.ts';

export type KnowledgeItem = typeof knowledgeItem.$inferSelect;
export type NewKnowledgeItem = typeof knowledgeItem.$inferInsert;
export const PAGE_SIZE = 20;

/** Who is asking, as the share rule needs it. */
export interface Reader {
	/** Organisations the reader is an active member of. */
	memberOrgIds: string[];
	/** Those organisations and all their ancestors (city coops, network). */
	reachIds: string[];
	/** Organisations where the reader is staff: their drafts and unpublished news are visible. */
	staffOrgIds: string[];
}

const list = (ids: string[]) =>
	sql.join(
		ids.map((id) => sql`${id}::uuid`),
		sql`, `
	);

/** The share rule as SQL: what this reader may see (ADR 0012). */
export function visibleTo(r: Reader): SQL {
	const t = knowledgeItem;
	const parts: SQL[] = [sql`${t.scope} = 'public'`];
	if (r.memberOrgIds.length) parts.push(sql`${t.orgId} in (${list(r.memberOrgIds)})`);
	if (r.reachIds.length) {
		parts.push(sql`(${t.scope} in ('city', 'network') and ${t.cityId} in (${list(r.reachIds)}))`);
		parts.push(sql`(${t.scope} = 'network' and ${t.networkId} in (${list(r.reachIds)}))`);
	}
	const shared = sql`(${sql.join(parts, sql` or `)})`;
	const ready = sql`(${t.status} = 'published' and (${t.publishedAt} is null or ${t.publishedAt} <= now()))`;
	const own = r.staffOrgIds.length ? sql` or ${t.orgId} in (${list(r.staffOrgIds)})` : sql``;
	return sql`(${shared} and (${ready}${own}))`;
}

const itemColumns = {
	id: knowledgeItem.id,
	orgId: knowledgeItem.orgId,
	orgName: organisation.name,
	orgSlug: organisation.slug,
	type: knowledgeItem.type,
	title: knowledgeItem.title,
	summary: knowledgeItem.summary,
	theme: knowledgeItem.theme,
	tags: knowledgeItem.tags,
	scope: knowledgeItem.scope,
	status: knowledgeItem.status,
	deadline: knowledgeItem.deadline,
	projectStatus: knowledgeItem.projectStatus,
	publishedAt: knowledgeItem.publishedAt,
	details: knowledgeItem.details,
	originId: knowledgeItem.originId,
	updatedAt: knowledgeItem.updatedAt
};

export interface Query {
	visible: SQL;
	q?: string;
	types?: readonly string[];
	theme?: string;
	scope?: string;
	orgIds?: string[];
	page: number;
	pageSize?: number;
	order?: 'relevance' | 'recent' | 'deadline' | 'published';
	/** One more condition (e.g. "shared with this city coop"). */
	extra?: SQL;
}

/**
 * A prefix query next to the stemmed one: the Dutch stemmer makes "fiets" → fiet but "fietsen" → fiets, so
 * the stem of a search word does not always match the stem of its other forms. Each word of four letters
 * or more also matches as a prefix of its first letters minus the last three (at least four): "fietsen"
 * finds fiet(s), "mantelzorgwaardring" (a typo) finds mantelzorgwaardering.
 */
export function prefixQuery(q: string): string {
	const words = q
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length >= 4);
	return words.map((w) => `${w.slice(0, Math.max(4, w.length - 3))}:*`).join(' & ');
}

/** Items of an umbrella itself, or shared with it by the organisations below (city: city or wider). */
export function sharedWithUmbrella(umbrellaId: string, isCity: boolean): SQL {
	const t = knowledgeItem;
	return isCity
		? sql`(${t.orgId} = ${umbrellaId} or ${t.scope} in ('city', 'network', 'public'))`
		: sql`(${t.orgId} = ${umbrellaId} or ${t.scope} in ('network', 'public'))`;
}

/** Markers around search hits in highlights; the page escapes the text and turns them into <mark>. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/**
 * Items for a list or a search. With `q`: Dutch full-text search (stemming: "fietsen" finds "fiets"),
 * ranked title first, and a trigram match on the title for typos; highlights from the summary and text.
 */
export async function search(db: Executor, q: Query) {
	const t = knowledgeItem;
	const prefix = q.q ? prefixQuery(q.q) : '';
	const query = q.q
		? prefix
			? sql`(websearch_to_tsquery('dutch', ${q.q}) || to_tsquery('simple', ${prefix}))`
			: sql`websearch_to_tsquery('dutch', ${q.q})`
		: null;
	const match = q.q
		? sql`(${t.search} @@ ${query} or similarity(${t.title}, ${q.q}) > 0.3 or ${t.title} ilike ${`%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`
		: undefined;
	const where = and(
		q.visible,
		match,
		q.types?.length ? inArray(t.type, q.types as never) : undefined,
		q.theme ? eq(t.theme, q.theme as never) : undefined,
		q.scope ? eq(t.scope, q.scope as never) : undefined,
		q.orgIds?.length ? inArray(t.orgId, q.orgIds) : undefined,
		q.extra
	);
	const rank = q.q
		? sql<number>`(ts_rank_cd(${t.search}, ${query}) + similarity(${t.title}, ${q.q}))`
		: sql<number>`0`;
	const highlight = q.q
		? sql<string>`ts_headline('dutch', ${t.summary} || ' ' || ${t.body}, ${query}, ${`StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=30, MinWords=12, MaxFragments=2`})`
		: sql<string>`''`;
	const order =
		q.order === 'deadline'
			? [asc(t.deadline), asc(t.title)]
			: q.order === 'published'
				? [desc(sql`coalesce(${t.publishedAt}, ${t.createdAt})`)]
				: q.q
					? [desc(rank), desc(t.updatedAt)]
					: [desc(t.updatedAt)];
	const size = q.pageSize ?? PAGE_SIZE;
	const [rows, [total]] = await Promise.all([
		db
			.select({ ...itemColumns, rank, highlight })
			.from(t)
			.innerJoin(organisation, eq(organisation.id, t.orgId))
			.where(where)
			.orderBy(...order)
			.limit(size)
			.offset((q.page - 1) * size),
		db.select({ n: count() }).from(t).where(where)
	]);
	return { rows, total: total?.n ?? 0, page: q.page, pageSize: size };
}

export async function findItem(db: Executor, id: string) {
	const [row] = await db
		.select({ item: knowledgeItem, orgName: organisation.name, orgSlug: organisation.slug })
		.from(knowledgeItem)
		.innerJoin(organisation, eq(organisation.id, knowledgeItem.orgId))
		.where(eq(knowledgeItem.id, id));
	return row;
}

/** The item if the reader may see it. */
export async function findVisible(db: Executor, id: string, visible: SQL) {
	const [row] = await db
		.select({ id: knowledgeItem.id })
		.from(knowledgeItem)
		.where(and(eq(knowledgeItem.id, id), visible));
	return !!row;
}

export async function insertItem(db: Executor, values: NewKnowledgeItem): Promise<KnowledgeItem> {
	const [row] = await db
		.insert(knowledgeItem)
		.values({ ...values, tagsText: (values.tags ?? []).join(' ') })
		.returning();
	return row!;
}

export async function updateItem(db: Executor, id: string, values: Partial<NewKnowledgeItem>) {
	const [row] = await db
		.update(knowledgeItem)
		.set({ ...values, ...(values.tags ? { tagsText: values.tags.join(' ') } : {}), updatedAt: new Date() })
		.where(eq(knowledgeItem.id, id))
		.returning();
	return row!;
}

export async function insertVersion(db: Executor, values: typeof knowledgeVersion.$inferInsert) {
	await db.insert(knowledgeVersion).values(values);
}

export async function versionsOf(db: Executor, itemId: string) {
	return db
		.select({
			version: knowledgeVersion.version,
			title: knowledgeVersion.title,
			note: knowledgeVersion.note,
			createdAt: knowledgeVersion.createdAt,
			byName: person.name
		})
		.from(knowledgeVersion)
		.leftJoin(person, eq(person.id, knowledgeVersion.createdBy))
		.where(eq(knowledgeVersion.itemId, itemId))
		.orderBy(desc(knowledgeVersion.version));
}

export async function versionOf(db: Executor, itemId: string, version: number) {
	const [row] = await db
		.select()
		.from(knowledgeVersion)
		.where(and(eq(knowledgeVersion.itemId, itemId), eq(knowledgeVersion.version, version)));
	return row;
}

export async function attachmentsOf(db: Executor, itemId: string) {
	return db
		.select({
			id: knowledgeAttachment.id,
			fileName: knowledgeAttachment.fileName,
			mimeType: knowledgeAttachment.mimeType,
			sizeBytes: knowledgeAttachment.sizeBytes,
			createdAt: knowledgeAttachment.createdAt
		})
		.from(knowledgeAttachment)
		.where(eq(knowledgeAttachment.itemId, itemId))
		.orderBy(asc(knowledgeAttachment.createdAt));
}

/** How often a project was taken over by other organisations (the network sees reuse). */
export async function copiesOf(db: Executor, itemId: string) {
	return db
		.select({ id: knowledgeItem.id, orgName: organisation.name })
		.from(knowledgeItem)
		.innerJoin(organisation, eq(organisation.id, knowledgeItem.orgId))
		.where(eq(knowledgeItem.originId, itemId))
		.orderBy(asc(organisation.name));
}

/** Organisations by name or description for the search page (their public facts only). */
export async function searchOrganisations(db: Executor, q: string) {
	return queryRows<{ id: string; name: string; slug: string; kind: string }>(
		db,
		sql`select id, name, slug, kind from organisation
			where to_tsvector('dutch', name || ' ' || description) @@ websearch_to_tsquery('dutch', ${q})
				or similarity(name, ${q}) > 0.3
			order by similarity(name, ${q}) desc, name limit 10`
	);
}

/** Coming activities by text: public ones, and members-only ones of the reader's organisations. */
export async function searchActivities(db: Executor, q: string, memberOrgIds: string[]) {
	const members = memberOrgIds.length
		? sql` or (a.visibility = 'members' and a.org_id in (${list(memberOrgIds)}))`
		: sql``;
	return queryRows<{
		id: string;
		title: string;
		startsAt: Date;
		endsAt: Date;
		orgSlug: string;
		orgName: string;
	}>(
		db,
		sql`select a.id, a.title, a.starts_at as "startsAt", a.ends_at as "endsAt", o.slug as "orgSlug", o.name as "orgName"
			from activity a join organisation o on o.id = a.org_id
			where a.status = 'scheduled' and a.ends_at >= now()
				and (a.visibility = 'public'${members})
				and to_tsvector('dutch', a.title || ' ' || a.description) @@ websearch_to_tsquery('dutch', ${q})
			order by a.starts_at limit 10`
	);
}

export async function preferenceOf(db: Executor, personId: string) {
	const [row] = await db.select().from(knowledgePreference).where(eq(knowledgePreference.personId, personId));
	return row;
}

export async function setPreference(
	db: Executor,
	personId: string,
	values: { deadlineDigest?: boolean; lastDigestAt?: Date }
) {
	await db
		.insert(knowledgePreference)
		.values({ personId, deadlineDigest: values.deadlineDigest ?? false, lastDigestAt: values.lastDigestAt })
		.onConflictDoUpdate({ target: knowledgePreference.personId, set: { ...values, updatedAt: new Date() } });
}

/** People who want the weekly deadline mail and did not get one in the last `sinceDays`. */
export async function digestSubscribers(db: Executor, before: Date) {
	return db
		.select({
			personId: person.id,
			email: person.email,
			locale: person.locale,
			lastDigestAt: knowledgePreference.lastDigestAt
		})
		.from(knowledgePreference)
		.innerJoin(person, eq(person.id, knowledgePreference.personId))
		.where(
			and(
				eq(knowledgePreference.deadlineDigest, true),
				sql`${person.email} is not null`,
				sql`(${knowledgePreference.lastDigestAt} is null or ${knowledgePreference.lastDigestAt} < ${before.toISOString()})`
			)
		);
}
