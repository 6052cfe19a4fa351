// Cooperative governance: the general assembly (ALV) with its agenda, invitation within the notice period,
// attendance, proxies, and proposals voted on online or on paper — one member, one vote (ADR 0013).
import { getDb } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../shared/actor.ts';
import { addDays, instantOf, today } from '../../shared/clock.ts';
import {
	DomainError,
	ForbiddenError,
	NotFoundError,
	ValidationError,
	parseInput
} from '../../shared/errors.ts';
import { existingId } from '../../shared/ids.ts';
import { authorize, can, PERSONAL_SCOPE, requirePerson } from '../../shared/policy.ts';
import { audit } from '../audit/audit.repository.ts';
import * as knowledge from '../knowledge/knowledge.usecases.ts';
import { enqueueMail } from '../notifications/outbox.repository.ts';
import { asLocale, meetingInvitationMail } from '../notifications/templates.ts';
import * as orgs from '../organisations/organisations.usecases.ts';
import { DEFAULT_MAX_PROXIES, DEFAULT_NOTICE_DAYS, YES_NO_OPTIONS } from '#lib/domain/governance.ts';
import * as repo from './governance.repository.ts';
import {
	agendaItemInput,
	conveneInput,
	meetingInput,
	openInput,
	paperVoteInput,
	personInput,
	proposalInput,
	proxyInput,
	settingsInput,
	voteInput
} from './governance.schemas.ts';
import { tally, type TallyResult } from './governance.tally.ts';

export type { Meeting, Proposal } from './governance.repository.ts';

const by = (actor: Actor) => (actor.kind === 'person' ? actor.personId : null);

async function settings(orgId: string) {
	const row = await repo.settingsOf(await getDb(), orgId);
	return {
		noticeDays: row?.noticeDays ?? DEFAULT_NOTICE_DAYS,
		maxProxies: row?.maxProxies ?? DEFAULT_MAX_PROXIES
	};
}

async function loadMeeting(orgId: string, meetingId: string) {
	const meeting = await repo.findMeeting(await getDb(), orgId, existingId(meetingId));
	if (!meeting) throw new NotFoundError('error_meeting_not_found');
	return meeting;
}

async function loadProposal(orgId: string, proposalId: string) {
	const row = await repo.findProposal(await getDb(), orgId, existingId(proposalId));
	if (!row) throw new NotFoundError('error_proposal_not_found');
	return row;
}

/** The last moment to send the invitation: the notice period before the meeting. */
const noticeDeadline = (startsAt: Date, noticeDays: number) =>
	new Date(startsAt.getTime() - noticeDays * 86_400_000);

// ---------------------------------------------------------------- settings and meetings

export async function governanceSettings(actor: Actor, orgId: string) {
	authorize(actor, 'governance.view', await orgs.scopeFor(orgId));
	return settings(orgId);
}

export async function saveGovernanceSettings(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	const data = parseInput(settingsInput, input);
	const current = await settings(orgId);
	await inTransaction(async (tx) => {
		await repo.saveSettings(
			tx,
			orgId,
			data.noticeDays ?? current.noticeDays,
			data.maxProxies ?? current.maxProxies
		);
		await audit(tx, actor, {
			action: 'governance.settings',
			subjectType: 'organisation',
			subjectId: orgId,
			orgId
		});
	});
}

export async function listMeetings(actor: Actor, orgId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'governance.view', scope);
	const all = await repo.meetingsOf(await getDb(), orgId);
	const manager = can(actor, 'governance.manage', scope);
	// Members see a meeting once it is convened; bestuur also sees drafts.
	return { meetings: manager ? all : all.filter((m) => m.status !== 'draft'), canManage: manager };
}

export async function createMeeting(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	const data = parseInput(meetingInput, input);
	const startsAt = instantOf(data.date!, data.time!);
	if (startsAt.getTime() < Date.now()) throw new ValidationError({ date: 'validation_date_past' });
	const { noticeDays } = await settings(orgId);
	return inTransaction(async (tx) => {
		const meeting = await repo.insertMeeting(tx, {
			orgId,
			title: data.title,
			startsAt,
			place: data.place ?? null,
			onlineUrl: data.onlineUrl ?? null,
			createdBy: by(actor)
		});
		await audit(tx, actor, {
			action: 'governance.meeting_create',
			subjectType: 'general_meeting',
			subjectId: meeting.id,
			orgId
		});
		return { meeting, late: Date.now() > noticeDeadline(startsAt, noticeDays).getTime() };
	});
}

