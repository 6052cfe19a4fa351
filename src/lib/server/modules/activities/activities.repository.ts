import { and, asc, eq, inArray, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client.ts';
import { membership, person } from '../members/members.table.ts';
import { area, organisation } from '../organisations/organisations.table.ts';
import { meetingPlace, room } from '../places/places.table.ts';
import { activity, activityGroup, activitySignup, calendarFeed, groupMember } from './activities.table.ts';

export type Group = typeof activityGroup.$inferSelect;
export type NewGroup = typeof activityGroup.$inferInsert;
export type GroupMember = typeof groupMember.$inferSelect;
export type Activity = typeof activity.$inferSelect;
export type NewActivity = typeof activity.$inferInsert;
export type Signup = typeof activitySignup.$inferSelect;

/** The agenda never lists more than this many activities at once; narrow the dates to see more. */
export const AGENDA_LIMIT = 200;

// ---------------------------------------------------------------- groups

export async function groupsOf(db: Executor, orgId: string, personId: string | null) {
	return db
		.select({
			id: activityGroup.id,
			name: activityGroup.name,
			kind: activityGroup.kind,
			theme: activityGroup.theme,
			description: activityGroup.description,
			joinPolicy: activityGroup.joinPolicy,
			visibility: activityGroup.visibility,
			areaId: activityGroup.areaId,
			areaName: area.name,
			members: sql<number>`(select count(*)::int from ${groupMember} gm where gm.group_id = ${activityGroup.id} and gm.status = 'active')`,
			myRole: personId
				? sql<
						string | null
					>`(select gm.role from ${groupMember} gm where gm.group_id = ${activityGroup.id} and gm.person_id = ${personId} and gm.status = 'active')`
				: sql<string | null>`null`,
			myStatus: personId
				? sql<
						string | null
					>`(select gm.status from ${groupMember} gm where gm.group_id = ${activityGroup.id} and gm.person_id = ${personId})`
				: sql<string | null>`null`
		})
		.from(activityGroup)
		.leftJoin(area, eq(area.id, activityGroup.areaId))
		.where(and(eq(activityGroup.orgId, orgId), isNull(activityGroup.archivedAt)))
		.orderBy(asc(activityGroup.name));
}

export async function findGroup(db: Executor, orgId: string, groupId: string): Promise<Group | undefined> {
	const [row] = await db
		.select()
		.from(activityGroup)
		.where(and(eq(activityGroup.orgId, orgId), eq(activityGroup.id, groupId)));
	return row;
}

export async function insertGroup(db: Executor, values: NewGroup): Promise<Group> {
	const [row] = await db.insert(activityGroup).values(values).returning();
	return row!;
}

export async function updateGroup(db: Executor, orgId: string, groupId: string, values: Partial<NewGroup>) {
	const [row] = await db
		.update(activityGroup)
		.set({ ...values, updatedAt: new Date() })
		.where(and(eq(activityGroup.orgId, orgId), eq(activityGroup.id, groupId)))
		.returning();
	return row;
}

export async function groupMembership(db: Executor, groupId: string, personId: string) {
	const [row] = await db
		.select()
		.from(groupMember)
		.where(and(eq(groupMember.groupId, groupId), eq(groupMember.personId, personId)));
	return row;
}

/** Ids of the groups of an organisation where the person is an active member (any role). */
export async function myGroupIds(db: Executor, orgId: string, personId: string, role?: 'organiser') {
	const rows = await db
		.select({ id: groupMember.groupId })
		.from(groupMember)
		.innerJoin(activityGroup, eq(activityGroup.id, groupMember.groupId))
		.where(
			and(
				eq(activityGroup.orgId, orgId),
				eq(groupMember.personId, personId),
				eq(groupMember.status, 'active'),
				role ? eq(groupMember.role, role) : undefined
			)
		);
	return rows.map((r) => r.id);
}

export async function groupMembers(db: Executor, groupId: string) {
	return db
		.select({
			id: groupMember.id,
			personId: person.id,
			name: person.name,
			email: person.email,
			phone: person.phone,
			role: groupMember.role,
			status: groupMember.status,
			since: groupMember.createdAt
		})
		.from(groupMember)
		.innerJoin(person, eq(person.id, groupMember.personId))
		.where(eq(groupMember.groupId, groupId))
		.orderBy(asc(groupMember.status), asc(groupMember.role), asc(person.name));
}

export async function organisers(db: Executor, groupId: string) {
	return db
		.select({ name: person.name, email: person.email })
		.from(groupMember)
		.innerJoin(person, eq(person.id, groupMember.personId))
		.where(
			and(
				eq(groupMember.groupId, groupId),
				eq(groupMember.role, 'organiser'),
				eq(groupMember.status, 'active')
			)
		)
		.orderBy(asc(person.name));
}

export async function insertGroupMember(db: Executor, values: typeof groupMember.$inferInsert) {
	const [row] = await db.insert(groupMember).values(values).returning();
	return row!;
}

export async function updateGroupMember(
	db: Executor,
	groupId: string,
	memberId: string,
	values: Partial<typeof groupMember.$inferInsert>
) {
	const [row] = await db
		.update(groupMember)
		.set(values)
		.where(and(eq(groupMember.groupId, groupId), eq(groupMember.id, memberId)))
		.returning();
	return row;
}

export async function deleteGroupMember(db: Executor, groupId: string, memberId: string) {
	const rows = await db
		.delete(groupMember)
		.where(and(eq(groupMember.groupId, groupId), eq(groupMember.id, memberId)))
		.returning({ id: groupMember.id, personId: groupMember.personId, role: groupMember.role });
	return rows[0];
}

export async function countOrganisers(db: Executor, groupId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(groupMember)
		.where(
			and(
				eq(groupMember.groupId, groupId),
				eq(groupMember.role, 'organiser'),
				eq(groupMember.status, 'active')
			)
		);
	return row?.n ?? 0;
}

/** Is the person an active member of the organisation? */
export async function isActiveMember(db: Executor, orgId: string, personId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: membership.id })
		.from(membership)
		.where(
			and(eq(membership.orgId, orgId), eq(membership.personId, personId), eq(membership.status, 'active'))
		);
	return !!row;
}

