import { sql } from 'drizzle-orm';
import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	smallint,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { person } from '../members/members.table.ts';
import { organisation } from '../organisations/organisations.table.ts';
import { knowledgeItem } from '../knowledge/knowledge.table.ts';
import {
	BALLOTS,
	MAJORITIES,
	MEETING_STATUSES,
	PROPOSAL_KINDS,
	PROPOSAL_STATUSES,
	VOTE_CHANNELS
} from '#lib/domain/governance.ts';

/** Governance settings of an organisation, from its statutes. */
export const governanceSettings = pgTable('governance_settings', {
	orgId: uuid('org_id')
		.primaryKey()
		.references(() => organisation.id, { onDelete: 'cascade' }),
	/** Days between the invitation and the meeting (statutory notice period). */
	noticeDays: smallint('notice_days').notNull(),
	/** How many other members one member may vote for by proxy (machtiging). */
	maxProxies: smallint('max_proxies').notNull(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/** A general assembly (algemene ledenvergadering, ALV). */
export const generalMeeting = pgTable(
	'general_meeting',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		place: text('place'),
		onlineUrl: text('online_url'),
		status: text('status', { enum: MEETING_STATUSES }).notNull().default('draft'),
		invitedAt: timestamp('invited_at', { withTimezone: true }),
		/** The invitation went out later than the notice period asks; bestuur confirmed it knowingly. */
		invitedLate: boolean('invited_late').notNull().default(false),
		createdBy: uuid('created_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('general_meeting_org_idx').on(t.orgId, t.startsAt)]
);

/** An item on the agenda, with an optional document from the knowledge network (its attachments). */
export const agendaItem = pgTable(
	'agenda_item',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: uuid('meeting_id')
			.notNull()
			.references(() => generalMeeting.id, { onDelete: 'cascade' }),
		position: smallint('position').notNull(),
		title: text('title').notNull(),
		description: text('description').notNull().default(''),
		documentId: uuid('document_id').references(() => knowledgeItem.id, { onDelete: 'set null' })
	},
	(t) => [index('agenda_item_meeting_idx').on(t.meetingId, t.position)]
);

/** Who was there, online or registered by bestuur from the paper list. */
export const meetingAttendance = pgTable(
	'meeting_attendance',
	{
		meetingId: uuid('meeting_id')
			.notNull()
			.references(() => generalMeeting.id, { onDelete: 'cascade' }),
		personId: uuid('person_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		recordedBy: uuid('recorded_by').references(() => person.id, { onDelete: 'set null' }),
		recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.meetingId, t.personId] })]
);

/** A proxy (machtiging): the grantor lets another member vote for them at one meeting. */
export const proxy = pgTable(
	'proxy',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: uuid('meeting_id')
			.notNull()
			.references(() => generalMeeting.id, { onDelete: 'cascade' }),
		grantorId: uuid('grantor_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		holderId: uuid('holder_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		recordedBy: uuid('recorded_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		// One proxy per grantor per meeting.
		uniqueIndex('proxy_meeting_grantor_uq').on(t.meetingId, t.grantorId),
		index('proxy_meeting_holder_idx').on(t.meetingId, t.holderId)
	]
);

/** A proposal to vote on, with its rules; the result is frozen at close. */
export const proposal = pgTable(
	'proposal',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		meetingId: uuid('meeting_id')
			.notNull()
			.references(() => generalMeeting.id, { onDelete: 'cascade' }),
		agendaItemId: uuid('agenda_item_id').references(() => agendaItem.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		text: text('text').notNull().default(''),
		kind: text('kind', { enum: PROPOSAL_KINDS }).notNull(),
		/** For a choice: the options. For yes/no: voor, tegen, onthouding. */
		options: text('options')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		ballot: text('ballot', { enum: BALLOTS }).notNull().default('open'),
		majority: text('majority', { enum: MAJORITIES }).notNull().default('simple'),
		/** Share of all members (percent) that must take part; null: no quorum. */
		quorumPercent: smallint('quorum_percent'),
		status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('draft'),
		opensAt: timestamp('opens_at', { withTimezone: true }),
		closesAt: timestamp('closes_at', { withTimezone: true }),
		/** Members who could vote when voting opened (one member, one vote). */
		eligible: integer('eligible'),
		result: jsonb('result').$type<Record<string, unknown>>(),
		closedAt: timestamp('closed_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('proposal_meeting_idx').on(t.meetingId)]
);

/**
 * That a member's vote was cast, and how — never what it was (that is in `vote_ballot`). The primary key
 * makes a second vote for the same member impossible, also when two arrive at the same moment.
 */
export const voteCast = pgTable(
	'vote_cast',
	{
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposal.id, { onDelete: 'cascade' }),
		/** The member whose vote this is. */
		voterId: uuid('voter_id')
			.notNull()
			.references(() => person.id, { onDelete: 'cascade' }),
		/** Who handed it in: the member, their proxy holder, or bestuur from paper. */
		castBy: uuid('cast_by').references(() => person.id, { onDelete: 'set null' }),
		channel: text('channel', { enum: VOTE_CHANNELS }).notNull(),
		castAt: timestamp('cast_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.proposalId, t.voterId] })]
);

/**
 * What was voted. In a secret ballot `voterId` is null and the row has no time stamp, so nobody — not
 * bestuur, not a database reader — can tell whose ballot it is.
 */
export const voteBallot = pgTable(
	'vote_ballot',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		proposalId: uuid('proposal_id')
			.notNull()
			.references(() => proposal.id, { onDelete: 'cascade' }),
		choice: text('choice').notNull(),
		voterId: uuid('voter_id').references(() => person.id, { onDelete: 'set null' })
	},
	(t) => [index('vote_ballot_proposal_idx').on(t.proposalId)]
);