/** A meeting with its agenda, proposals (results once closed), attendance and proxies, as this member may see it. */
export async function getMeeting(actor: Actor, orgId: string, meetingId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'governance.view', scope);
	const meeting = await loadMeeting(orgId, meetingId);
	const manager = can(actor, 'governance.manage', scope);
	if (meeting.status === 'draft' && !manager) throw new NotFoundError('error_meeting_not_found');
	const db = await getDb();
	const me = actor.kind === 'person' ? actor.personId : null;
	const { noticeDays, maxProxies } = await settings(orgId);
	const [agenda, proposals, attendance, proxies] = await Promise.all([
		repo.agendaOf(db, meeting.id),
		repo.proposalsOf(db, meeting.id),
		repo.attendanceOf(db, meeting.id),
		repo.proxiesOf(db, meeting.id)
	]);
	const visibleProposals = proposals.filter((p) => manager || p.status !== 'draft');
	const withMine = await Promise.all(
		visibleProposals.map(async (p) => ({
			...p,
			cast: p.status === 'draft' ? 0 : await repo.countCast(db, p.id),
			iVoted: me ? await repo.hasVoted(db, p.id, me) : false
		}))
	);
	return {
		meeting,
		noticeDays,
		maxProxies,
		noticeDeadline: noticeDeadline(meeting.startsAt, noticeDays),
		agenda,
		proposals: withMine,
		attendance: manager ? attendance : [],
		attendanceCount: attendance.length,
		proxies: manager ? proxies : [],
		/** The proxy I gave, and the members whose vote I hold. */
		myProxy: proxies.find((p) => p.grantorId === me) ?? null,
		heldForMe: proxies
			.filter((p) => p.holderId === me)
			.map((p) => ({ personId: p.grantorId, name: p.grantorName })),
		canManage: manager
	};
}

export async function addAgendaItem(actor: Actor, orgId: string, meetingId: string, input: unknown) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	const meeting = await loadMeeting(orgId, meetingId);
	const data = parseInput(agendaItemInput, input);
	if (data.documentId) {
		// Documents are knowledge items (with their attachments) the members can open: no second file store.
		const doc = await knowledge.getItem(actor, data.documentId).catch(() => null);
		if (!doc) throw new ValidationError({ documentId: 'validation_invalid' });
	}
	return inTransaction(async (tx) => {
		const item = await repo.insertAgendaItem(tx, {
			meetingId: meeting.id,
			title: data.title,
			description: data.description ?? '',
			documentId: data.documentId ?? null
		});
		await audit(tx, actor, {
			action: 'governance.agenda_add',
			subjectType: 'general_meeting',
			subjectId: meeting.id,
			orgId
		});
		return item;
	});
}

/**
 * Sends the invitation to every member with e-mail and marks the meeting convened. After the statutory
 * notice period has started it refuses, unless bestuur ticks that they know it is late.
 */
export async function conveneMeeting(actor: Actor, orgId: string, meetingId: string, input: unknown) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	const meeting = await loadMeeting(orgId, meetingId);
	if (meeting.status !== 'draft') throw new DomainError('error_meeting_already_convened');
	const { confirmLate } = parseInput(conveneInput, input);
	const { noticeDays } = await settings(orgId);
	const late = Date.now() > noticeDeadline(meeting.startsAt, noticeDays).getTime();
	if (late && !confirmLate) throw new ValidationError({ confirmLate: 'validation_notice_late' });
	const db = await getDb();
	const [org, people, agenda] = await Promise.all([
		orgs.organisationById(orgId),
		repo.members(db, orgId),
		repo.agendaOf(db, meeting.id)
	]);
	return inTransaction(async (tx) => {
		let sent = 0;
		for (const p of people) {
			if (!p.email) continue;
			await enqueueMail(
				tx,
				meetingInvitationMail(
					p.email,
					meeting,
					agenda.map((a) => a.title),
					org,
					asLocale(p.locale)
				)
			);
			sent++;
		}
		await repo.updateMeeting(tx, meeting.id, {
			status: 'convened',
			invitedAt: new Date(),
			invitedLate: late
		});
		await audit(tx, actor, {
			action: 'governance.convene',
			subjectType: 'general_meeting',
			subjectId: meeting.id,
			orgId,
			details: { sent, withoutEmail: people.length - sent, late }
		});
		/** Members without e-mail get the invitation on paper: bestuur sees how many. */
		return { sent, withoutEmail: people.filter((p) => !p.email).map((p) => p.name), late };
	});
}