/** Active members of an organisation by name or phone, for signing someone up or adding to a group. */
export async function searchMembers(db: Executor, orgId: string, q: string) {
	const like = `%${q.toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
	return db
		.select({ personId: person.id, name: person.name, phone: person.phone, email: person.email })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.where(
			and(
				eq(membership.orgId, orgId),
				eq(membership.status, 'active'),
				sql`(lower(${person.name}) like ${like} or replace(coalesce(${person.phone}, ''), ' ', '') like ${like.replace(/\s/g, '')})`
			)
		)
		.orderBy(asc(person.name))
		.limit(20);
}

// ---------------------------------------------------------------- activities

const activityColumns = {
	id: activity.id,
	orgId: activity.orgId,
	orgSlug: organisation.slug,
	orgName: organisation.name,
	groupId: activity.groupId,
	groupName: activityGroup.name,
	seriesId: activity.seriesId,
	courseId: activity.courseId,
	recurrence: activity.recurrence,
	title: activity.title,
	description: activity.description,
	theme: activity.theme,
	startsAt: activity.startsAt,
	endsAt: activity.endsAt,
	placeId: activity.placeId,
	placeName: meetingPlace.name,
	placeAddress: meetingPlace.address,
	placeCity: meetingPlace.city,
	roomId: activity.roomId,
	roomName: room.name,
	address: activity.address,
	areaId: activity.areaId,
	areaName: area.name,
	capacity: activity.capacity,
	costCents: activity.costCents,
	accessibility: activity.accessibility,
	placeAccessibility: meetingPlace.accessibility,
	visibility: activity.visibility,
	share: activity.share,
	status: activity.status,
	cancelReason: activity.cancelReason,
	contactName: activity.contactName,
	contactPhone: activity.contactPhone,
	updatedAt: activity.updatedAt,
	/** Places taken: confirmed sign-ups and their guests. */
	taken: sql<number>`(select coalesce(sum(1 + s.guests), 0)::int from ${activitySignup} s where s.activity_id = ${activity.id} and s.status = 'confirmed')`,
	waiting: sql<number>`(select count(*)::int from ${activitySignup} s where s.activity_id = ${activity.id} and s.status = 'waitlist')`
};

export type ActivityRow = Awaited<ReturnType<typeof findActivity>> & {};

function activitySelect(db: Executor) {
	return db
		.select(activityColumns)
		.from(activity)
		.innerJoin(organisation, eq(organisation.id, activity.orgId))
		.leftJoin(activityGroup, eq(activityGroup.id, activity.groupId))
		.leftJoin(meetingPlace, eq(meetingPlace.id, activity.placeId))
		.leftJoin(room, eq(room.id, activity.roomId))
		.leftJoin(area, eq(area.id, activity.areaId));
}

export async function findActivity(db: Executor, orgId: string, activityId: string) {
	const [row] = await activitySelect(db).where(and(eq(activity.orgId, orgId), eq(activity.id, activityId)));
	return row;
}

export async function activitiesByIds(db: Executor, ids: string[]) {
	if (!ids.length) return [];
	return activitySelect(db).where(inArray(activity.id, ids)).orderBy(asc(activity.startsAt));
}

/** What an agenda asks for; `visible` is the visibility condition built by the use case from the actor. */
export interface AgendaQuery {
	orgIds: string[];
	visible: SQL;
	from: Date;
	to: Date;
	areaId?: string;
	theme?: string;
	free?: boolean;
	groupId?: string;
	limit?: number;
}

export async function agenda(db: Executor, q: AgendaQuery) {
	if (!q.orgIds.length) return [];
	return activitySelect(db)
		.where(
			and(
				inArray(activity.orgId, q.orgIds),
				q.visible,
				sql`${activity.startsAt} < ${q.to.toISOString()} and ${activity.endsAt} > ${q.from.toISOString()}`,
				q.theme ? eq(activity.theme, q.theme as never) : undefined,
				q.free ? eq(activity.costCents, 0) : undefined,
				q.groupId ? eq(activity.groupId, q.groupId) : undefined,
				q.areaId ? sql`(${activity.areaId} = ${q.areaId} or ${area.wijkId} = ${q.areaId})` : undefined
			)
		)
		.orderBy(asc(activity.startsAt), asc(activity.title))
		.limit(q.limit ?? AGENDA_LIMIT);
}

/** Visibility conditions, as SQL on the activity table. */
export const isPublic = sql`${activity.visibility} = 'public'`;
export function visibleTo(opts: { member: boolean; manager: boolean; groupIds: string[] }): SQL {
	if (opts.manager) return sql`true`;
	const parts: SQL[] = [isPublic];
	if (opts.member) parts.push(sql`${activity.visibility} = 'members'`);
	if (opts.groupIds.length)
		parts.push(
			sql`(${activity.visibility} = 'group' and ${activity.groupId} in (${sql.join(
				opts.groupIds.map((id) => sql`${id}`),
				sql`, `
			)}))`
		);
	return sql`(${sql.join(parts, sql` or `)})`;
}
/** Shared upward to a city coop (city or network) or to the network (network only). */
export function sharedUpTo(level: 'city' | 'network'): SQL {
	return level === 'city'
		? sql`(${isPublic} and ${activity.share} in ('city', 'network'))`
		: sql`(${isPublic} and ${activity.share} = 'network')`;
}

/** The organisation and every organisation below it. */
export async function descendantIds(db: Executor, orgId: string): Promise<string[]> {
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

export async function insertActivities(db: Executor, rows: NewActivity[]): Promise<Activity[]> {
	if (!rows.length) return [];
	return db.insert(activity).values(rows).returning();
}

export async function updateActivities(
	db: Executor,
	orgId: string,
	ids: string[],
	values: Partial<NewActivity>
) {
	if (!ids.length) return [];
	return db
		.update(activity)
		.set({ ...values, updatedAt: new Date() })
		.where(and(eq(activity.orgId, orgId), inArray(activity.id, ids)))
		.returning();
}

/** This occurrence and the later ones of its series (or only this one when not in a series). */
export async function thisAndLater(
	db: Executor,
	a: { id: string; orgId: string; seriesId: string | null; startsAt: Date }
) {
	if (!a.seriesId) return [a.id];
	const rows = await db
		.select({ id: activity.id })
		.from(activity)
		.where(
			and(
				eq(activity.orgId, a.orgId),
				eq(activity.seriesId, a.seriesId),
				sql`${activity.startsAt} >= ${a.startsAt.toISOString()}`
			)
		);
	return rows.map((r) => r.id);
}

export async function seriesDates(db: Executor, seriesId: string) {
	return db
		.select({ id: activity.id, startsAt: activity.startsAt, status: activity.status })
		.from(activity)
		.where(eq(activity.seriesId, seriesId))
		.orderBy(asc(activity.startsAt));
}

/** Locks the activity row for the rest of the transaction: sign-ups of one activity happen one by one. */
export async function lockActivity(tx: Executor, activityId: string) {
	const rows = await queryRows<{ id: string; capacity: number | null; status: string }>(
		tx,
		sql`select id, capacity, status from activity where id = ${activityId} for update`
	);
	return rows[0];
}

// ---------------------------------------------------------------- sign-ups

export async function liveSignup(db: Executor, activityId: string, personId: string) {
	const [row] = await db
		.select()
		.from(activitySignup)
		.where(
			and(
				eq(activitySignup.activityId, activityId),
				eq(activitySignup.personId, personId),
				ne(activitySignup.status, 'cancelled')
			)
		);
	return row;
}

export async function findSignup(db: Executor, activityId: string, signupId: string) {
	const [row] = await db
		.select()
		.from(activitySignup)
		.where(and(eq(activitySignup.activityId, activityId), eq(activitySignup.id, signupId)));
	return row;
}

export async function placesTaken(db: Executor, activityId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`coalesce(sum(1 + ${activitySignup.guests}), 0)::int` })
		.from(activitySignup)
		.where(and(eq(activitySignup.activityId, activityId), eq(activitySignup.status, 'confirmed')));
	return row?.n ?? 0;
}

export async function insertSignup(
	db: Executor,
	values: typeof activitySignup.$inferInsert
): Promise<Signup> {
	const [row] = await db.insert(activitySignup).values(values).returning();
	return row!;
}

export async function updateSignup(
	db: Executor,
	id: string,
	values: Partial<typeof activitySignup.$inferInsert>
) {
	const [row] = await db.update(activitySignup).set(values).where(eq(activitySignup.id, id)).returning();
	return row;
}

/** The wait list in order: first come, first served. */
export async function waitlist(db: Executor, activityId: string) {
	return db
		.select()
		.from(activitySignup)
		.where(and(eq(activitySignup.activityId, activityId), eq(activitySignup.status, 'waitlist')))
		.orderBy(asc(activitySignup.createdAt), asc(activitySignup.id));
}

/** Position on the wait list (1 = next), or null. */
export async function waitlistPosition(db: Executor, activityId: string, signupId: string) {
	const list = await waitlist(db, activityId);
	const i = list.findIndex((s) => s.id === signupId);
	return i < 0 ? null : i + 1;
}

/** Everyone signed up (also cancelled, for history), with contact details for the organisers' list. */
export async function signupsOf(db: Executor, activityId: string) {
	return db
		.select({
			id: activitySignup.id,
			personId: person.id,
			name: person.name,
			phone: person.phone,
			email: person.email,
			locale: person.locale,
			status: activitySignup.status,
			guests: activitySignup.guests,
			attended: activitySignup.attended,
			signedUpBy: activitySignup.signedUpBy,
			createdAt: activitySignup.createdAt,
			promotedAt: activitySignup.promotedAt
		})
		.from(activitySignup)
		.innerJoin(person, eq(person.id, activitySignup.personId))
		.where(eq(activitySignup.activityId, activityId))
		.orderBy(asc(activitySignup.createdAt), asc(activitySignup.id));
}

/** Live sign-ups of many activities with the people's mail address and language (for notices). */
export async function attendeesOf(db: Executor, activityIds: string[]) {
	if (!activityIds.length) return [];
	return db
		.select({
			activityId: activitySignup.activityId,
			personId: person.id,
			name: person.name,
			email: person.email,
			locale: person.locale,
			status: activitySignup.status
		})
		.from(activitySignup)
		.innerJoin(person, eq(person.id, activitySignup.personId))
		.where(and(inArray(activitySignup.activityId, activityIds), ne(activitySignup.status, 'cancelled')));
}

export async function mySignups(db: Executor, personId: string, from: Date) {
	return db
		.select({
			signupId: activitySignup.id,
			status: activitySignup.status,
			guests: activitySignup.guests,
			activityId: activity.id
		})
		.from(activitySignup)
		.innerJoin(activity, eq(activity.id, activitySignup.activityId))
		.where(
			and(
				eq(activitySignup.personId, personId),
				ne(activitySignup.status, 'cancelled'),
				sql`${activity.endsAt} >= ${from.toISOString()}`
			)
		)
		.orderBy(asc(activity.startsAt))
		.limit(AGENDA_LIMIT);
}

export async function setAttendance(db: Executor, activityId: string, present: string[], by: string | null) {
	await db
		.update(activitySignup)
		.set({
			attended: present.length
				? sql`${activitySignup.id} in (${sql.join(
						present.map((id) => sql`${id}`),
						sql`, `
					)})`
				: false,
			attendanceBy: by
		})
		.where(and(eq(activitySignup.activityId, activityId), eq(activitySignup.status, 'confirmed')));
}

// ---------------------------------------------------------------- reminders and feeds

/** Activities starting in [from, to) that still need their reminder, with the attendees to mail. */
export async function remindersDue(db: Executor, from: Date, to: Date) {
	return db
		.select({ id: activity.id })
		.from(activity)
		.where(
			and(
				eq(activity.status, 'scheduled'),
				isNull(activity.reminderSentAt),
				sql`${activity.startsAt} >= ${from.toISOString()} and ${activity.startsAt} < ${to.toISOString()}`
			)
		)
		.orderBy(asc(activity.startsAt))
		.limit(1000);
}

export async function feedPerson(db: Executor, tokenHash: string) {
	const [row] = await db
		.select({ personId: calendarFeed.personId, name: person.name })
		.from(calendarFeed)
		.innerJoin(person, eq(person.id, calendarFeed.personId))
		.where(eq(calendarFeed.tokenHash, tokenHash));
	return row;
}

export async function setFeedToken(db: Executor, personId: string, tokenHash: string) {
	await db
		.insert(calendarFeed)
		.values({ personId, tokenHash })
		.onConflictDoUpdate({ target: calendarFeed.personId, set: { tokenHash, createdAt: new Date() } });
}

export async function hasFeed(db: Executor, personId: string): Promise<boolean> {
	const [row] = await db
		.select({ p: calendarFeed.personId })
		.from(calendarFeed)
		.where(eq(calendarFeed.personId, personId));
	return !!row;
}

/** Active meeting places of the organisation with their rooms, for the activity form and its checks. */
export async function placesWithRooms(db: Executor, orgId: string) {
	const places = await db
		.select({
			id: meetingPlace.id,
			name: meetingPlace.name,
			areaId: meetingPlace.areaId,
			address: meetingPlace.address
		})
		.from(meetingPlace)
		.where(and(eq(meetingPlace.orgId, orgId), eq(meetingPlace.active, true)))
		.orderBy(asc(meetingPlace.name));
	const rooms = places.length
		? await db
				.select({ id: room.id, placeId: room.placeId, name: room.name, capacity: room.capacity })
				.from(room)
				.where(
					inArray(
						room.placeId,
						places.map((p) => p.id)
					)
				)
				.orderBy(asc(room.name))
		: [];
	return places.map((p) => ({ ...p, rooms: rooms.filter((r) => r.placeId === p.id) }));
}

/** Coming dates of a course: public ones, and members-only ones of the reader's organisations. */
export async function courseActivities(db: Executor, courseId: string, memberOrgIds: string[]) {
	const members = memberOrgIds.length
		? sql` or (${activity.visibility} = 'members' and ${activity.orgId} in (${sql.join(
				memberOrgIds.map((id) => sql`${id}::uuid`),
				sql`, `
			)}))`
		: sql``;
	return activitySelect(db)
		.where(
			and(
				eq(activity.courseId, courseId),
				eq(activity.status, 'scheduled'),
				sql`${activity.endsAt} >= now()`,
				sql`(${activity.visibility} = 'public'${members})`
			)
		)
		.orderBy(asc(activity.startsAt))
		.limit(50);
}
