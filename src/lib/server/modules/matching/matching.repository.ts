// The candidate query of matching. It reads the help module's tables (requests, invitations, offers,
// blocks) as a read model; only the help module writes them. One query, scoped by organisation, so its
// cost depends on the size of one organisation, not of the whole installation (see docs/performance.md).
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { queryRows, type Executor } from '../../db/client.ts';

const dialect = new PgDialect();

/**
 * Runs the query as a named prepared statement on PostgreSQL: parsed once per connection instead of on
 * every suggestion. On PGlite (one local connection) a plain query is just as fast.
 */
async function prepared<T>(db: Executor, name: string, query: SQL): Promise<T[]> {
	const client = (db as { $client?: unknown }).$client;
	if (!(client instanceof pg.Pool)) return queryRows<T>(db, query);
	const { sql: text, params } = dialect.sqlToQuery(query);
	const result = await client.query({ name, text, values: params as unknown[] });
	return result.rows as T[];
}

export interface CandidateQuery {
	orgId: string;
	/** The request being matched (to leave out who declined it); null for a preview at intake. */
	requestId: string | null;
	residentId: string | null;
	categoryId: string;
	/** Volunteer skill that fits the category; null = any volunteer. */
	skill: string | null;
	needsVog: boolean;
	/** Oldest VOG date that still counts. */
	vogSince: string;
	needsCar: boolean;
	/** Availability slots that overlap the request's time; null for a flexible request. */
	slots: string[] | null;
	/** Request date, or today for a flexible request (pauses and one-off offers are checked on it). */
	day: string;
	monthFirst: string;
	monthLast: string;
	recentSince: Date;
}

export interface CandidateRow {
	id: string;
	name: string;
	languages: string[];
	areaId: string | null;
	areaName: string | null;
	latitude: number | null;
	longitude: number | null;
	vogDate: string | null;
	maxPerMonth: number | null;
	monthLoad: number;
	recentLoad: number;
	withResident: number;
	done: number;
	failed: number;
	accepted: number;
	declined: number;
	hasOffer: boolean;
}

/** Volunteers of the organisation who pass every hard filter, with the facts the score needs. */
export async function candidates(db: Executor, q: CandidateQuery): Promise<CandidateRow[]> {
	const slots = q.slots === null ? null : `{${q.slots.join(',')}}`;
	return prepared<CandidateRow>(
		db,
		'matching_candidates',
		sql`
		select p.id, p.name, p.languages, a.id as "areaId", a.name as "areaName", a.latitude, a.longitude,
			p.vog_date as "vogDate", p.max_requests_per_month as "maxPerMonth",
			load.n as "monthLoad", hist.recent as "recentLoad", hist.with_resident as "withResident",
			hist.done, hist.failed, inv.accepted, inv.declined, offer.found as "hasOffer"
		from membership m
		join person p on p.id = m.person_id
		left join area a on a.id = m.area_id
		left join volunteer_preference vp on vp.person_id = p.id
		cross join lateral (
			select count(*)::int as n from help_request r
			where r.volunteer_id = p.id and r.status in ('gekoppeld', 'uitgevoerd', 'geevalueerd')
				and coalesce(r.date, r.matched_at::date) between ${q.monthFirst}::date and ${q.monthLast}::date
		) load
		cross join lateral (
			select exists (
				select 1 from help_offer o
				where o.volunteer_id = p.id and o.org_id = ${q.orgId} and o.category_id = ${q.categoryId}
					and o.date = ${q.day}::date and o.withdrawn_at is null
			) as found
		) offer
		cross join lateral (
			select
				(count(*) filter (where r.matched_at >= ${q.recentSince.toISOString()}::timestamptz))::int as recent,
				(count(*) filter (where r.person_id = ${q.residentId}::uuid
					and r.status in ('gekoppeld', 'uitgevoerd', 'geevalueerd')))::int as with_resident,
				(count(*) filter (where r.status in ('uitgevoerd', 'geevalueerd')))::int as done,
				(count(*) filter (where r.status = 'niet_gelukt'))::int as failed
			from help_request r where r.volunteer_id = p.id and r.org_id = ${q.orgId}
		) hist
		cross join lateral (
			select (count(*) filter (where i.status = 'accepted'))::int as accepted,
				(count(*) filter (where i.status = 'declined'))::int as declined
			from help_invitation i where i.volunteer_id = p.id
		) inv
		where m.org_id = ${q.orgId} and m.status = 'active' and 'vrijwilliger' = any(m.roles)
			and p.id is distinct from ${q.residentId}::uuid
			and (${q.skill}::text is null or ${q.skill}::text = any(p.skills))
			and (not ${q.needsVog}::boolean or p.vog_date >= ${q.vogSince}::date)
			and (not ${q.needsCar}::boolean or 'car' = any(p.mobility))
			and (vp.paused_until is null or vp.paused_until < ${q.day}::date)
			and (${slots}::text[] is null or p.availability && ${slots}::text[] or offer.found)
			and (p.max_requests_per_month is null or load.n < p.max_requests_per_month)
			and not exists (
				select 1 from help_block b
				where b.org_id = ${q.orgId} and b.resident_id = ${q.residentId}::uuid and b.volunteer_id = p.id
			)
			and not exists (
				select 1 from help_invitation d
				where d.request_id = ${q.requestId}::uuid and d.volunteer_id = p.id and d.status = 'declined'
			)
		`
	);
}

/** Centre of an area of this organisation, for distances. */
export async function areaCentre(db: Executor, orgId: string, areaId: string | null) {
	if (!areaId) return null;
	const rows = await queryRows<{ latitude: number | null; longitude: number | null }>(
		db,
		sql`select latitude, longitude from area where id = ${areaId} and org_id = ${orgId}`
	);
	return rows[0] ?? null;
}