/** Bestuur registers who is present (from the paper list at the door, or the online meeting). */
export async function recordAttendance(actor: Actor, orgId: string, meetingId: string, input: unknown) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	const meeting = await loadMeeting(orgId, meetingId);
	const { personId } = parseInput(personInput, input);
	if (!(await repo.isMember(await getDb(), orgId, personId)))
		throw new ValidationError({ personId: 'validation_choose_person' });
	await inTransaction(async (tx) => {
		await repo.addAttendance(tx, meeting.id, personId, by(actor));
		await audit(tx, actor, {
			action: 'governance.attendance',
			subjectType: 'general_meeting',
			subjectId: meeting.id,
			orgId,
			details: { personId }
		});
	});
}

// ---------------------------------------------------------------- proxies

/**
 * Members to choose as proxy holder (bestuur also picks the grantor of a paper proxy here): at most 10
 * active members whose name contains the text, name only — no contact details. At least 2 characters.
 */
export async function searchMembersForProxy(actor: Actor, orgId: string, q: unknown) {
	authorize(actor, 'governance.vote', await orgs.scopeFor(orgId));
	const text = typeof q === 'string' ? q.trim().slice(0, 100) : '';
	if (text.length < 2) return [];
	return repo.membersByName(await getDb(), orgId, text, 10);
}

/**
 * A member gives another member a proxy for one meeting, or bestuur records one from a signed paper form.
 * A holder never holds more proxies than the statutes allow (default 1), also under concurrency.
 */
export async function grantProxy(actor: Actor, orgId: string, meetingId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'governance.vote', scope);
	const me = requirePerson(actor);
	const meeting = await loadMeeting(orgId, meetingId);
	const data = parseInput(proxyInput, input);
	const grantorId = data.grantorId ?? me.personId;
	if (grantorId !== me.personId && !can(actor, 'governance.manage', scope)) throw new ForbiddenError();
	if (data.holderId === grantorId) throw new ValidationError({ holderId: 'validation_proxy_self' });
	const db = await getDb();
	if (!(await repo.isMember(db, orgId, data.holderId)))
		throw new ValidationError({ holderId: 'validation_choose_person' });
	if (!(await repo.isMember(db, orgId, grantorId)))
		throw new ValidationError({ grantorId: 'validation_choose_person' });
	const { maxProxies } = await settings(orgId);
	return inTransaction(async (tx) => {
		await repo.lockMeeting(tx, meeting.id);
		if ((await repo.heldBy(tx, meeting.id, data.holderId)) >= maxProxies)
			throw new ValidationError({ holderId: 'validation_proxy_limit' });
		const row = await repo
			.insertProxy(tx, { meetingId: meeting.id, grantorId, holderId: data.holderId, recordedBy: me.personId })
			.catch((e: unknown) => {
				throw isUniqueViolation(e) ? new DomainError('error_proxy_exists') : e;
			});
		await audit(tx, actor, {
			action: 'governance.proxy',
			subjectType: 'general_meeting',
			subjectId: meeting.id,
			orgId,
			details: { grantorId, holderId: data.holderId }
		});
		return row;
	});
}

export async function revokeProxy(actor: Actor, orgId: string, meetingId: string) {
	authorize(actor, 'governance.vote', await orgs.scopeFor(orgId));
	const me = requirePerson(actor);
	const meeting = await loadMeeting(orgId, meetingId);
	// Nothing to withdraw is "not found", not a silent success.
	if (!(await repo.proxyFrom(await getDb(), meeting.id, me.personId))) throw new NotFoundError();
	await inTransaction(async (tx) => {
		await repo.deleteProxy(tx, meeting.id, me.personId);
		await audit(tx, actor, {
			action: 'governance.proxy_revoke',
			subjectType: 'general_meeting',
			subjectId: meeting.id,
			orgId
		});
	});
}

