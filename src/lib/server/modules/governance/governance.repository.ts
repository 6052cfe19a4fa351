import { and, asc, count, desc, eq, ilike, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../db/client.ts';
import { membership, person } from '../members/members.table.ts';
import {
	agendaItem,
	generalMeeting,
	governanceSettings,
	meetingAttendance,
	proposal,
	proxy,
	voteBallot,
	voteCast
} from './governance.table.ts';

export type Meeting = typeof generalMeeting.$inferSelect;
export type Proposal = typeof proposal.$inferSelect;

export async function settingsOf(db: Executor, orgId: string) {
	const [row] = await db.select().from(governanceSettings).where(eq(governanceSettings.orgId, orgId));
	return row;
}

export async function saveSettings(db: Executor, orgId: string, noticeDays: number, maxProxies: number) {
	await db
		.insert(governanceSettings)
		.values({ orgId, noticeDays, maxProxies })
		.onConflictDoUpdate({
			target: governanceSettings.orgId,
			set: { noticeDays, maxProxies, updatedAt: new Date() }
		});
}

export async function meetingsOf(db: Executor, orgId: string) {
	return db
		.select()
		.from(generalMeeting)
		.where(eq(generalMeeting.orgId, orgId))
		.orderBy(desc(generalMeeting.startsAt));
}

export async function findMeeting(db: Executor, orgId: string, id: string) {
	const [row] = await db
		.select()
		.from(generalMeeting)
		.where(and(eq(generalMeeting.orgId, orgId), eq(generalMeeting.id, id)));
	return row;
}

export async function insertMeeting(db: Executor, values: typeof generalMeeting.$inferInsert) {
	const [row] = await db.insert(generalMeeting).values(values).returning();
	return row!;
}

export async function updateMeeting(
	db: Executor,
	id: string,
	values: Partial<typeof generalMeeting.$inferInsert>
) {
	const [row] = await db
		.update(generalMeeting)
		.set({ ...values, updatedAt: new Date() })
		.where(eq(generalMeeting.id, id))
		.returning();
	return row!;
}

export async function agendaOf(db: Executor, meetingId: string) {
	return db
		.select()
		.from(agendaItem)
		.where(eq(agendaItem.meetingId, meetingId))
		.orderBy(asc(agendaItem.position));
}

export async function insertAgendaItem(
	db: Executor,
	values: Omit<typeof agendaItem.$inferInsert, 'position'>
) {
	const [row] = await db
		.insert(agendaItem)
		.values({
			...values,
			position: sql`(select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ${values.meetingId})`
		})
		.returning();
	return row!;
}

/** Active members of the organisation (one row per person), with what an invitation needs. */
export async function members(db: Executor, orgId: string) {
	return db
		.selectDistinctOn([person.id], {
			personId: person.id,
			name: person.name,
			email: person.email,
			locale: person.locale
		})
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.where(and(eq(membership.orgId, orgId), eq(membership.status, 'active')))
		.orderBy(person.id);
}

/** Active members whose name contains the text: id and name only (to choose who holds a proxy). */
export async function membersByName(db: Executor, orgId: string, q: string, limit: number) {
	const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
	return db
		.select({ personId: person.id, name: person.name })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.where(and(eq(membership.orgId, orgId), eq(membership.status, 'active'), ilike(person.name, like)))
		.orderBy(asc(sql`lower(${person.name})`), asc(person.id))
		.limit(limit);
}

export async function countMembers(db: Executor, orgId: string): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(distinct ${membership.personId})::int` })
		.from(membership)
		.where(and(eq(membership.orgId, orgId), eq(membership.status, 'active')));
	return row?.n ?? 0;
}

export async function isMember(db: Executor, orgId: string, personId: string) {
	const [row] = await db
		.select({ id: membership.id })
		.from(membership)
		.where(
			and(eq(membership.orgId, orgId), eq(membership.personId, personId), eq(membership.status, 'active'))
		);
	return !!row;
}

export async function attendanceOf(db: Executor, meetingId: string) {
	return db
		.select({ personId: person.id, name: person.name, recordedAt: meetingAttendance.recordedAt })
		.from(meetingAttendance)
		.innerJoin(person, eq(person.id, meetingAttendance.personId))
		.where(eq(meetingAttendance.meetingId, meetingId))
		.orderBy(asc(person.name));
}

export async function addAttendance(db: Executor, meetingId: string, personId: string, by: string | null) {
	await db.insert(meetingAttendance).values({ meetingId, personId, recordedBy: by }).onConflictDoNothing();
}

export async function proxiesOf(db: Executor, meetingId: string) {
	return queryRows<{
		id: string;
		grantorId: string;
		grantorName: string;
		holderId: string;
		holderName: string;
	}>(
		db,
		sql`select p.id, p.grantor_id as "grantorId", g.name as "grantorName", p.holder_id as "holderId", h.name as "holderName"
			from proxy p join person g on g.id = p.grantor_id join person h on h.id = p.holder_id
			where p.meeting_id = ${meetingId} order by h.name, g.name`
	);
}

export async function proxyFrom(db: Executor, meetingId: string, grantorId: string) {
	const [row] = await db
		.select()
		.from(proxy)
		.where(and(eq(proxy.meetingId, meetingId), eq(proxy.grantorId, grantorId)));
	return row;
}

export async function heldBy(db: Executor, meetingId: string, holderId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(proxy)
		.where(and(eq(proxy.meetingId, meetingId), eq(proxy.holderId, holderId)));
	return row?.n ?? 0;
}

/** Locks the holder's proxies of one meeting (via the meeting row), so the maximum holds under concurrency. */
export async function lockMeeting(tx: Executor, meetingId: string) {
	await queryRows(tx, sql`select id from general_meeting where id = ${meetingId} for update`);
}

export async function insertProxy(db: Executor, values: typeof proxy.$inferInsert) {
	const [row] = await db.insert(proxy).values(values).returning();
	return row!;
}

export async function deleteProxy(db: Executor, meetingId: string, grantorId: string) {
	await db.delete(proxy).where(and(eq(proxy.meetingId, meetingId), eq(proxy.grantorId, grantorId)));
}

export async function proposalsOf(db: Executor, meetingId: string) {
	return db.select().from(proposal).where(eq(proposal.meetingId, meetingId)).orderBy(asc(proposal.createdAt));
}

/** A proposal of an organisation's meeting (so an id from another organisation finds nothing). */
export async function findProposal(db: Executor, orgId: string, id: string) {
	const [row] = await db
		.select({ proposal, meeting: generalMeeting })
		.from(proposal)
		.innerJoin(generalMeeting, eq(generalMeeting.id, proposal.meetingId))
		.where(and(eq(generalMeeting.orgId, orgId), eq(proposal.id, id)));
	return row;
}

export async function lockProposal(tx: Executor, id: string) {
	const rows = await queryRows<{ status: string }>(
		tx,
		sql`select status from proposal where id = ${id} for update`
	);
	return rows[0]?.status;
}

export async function insertProposal(db: Executor, values: typeof proposal.$inferInsert) {
	const [row] = await db.insert(proposal).values(values).returning();
	return row!;
}

export async function updateProposal(
	db: Executor,
	id: string,
	values: Partial<typeof proposal.$inferInsert>
) {
	const [row] = await db.update(proposal).set(values).where(eq(proposal.id, id)).returning();
	return row!;
}

export async function insertCast(db: Executor, values: typeof voteCast.$inferInsert) {
	await db.insert(voteCast).values(values);
}

export async function insertBallot(db: Executor, values: typeof voteBallot.$inferInsert) {
	await db.insert(voteBallot).values(values);
}

export async function hasVoted(db: Executor, proposalId: string, voterId: string) {
	const [row] = await db
		.select({ v: voteCast.voterId })
		.from(voteCast)
		.where(and(eq(voteCast.proposalId, proposalId), eq(voteCast.voterId, voterId)));
	return !!row;
}

export async function countCast(db: Executor, proposalId: string): Promise<number> {
	const [row] = await db.select({ n: count() }).from(voteCast).where(eq(voteCast.proposalId, proposalId));
	return row?.n ?? 0;
}

/** The choices, without who made them. */
export async function choicesOf(db: Executor, proposalId: string): Promise<string[]> {
	const rows = await db
		.select({ choice: voteBallot.choice })
		.from(voteBallot)
		.where(eq(voteBallot.proposalId, proposalId));
	return rows.map((r) => r.choice);
}

/** Who voted what — only ever called for an open ballot. */
export async function openBallots(db: Executor, proposalId: string) {
	return db
		.select({ name: person.name, choice: voteBallot.choice })
		.from(voteBallot)
		.innerJoin(person, eq(person.id, voteBallot.voterId))
		.where(eq(voteBallot.proposalId, proposalId))
		.orderBy(asc(person.name));
}

/** Who took part and how (never what they chose). */
export async function castsOf(db: Executor, proposalId: string) {
	return db
		.select({ personId: person.id, name: person.name, channel: voteCast.channel, castAt: voteCast.castAt })
		.from(voteCast)
		.innerJoin(person, eq(person.id, voteCast.voterId))
		.where(eq(voteCast.proposalId, proposalId))
		.orderBy(asc(person.name));
}

/** Open proposals whose voting time is over (for the closing job). */
export async function expiredProposals(db: Executor, now: Date) {
	return db
		.select({ id: proposal.id, orgId: generalMeeting.orgId })
		.from(proposal)
		.innerJoin(generalMeeting, eq(generalMeeting.id, proposal.meetingId))
		.where(and(eq(proposal.status, 'open'), sql`${proposal.closesAt} <= ${now.toISOString()}`));
}
