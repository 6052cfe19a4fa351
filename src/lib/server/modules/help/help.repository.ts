import { and, asc, count, desc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../../db/client.ts';
import { membership, person } from '../members/members.table.ts';
import { area, organisation } from '../organisations/organisations.table.ts';
import {
	DEFAULT_CATEGORIES,
	HOME_VISIT_CATEGORIES,
	OPEN_STATUSES,
	type HelpStatus,
	type InvitationStatus
} from '#lib/domain/help.ts';
import {
	helpBlock,
	helpCategory,
	helpEvent,
	helpFeedback,
	helpInvitation,
	helpOffer,
	helpReport,
	helpRequest,
	helpSettings,
	volunteerPreference
} from './help.table.ts';
import type { BoardFilter } from './help.schemas.ts';

export type HelpRequest = typeof helpRequest.$inferSelect;
export type NewHelpRequest = typeof helpRequest.$inferInsert;
export type HelpCategory = typeof helpCategory.$inferSelect;
export const PAGE_SIZE = 25;

const resident = alias(person, 'resident');
const volunteer = alias(person, 'volunteer');

// ---------------------------------------------------------------- categories and settings

/** Creates the default categories of an organisation once; later calls change nothing. */
export async function ensureDefaultCategories(db: Executor, orgId: string): Promise<void> {
	await db
		.insert(helpCategory)
		.values(
			DEFAULT_CATEGORIES.map((key, i) => ({
				orgId,
				key,
				skill: key === 'overig' ? null : key,
				requiresVog: HOME_VISIT_CATEGORIES.includes(key),
				sortOrder: i * 10
			}))
		)
		.onConflictDoNothing();
}

export async function categories(db: Executor, orgId: string): Promise<HelpCategory[]> {
	return db
		.select()
		.from(helpCategory)
		.where(eq(helpCategory.orgId, orgId))
		.orderBy(asc(helpCategory.sortOrder), asc(helpCategory.createdAt));
}

export async function categoryById(
	db: Executor,
	orgId: string,
	id: string
): Promise<HelpCategory | undefined> {
	const [row] = await db
		.select()
		.from(helpCategory)
		.where(and(eq(helpCategory.orgId, orgId), eq(helpCategory.id, id)));
	return row;
}

export async function insertCategory(db: Executor, values: typeof helpCategory.$inferInsert) {
	const [row] = await db.insert(helpCategory).values(values).returning();
	return row!;
}

export async function updateCategory(
	db: Executor,
	orgId: string,
	id: string,
	values: Partial<typeof helpCategory.$inferInsert>
) {
	const [row] = await db
		.update(helpCategory)
		.set(values)
		.where(and(eq(helpCategory.orgId, orgId), eq(helpCategory.id, id)))
		.returning();
	return row;
}

export async function kmRateCents(db: Executor, orgId: string): Promise<number | null> {
	const [row] = await db.select().from(helpSettings).where(eq(helpSettings.orgId, orgId));
	return row?.kmRateCents ?? null;
}

export async function setKmRate(db: Executor, orgId: string, cents: number): Promise<void> {
	await db
		.insert(helpSettings)
		.values({ orgId, kmRateCents: cents })
		.onConflictDoUpdate({ target: helpSettings.orgId, set: { kmRateCents: cents, updatedAt: new Date() } });
}

// ---------------------------------------------------------------- requests

export async function insertRequests(db: Executor, rows: NewHelpRequest[]): Promise<HelpRequest[]> {
	return db.insert(helpRequest).values(rows).returning();
}

/** One request with what the detail page shows. */
export async function requestDetail(db: Executor, orgId: string, id: string) {
	const [row] = await db
		.select({
			request: helpRequest,
			category: helpCategory,
			areaName: area.name,
			resident: {
				id: resident.id,
				name: resident.name,
				phone: resident.phone,
				email: resident.email,
				languages: resident.languages,
				locale: resident.locale,
				userId: resident.userId
			},
			volunteer: {
				id: volunteer.id,
				name: volunteer.name,
				phone: volunteer.phone,
				email: volunteer.email,
				locale: volunteer.locale
			}
		})
		.from(helpRequest)
		.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
		.leftJoin(area, eq(area.id, helpRequest.areaId))
		.leftJoin(resident, eq(resident.id, helpRequest.personId))
		.leftJoin(volunteer, eq(volunteer.id, helpRequest.volunteerId))
		.where(and(eq(helpRequest.orgId, orgId), eq(helpRequest.id, id)))
		.limit(1);
	return row;
}
export type RequestDetail = NonNullable<Awaited<ReturnType<typeof requestDetail>>>;

/**
 * Moves a request to another status only if it is still in one of `from` (a conditional update, so two
 * people acting at once cannot both succeed). Returns the updated row, or undefined when it had moved on.
 */
export async function transition(
	db: Executor,
	orgId: string,
	id: string,
	from: readonly HelpStatus[],
	values: Partial<NewHelpRequest>
): Promise<HelpRequest | undefined> {
	const [row] = await db
		.update(helpRequest)
		.set({ ...values, updatedAt: new Date() })
		.where(and(eq(helpRequest.orgId, orgId), eq(helpRequest.id, id), inArray(helpRequest.status, [...from])))
		.returning();
	return row;
}

/**
 * Takes the row lock of a request until the transaction ends. Whoever links a volunteer queues here first
 * (the conditional status change in `transition` takes the same lock), so competing acceptances wait for
 * each other instead of deadlocking on each other's invitations.
 */
export async function lockRequest(db: Executor, id: string): Promise<void> {
	await db.select({ id: helpRequest.id }).from(helpRequest).where(eq(helpRequest.id, id)).for('update');
}

export async function markRequest(db: Executor, id: string, values: Partial<NewHelpRequest>): Promise<void> {
	await db.update(helpRequest).set(values).where(eq(helpRequest.id, id));
}

export async function insertEvent(db: Executor, values: typeof helpEvent.$inferInsert): Promise<void> {
	await db.insert(helpEvent).values(values);
}

export async function events(db: Executor, requestId: string) {
	return db
		.select({
			fromStatus: helpEvent.fromStatus,
			toStatus: helpEvent.toStatus,
			note: helpEvent.note,
			at: helpEvent.at,
			byName: person.name
		})
		.from(helpEvent)
		.leftJoin(person, eq(person.id, helpEvent.byPersonId))
		.where(eq(helpEvent.requestId, requestId))
		.orderBy(asc(helpEvent.at));
}

function boardConditions(orgId: string, f: BoardFilter): SQL {
	const c: (SQL | undefined)[] = [eq(helpRequest.orgId, orgId)];
	if (f.status) c.push(eq(helpRequest.status, f.status));
	if (f.categoryId) c.push(eq(helpRequest.categoryId, f.categoryId));
	if (f.areaId) c.push(eq(helpRequest.areaId, f.areaId));
	if (f.urgency) c.push(eq(helpRequest.urgency, f.urgency));
	if (f.from) c.push(sql`(${helpRequest.date} is null or ${helpRequest.date} >= ${f.from}::date)`);
	if (f.to) c.push(sql`(${helpRequest.date} is null or ${helpRequest.date} <= ${f.to}::date)`);
	return and(...c)!;
}

const listColumns = {
	id: helpRequest.id,
	status: helpRequest.status,
	date: helpRequest.date,
	timeFrom: helpRequest.timeFrom,
	timeTo: helpRequest.timeTo,
	urgency: helpRequest.urgency,
	description: helpRequest.description,
	categoryKey: helpCategory.key,
	categoryName: helpCategory.name,
	areaName: area.name,
	residentName: sql<string | null>`coalesce(${resident.name}, ${helpRequest.contactName})`,
	volunteerName: volunteer.name,
	orgId: helpRequest.orgId
};

/** The coordinator board: urgent first, then by date (flexible last). */
export async function board(db: Executor, orgId: string, f: BoardFilter) {
	const where = boardConditions(orgId, f);
	const [rows, [total]] = await Promise.all([
		db
			.select(listColumns)
			.from(helpRequest)
			.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
			.leftJoin(area, eq(area.id, helpRequest.areaId))
			.leftJoin(resident, eq(resident.id, helpRequest.personId))
			.leftJoin(volunteer, eq(volunteer.id, helpRequest.volunteerId))
			.where(where)
			.orderBy(
				sql`case ${helpRequest.urgency} when 'urgent' then 0 when 'soon' then 1 else 2 end`,
				sql`${helpRequest.date} asc nulls last`,
				asc(helpRequest.timeFrom),
				asc(helpRequest.createdAt)
			)
			.limit(PAGE_SIZE)
			.offset((f.page - 1) * PAGE_SIZE),
		db.select({ n: count() }).from(helpRequest).where(where)
	]);
	return { rows, total: total?.n ?? 0, page: f.page, pageSize: PAGE_SIZE };
}

/** Number of requests per status, for the tabs of the board. */
export async function statusCounts(db: Executor, orgId: string) {
	return db
		.select({ status: helpRequest.status, n: count() })
		.from(helpRequest)
		.where(eq(helpRequest.orgId, orgId))
		.groupBy(helpRequest.status);
}

/** Requests a person asked for, or that were asked for them, in every organisation. */
export async function requestsOfPerson(db: Executor, personId: string) {
	return (
		db
			.select({ ...listColumns, orgSlug: organisation.slug, orgName: organisation.name })
			.from(helpRequest)
			.innerJoin(organisation, eq(organisation.id, helpRequest.orgId))
			.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
			.leftJoin(area, eq(area.id, helpRequest.areaId))
			.leftJoin(resident, eq(resident.id, helpRequest.personId))
			.leftJoin(volunteer, eq(volunteer.id, helpRequest.volunteerId))
			// Asked for oneself, or referred for someone else; not the intakes a coordinator typed in.
			.where(
				sql`${helpRequest.personId} = ${personId} or (${helpRequest.createdBy} = ${personId} and ${helpRequest.origin} = 'on_behalf')`
			)
			.orderBy(desc(helpRequest.createdAt))
			.limit(100)
	);
}

/** Requests a volunteer is linked to, upcoming first. */
export async function tasksOfVolunteer(db: Executor, personId: string) {
	return (
		db
			.select({ ...listColumns, orgSlug: organisation.slug, orgName: organisation.name })
			.from(helpRequest)
			.innerJoin(organisation, eq(organisation.id, helpRequest.orgId))
			.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
			.leftJoin(area, eq(area.id, helpRequest.areaId))
			.leftJoin(resident, eq(resident.id, helpRequest.personId))
			.leftJoin(volunteer, eq(volunteer.id, helpRequest.volunteerId))
			.where(eq(helpRequest.volunteerId, personId))
			// Agreed help first, soonest first (no date last); then the rest, latest first.
			.orderBy(
				sql`case when ${helpRequest.status} = 'gekoppeld' then 0 else 1 end`,
				sql`case when ${helpRequest.status} = 'gekoppeld' then ${helpRequest.date} end asc nulls last`,
				sql`${helpRequest.date} desc nulls first`
			)
			.limit(200)
	);
}

// ---------------------------------------------------------------- invitations

export async function invitations(db: Executor, requestId: string) {
	return db
		.select({
			id: helpInvitation.id,
			status: helpInvitation.status,
			createdAt: helpInvitation.createdAt,
			answeredAt: helpInvitation.answeredAt,
			volunteerId: helpInvitation.volunteerId,
			volunteerName: person.name
		})
		.from(helpInvitation)
		.innerJoin(person, eq(person.id, helpInvitation.volunteerId))
		.where(eq(helpInvitation.requestId, requestId))
		.orderBy(asc(helpInvitation.createdAt));
}

export async function insertInvitation(db: Executor, values: typeof helpInvitation.$inferInsert) {
	const [row] = await db.insert(helpInvitation).values(values).onConflictDoNothing().returning();
	return row;
}

export async function invitationByToken(db: Executor, tokenHash: string) {
	const [row] = await db.select().from(helpInvitation).where(eq(helpInvitation.tokenHash, tokenHash));
	return row;
}

/** Answers an invitation that is still open; undefined when it was answered or withdrawn already. */
export async function answerInvitation(db: Executor, id: string, status: InvitationStatus) {
	const [row] = await db
		.update(helpInvitation)
		.set({ status, answeredAt: new Date() })
		.where(and(eq(helpInvitation.id, id), eq(helpInvitation.status, 'invited')))
		.returning();
	return row;
}

/** The volunteer who accepted cannot come after all: their acceptance now counts as declined, so someone
 * else can accept the request and they are not proposed for it again. */
export async function declineAccepted(db: Executor, requestId: string): Promise<void> {
	await db
		.update(helpInvitation)
		.set({ status: 'declined', answeredAt: new Date() })
		.where(and(eq(helpInvitation.requestId, requestId), eq(helpInvitation.status, 'accepted')));
}

/** Withdraws every open invitation of a request (someone else accepted, or the request closed). */
export async function withdrawOpenInvitations(db: Executor, requestId: string) {
	return db
		.update(helpInvitation)
		.set({ status: 'withdrawn', answeredAt: new Date() })
		.where(and(eq(helpInvitation.requestId, requestId), eq(helpInvitation.status, 'invited')))
		.returning({ volunteerId: helpInvitation.volunteerId });
}

// ---------------------------------------------------------------- after the help

export async function insertReport(db: Executor, values: typeof helpReport.$inferInsert) {
	await db.insert(helpReport).values(values);
}

export async function report(db: Executor, requestId: string) {
	const [row] = await db.select().from(helpReport).where(eq(helpReport.requestId, requestId));
	return row;
}

export async function insertFeedback(db: Executor, values: typeof helpFeedback.$inferInsert) {
	await db.insert(helpFeedback).values(values);
}

export async function feedback(db: Executor, requestId: string) {
	const [row] = await db.select().from(helpFeedback).where(eq(helpFeedback.requestId, requestId));
	return row;
}

export async function insertBlock(db: Executor, values: typeof helpBlock.$inferInsert) {
	await db.insert(helpBlock).values(values).onConflictDoNothing();
}

/** A volunteer's logged help in one calendar year, for their own statement. */
export async function hoursOfVolunteer(db: Executor, personId: string, year: number) {
	return db
		.select({
			requestId: helpReport.requestId,
			hours: helpReport.hours,
			km: helpReport.km,
			kmRateCents: helpReport.kmRateCents,
			loggedAt: helpReport.loggedAt,
			date: helpRequest.date,
			categoryKey: helpCategory.key,
			categoryName: helpCategory.name,
			orgName: organisation.name
		})
		.from(helpReport)
		.innerJoin(helpRequest, eq(helpRequest.id, helpReport.requestId))
		.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
		.innerJoin(organisation, eq(organisation.id, helpRequest.orgId))
		.where(
			and(
				eq(helpReport.volunteerId, personId),
				sql`extract(year from coalesce(${helpRequest.date}, ${helpReport.loggedAt}::date)) = ${year}`
			)
		)
		.orderBy(sql`coalesce(${helpRequest.date}, ${helpReport.loggedAt}::date)`);
}

// ---------------------------------------------------------------- offers

export async function insertOffer(db: Executor, values: typeof helpOffer.$inferInsert) {
	const [row] = await db.insert(helpOffer).values(values).returning();
	return row!;
}

export async function withdrawOffer(db: Executor, orgId: string, id: string, volunteerId: string | null) {
	const [row] = await db
		.update(helpOffer)
		.set({ withdrawnAt: new Date() })
		.where(
			and(
				eq(helpOffer.orgId, orgId),
				eq(helpOffer.id, id),
				isNull(helpOffer.withdrawnAt),
				volunteerId ? eq(helpOffer.volunteerId, volunteerId) : undefined
			)
		)
		.returning();
	return row;
}

/** Upcoming one-off offers, optionally of one category and from one date on. */
export async function offers(
	db: Executor,
	orgId: string,
	f: { from: string; categoryId?: string; volunteerId?: string }
) {
	return db
		.select({
			id: helpOffer.id,
			date: helpOffer.date,
			timeFrom: helpOffer.timeFrom,
			timeTo: helpOffer.timeTo,
			description: helpOffer.description,
			seats: helpOffer.seats,
			volunteerId: helpOffer.volunteerId,
			volunteerName: person.name,
			categoryKey: helpCategory.key,
			categoryName: helpCategory.name
		})
		.from(helpOffer)
		.innerJoin(person, eq(person.id, helpOffer.volunteerId))
		.innerJoin(helpCategory, eq(helpCategory.id, helpOffer.categoryId))
		.where(
			and(
				eq(helpOffer.orgId, orgId),
				isNull(helpOffer.withdrawnAt),
				gte(helpOffer.date, f.from),
				f.categoryId ? eq(helpOffer.categoryId, f.categoryId) : undefined,
				f.volunteerId ? eq(helpOffer.volunteerId, f.volunteerId) : undefined
			)
		)
		.orderBy(asc(helpOffer.date), asc(helpOffer.timeFrom))
		.limit(100);
}

// ---------------------------------------------------------------- volunteer preferences

export async function preference(db: Executor, personId: string) {
	const [row] = await db.select().from(volunteerPreference).where(eq(volunteerPreference.personId, personId));
	return row;
}

export async function setPreference(
	db: Executor,
	personId: string,
	values: { pausedUntil: string | null; digest: boolean }
) {
	await db
		.insert(volunteerPreference)
		.values({ personId, ...values })
		.onConflictDoUpdate({ target: volunteerPreference.personId, set: { ...values, updatedAt: new Date() } });
}

// ---------------------------------------------------------------- call list and demand

/** Open requests up to `until`, and matched ones where the resident has not heard who comes yet. */
export async function callList(db: Executor, orgId: string, until: string) {
	return db
		.select({
			...listColumns,
			residentPhone: sql<string | null>`coalesce(${resident.phone}, ${helpRequest.contactPhone})`,
			residentInformedAt: helpRequest.residentInformedAt,
			/** Languages to call the resident in (the request's own, else the resident's). */
			residentLanguages: sql<
				string[]
			>`case when ${helpRequest.language} is not null then array[${helpRequest.language}] else coalesce(${resident.languages}, '{}'::text[]) end`,
			volunteerPhone: volunteer.phone,
			pickup: helpRequest.pickup,
			destination: helpRequest.destination,
			address: helpRequest.address
		})
		.from(helpRequest)
		.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
		.leftJoin(area, eq(area.id, helpRequest.areaId))
		.leftJoin(resident, eq(resident.id, helpRequest.personId))
		.leftJoin(volunteer, eq(volunteer.id, helpRequest.volunteerId))
		.where(
			and(
				eq(helpRequest.orgId, orgId),
				sql`(
					(${helpRequest.status} in ('nieuw', 'in_behandeling')
						and (${helpRequest.date} is null or ${helpRequest.date} <= ${until}::date))
					or (${helpRequest.status} = 'gekoppeld' and ${helpRequest.residentInformedAt} is null)
				)`
			)
		)
		.orderBy(sql`${helpRequest.date} asc nulls last`, asc(helpRequest.timeFrom));
}

export interface DemandCell {
	week: string;
	categoryId: string;
	areaId: string | null;
	asked: number;
	served: number;
	unserved: number;
}

/**
 * Requests per week (of their date, or of their creation when flexible), category and area since `from`:
 * how many were asked, served (a volunteer linked) and not served (closed without help, or still open
 * while their date has passed).
 */
export async function demand(
	db: Executor,
	orgId: string,
	from: string,
	today: string
): Promise<DemandCell[]> {
	return queryRows<DemandCell>(
		db,
		sql`
		select to_char(date_trunc('week', coalesce(r.date, r.created_at::date)), 'YYYY-MM-DD') as week,
			r.category_id as "categoryId", r.area_id as "areaId",
			count(*)::int as asked,
			(count(*) filter (where r.status in ('gekoppeld', 'uitgevoerd', 'geevalueerd')))::int as served,
			(count(*) filter (where r.status = 'niet_gelukt'
				or (r.status = 'geannuleerd' and r.close_reason = 'no_volunteer')
				or (r.status in ('nieuw', 'in_behandeling') and r.date < ${today}::date)))::int as unserved
		from help_request r
		where r.org_id = ${orgId} and coalesce(r.date, r.created_at::date) >= ${from}::date
		group by 1, 2, 3
		order by 1, 2, 3`
	);
}

export interface SupplyCell {
	skill: string;
	areaId: string | null;
	volunteers: number;
}

/** The skill of the supply cell that counts every volunteer once, whatever their skills (for "overig"). */
export const ANY_SKILL = '*';

/** Active, not paused volunteers per skill and area: the standing supply. */
export async function standingSupply(db: Executor, orgId: string, today: string): Promise<SupplyCell[]> {
	return queryRows<SupplyCell>(
		db,
		sql`
		select s.skill, m.area_id as "areaId", count(distinct p.id)::int as volunteers
		from membership m
		join person p on p.id = m.person_id
		left join volunteer_preference vp on vp.person_id = p.id
		cross join lateral unnest(array_append(p.skills, ${ANY_SKILL}::text)) as s(skill)
		where m.org_id = ${orgId} and m.status = 'active' and 'vrijwilliger' = any(m.roles)
			and (vp.paused_until is null or vp.paused_until < ${today}::date)
		group by 1, 2`
	);
}

/** One-off offers per week and category since `from`. */
export async function offerSupply(db: Executor, orgId: string, from: string) {
	return queryRows<{ week: string; categoryId: string; offers: number }>(
		db,
		sql`
		select to_char(date_trunc('week', o.date), 'YYYY-MM-DD') as week, o.category_id as "categoryId",
			count(*)::int as offers
		from help_offer o
		where o.org_id = ${orgId} and o.withdrawn_at is null and o.date >= ${from}::date
		group by 1, 2`
	);
}

// ---------------------------------------------------------------- jobs

/** Matched requests of `day` whose reminder has not been sent. */
export async function remindersDue(db: Executor, day: string) {
	return db
		.select({
			id: helpRequest.id,
			orgId: helpRequest.orgId,
			orgName: organisation.name,
			orgSlug: organisation.slug,
			date: helpRequest.date,
			timeFrom: helpRequest.timeFrom,
			categoryKey: helpCategory.key,
			categoryName: helpCategory.name,
			volunteerEmail: volunteer.email,
			volunteerLocale: volunteer.locale,
			volunteerName: volunteer.name,
			residentEmail: resident.email,
			residentLocale: resident.locale
		})
		.from(helpRequest)
		.innerJoin(organisation, eq(organisation.id, helpRequest.orgId))
		.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
		.leftJoin(resident, eq(resident.id, helpRequest.personId))
		.leftJoin(volunteer, eq(volunteer.id, helpRequest.volunteerId))
		.where(
			and(eq(helpRequest.status, 'gekoppeld'), eq(helpRequest.date, day), isNull(helpRequest.reminderSentAt))
		);
}

/** Volunteers who asked for the digest and have an e-mail address, with their organisations and skills. */
export async function digestSubscribers(db: Executor) {
	return db
		.select({
			personId: person.id,
			email: person.email,
			locale: person.locale,
			skills: person.skills,
			lastDigestAt: volunteerPreference.lastDigestAt,
			pausedUntil: volunteerPreference.pausedUntil,
			orgId: membership.orgId,
			areaId: membership.areaId
		})
		.from(volunteerPreference)
		.innerJoin(person, eq(person.id, volunteerPreference.personId))
		.innerJoin(membership, eq(membership.personId, person.id))
		.where(
			and(
				eq(volunteerPreference.digest, true),
				sql`${person.email} is not null`,
				eq(membership.status, 'active'),
				sql`'vrijwilliger' = any(${membership.roles})`
			)
		);
}

/** Open requests of an organisation created after `since` (for the digest). */
export async function newOpenRequests(db: Executor, orgId: string, since: Date) {
	return db
		.select({
			id: helpRequest.id,
			date: helpRequest.date,
			areaId: helpRequest.areaId,
			areaName: area.name,
			skill: helpCategory.skill,
			categoryKey: helpCategory.key,
			categoryName: helpCategory.name
		})
		.from(helpRequest)
		.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
		.leftJoin(area, eq(area.id, helpRequest.areaId))
		.where(
			and(
				eq(helpRequest.orgId, orgId),
				inArray(helpRequest.status, [...OPEN_STATUSES]),
				sql`${helpRequest.createdAt} > ${since.toISOString()}::timestamptz`
			)
		)
		.orderBy(asc(helpRequest.date));
}

export async function markDigestSent(db: Executor, personId: string, at: Date): Promise<void> {
	await db
		.update(volunteerPreference)
		.set({ lastDigestAt: at })
		.where(eq(volunteerPreference.personId, personId));
}

/** Is this person an active member of the organisation (for whom a request may be entered)? */
export async function activeMember(db: Executor, orgId: string, personId: string) {
	const [row] = await db
		.select({ person, areaId: membership.areaId, roles: membership.roles })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.where(
			and(eq(membership.orgId, orgId), eq(membership.personId, personId), eq(membership.status, 'active'))
		);
	return row;
}

/** Name and contact of some people by id (volunteers to mail or call). */
export async function peopleByIds(db: Executor, ids: string[]) {
	if (ids.length === 0)
		return new Map<string, Pick<typeof person.$inferSelect, 'id' | 'name' | 'email' | 'phone' | 'locale'>>();
	const rows = await db
		.select({
			id: person.id,
			name: person.name,
			email: person.email,
			phone: person.phone,
			locale: person.locale
		})
		.from(person)
		.where(inArray(person.id, ids));
	return new Map(rows.map((r) => [r.id, r]));
}

/** A request by id alone, for the invitation link (the token, not the URL, names the organisation). */
export async function requestDetailById(db: Executor, id: string) {
	const [row] = await db.select({ orgId: helpRequest.orgId }).from(helpRequest).where(eq(helpRequest.id, id));
	return row ? requestDetail(db, row.orgId, id) : undefined;
}

export async function invitationById(db: Executor, id: string) {
	const [row] = await db.select().from(helpInvitation).where(eq(helpInvitation.id, id));
	return row;
}

export async function withdrawInvitation(db: Executor, id: string): Promise<void> {
	await db
		.update(helpInvitation)
		.set({ status: 'withdrawn', answeredAt: new Date() })
		.where(and(eq(helpInvitation.id, id), eq(helpInvitation.status, 'invited')));
}

/** Invitations a volunteer has not answered yet, of requests that are still open. */
export async function openInvitationsOf(db: Executor, personId: string) {
	return db
		.select({
			id: helpInvitation.id,
			requestId: helpRequest.id,
			date: helpRequest.date,
			timeFrom: helpRequest.timeFrom,
			timeTo: helpRequest.timeTo,
			description: helpRequest.description,
			categoryKey: helpCategory.key,
			categoryName: helpCategory.name,
			areaName: area.name,
			orgName: organisation.name
		})
		.from(helpInvitation)
		.innerJoin(helpRequest, eq(helpRequest.id, helpInvitation.requestId))
		.innerJoin(helpCategory, eq(helpCategory.id, helpRequest.categoryId))
		.innerJoin(organisation, eq(organisation.id, helpRequest.orgId))
		.leftJoin(area, eq(area.id, helpRequest.areaId))
		.where(
			and(
				eq(helpInvitation.volunteerId, personId),
				eq(helpInvitation.status, 'invited'),
				inArray(helpRequest.status, [...OPEN_STATUSES])
			)
		)
		.orderBy(sql`${helpRequest.date} asc nulls last`);
}