// ---------------------------------------------------------------- proposals and votes

export async function createProposal(actor: Actor, orgId: string, meetingId: string, input: unknown) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	const meeting = await loadMeeting(orgId, meetingId);
	const data = parseInput(proposalInput, input);
	if (
		data.agendaItemId &&
		!(await repo.agendaOf(await getDb(), meeting.id)).some((a) => a.id === data.agendaItemId)
	)
		throw new ValidationError({ agendaItemId: 'validation_invalid' });
	return inTransaction(async (tx) => {
		const row = await repo.insertProposal(tx, {
			meetingId: meeting.id,
			agendaItemId: data.agendaItemId ?? null,
			title: data.title,
			text: data.text ?? '',
			kind: data.kind,
			options: data.kind === 'yes_no' ? [...YES_NO_OPTIONS] : data.options,
			ballot: data.ballot,
			majority: data.majority,
			quorumPercent: data.quorumPercent ?? null
		});
		await audit(tx, actor, {
			action: 'governance.proposal_create',
			subjectType: 'proposal',
			subjectId: row.id,
			orgId
		});
		return row;
	});
}

/** Opens voting until a moment; the members who can vote are counted now (one member, one vote). */
export async function openVoting(actor: Actor, orgId: string, proposalId: string, input: unknown) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	const { proposal } = await loadProposal(orgId, proposalId);
	if (proposal.status !== 'draft') throw new DomainError('error_proposal_not_draft');
	const data = parseInput(openInput, input);
	const closesAt = instantOf(data.closesDate!, data.closesTime!);
	if (closesAt.getTime() <= Date.now()) throw new ValidationError({ closesDate: 'validation_date_past' });
	if (data.closesDate! > addDays(today(), 90))
		throw new ValidationError({ closesDate: 'validation_date_too_far' });
	const eligible = await repo.countMembers(await getDb(), orgId);
	return inTransaction(async (tx) => {
		const row = await repo.updateProposal(tx, proposal.id, {
			status: 'open',
			opensAt: new Date(),
			closesAt,
			eligible
		});
		await audit(tx, actor, {
			action: 'governance.voting_open',
			subjectType: 'proposal',
			subjectId: proposal.id,
			orgId,
			details: { eligible }
		});
		return row;
	});
}

/** Writes one vote: the cast (who, how) and the ballot (what; anonymous in a secret ballot). */
async function vote(
	actor: Actor,
	orgId: string,
	proposalId: string,
	voterId: string,
	choice: string,
	channel: 'online' | 'proxy' | 'paper'
) {
	const { proposal } = await loadProposal(orgId, proposalId);
	if (proposal.status !== 'open' || (proposal.closesAt && proposal.closesAt.getTime() <= Date.now()))
		throw new DomainError('error_voting_closed');
	if (!proposal.options.includes(choice)) throw new ValidationError({ choice: 'validation_choose_option' });
	if (!(await repo.isMember(await getDb(), orgId, voterId))) throw new ForbiddenError();
	await inTransaction(async (tx) => {
		// Closing locks the same row: a vote is either counted or refused, never lost in between.
		if ((await repo.lockProposal(tx, proposal.id)) !== 'open') throw new DomainError('error_voting_closed');
		await repo
			.insertCast(tx, { proposalId: proposal.id, voterId, castBy: by(actor), channel })
			.catch((e: unknown) => {
				throw isUniqueViolation(e) ? new DomainError('error_already_voted') : e;
			});
		await repo.insertBallot(tx, {
			proposalId: proposal.id,
			choice,
			voterId: proposal.ballot === 'secret' ? null : voterId
		});
		// The audit says that a vote was cast, never what it was.
		await audit(tx, actor, {
			action: 'governance.vote',
			subjectType: 'proposal',
			subjectId: proposal.id,
			orgId,
			details: { voterId, channel }
		});
	});
}

/** A member votes, for themself or — holding their proxy — for another member. */
export async function castVote(actor: Actor, orgId: string, proposalId: string, input: unknown) {
	authorize(actor, 'governance.vote', await orgs.scopeFor(orgId));
	const me = requirePerson(actor);
	const data = parseInput(voteInput, input);
	if (data.forPersonId && data.forPersonId !== me.personId) {
		const { meeting } = await loadProposal(orgId, proposalId);
		const given = await repo.proxyFrom(await getDb(), meeting.id, data.forPersonId);
		if (!given || given.holderId !== me.personId) throw new ForbiddenError();
		return vote(actor, orgId, proposalId, data.forPersonId, data.choice, 'proxy');
	}
	return vote(actor, orgId, proposalId, me.personId, data.choice, 'online');
}

/** Bestuur enters a vote from a paper ballot or from the count in the room. */
export async function recordPaperVote(actor: Actor, orgId: string, proposalId: string, input: unknown) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	const data = parseInput(paperVoteInput, input);
	return vote(actor, orgId, proposalId, data.personId, data.choice, 'paper');
}

/** Closes voting and freezes the result; later votes are refused and the result never changes. */
export async function closeVoting(actor: Actor, orgId: string, proposalId: string) {
	authorize(actor, 'governance.manage', await orgs.scopeFor(orgId));
	return close(actor, orgId, proposalId);
}

async function close(actor: Actor, orgId: string, proposalId: string) {
	const { proposal } = await loadProposal(orgId, proposalId);
	return inTransaction(async (tx) => {
		if ((await repo.lockProposal(tx, proposal.id)) !== 'open') throw new DomainError('error_voting_not_open');
		const result = tally({
			kind: proposal.kind,
			options: proposal.options,
			majority: proposal.majority,
			quorumPercent: proposal.quorumPercent,
			eligible: proposal.eligible ?? 0,
			choices: await repo.choicesOf(tx, proposal.id)
		});
		const row = await repo.updateProposal(tx, proposal.id, {
			status: 'closed',
			closedAt: new Date(),
			result: result as unknown as Record<string, unknown>
		});
		await audit(tx, actor, {
			action: 'governance.voting_close',
			subjectType: 'proposal',
			subjectId: proposal.id,
			orgId,
			details: { outcome: result.outcome, cast: result.cast }
		});
		return row;
	});
}

/**
 * A proposal as members see it: while voting runs only how many took part; once closed the frozen result,
 * and — in an open ballot — who voted what. In a secret ballot nobody, bestuur included, sees that.
 */
export async function getProposal(actor: Actor, orgId: string, proposalId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'governance.view', scope);
	const { proposal, meeting } = await loadProposal(orgId, proposalId);
	const manager = can(actor, 'governance.manage', scope);
	if (proposal.status === 'draft' && !manager) throw new NotFoundError('error_proposal_not_found');
	const db = await getDb();
	const me = actor.kind === 'person' ? actor.personId : null;
	const [cast, iVoted, casts, openVotes] = await Promise.all([
		repo.countCast(db, proposal.id),
		me ? repo.hasVoted(db, proposal.id, me) : Promise.resolve(false),
		manager ? repo.castsOf(db, proposal.id) : Promise.resolve([]),
		proposal.status === 'closed' && proposal.ballot === 'open'
			? repo.openBallots(db, proposal.id)
			: Promise.resolve([])
	]);
	return {
		proposal: {
			...proposal,
			result: proposal.status === 'closed' ? (proposal.result as unknown as TallyResult) : null
		},
		meeting,
		cast,
		iVoted,
		/** Bestuur sees who took part (for paper votes and the quorum), never their choice in a secret ballot. */
		participants: casts,
		votes: openVotes,
		canManage: manager
	};
}

// ---------------------------------------------------------------- jobs

/** Closes proposals whose voting time is over. */
export async function closeExpiredVoting(actor: Actor, now = new Date()) {
	authorize(actor, 'governance.jobs', PERSONAL_SCOPE);
	const due = await repo.expiredProposals(await getDb(), now);
	for (const p of due) await close(actor, p.orgId, p.id).catch(() => undefined);
	return due.length;
}
