import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { mailsTo, orgTree, personWith, system } from '#tests/factories/index.ts';
import { getDb } from '../../db/client.ts';
import type { PersonActor } from '../../shared/actor.ts';
import { addDays, today } from '../../shared/clock.ts';
import { AppError, ForbiddenError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { voteBallot } from './governance.table.ts';
import { quorumOf, tally } from './governance.tally.ts';
import {
	castVote,
	closeExpiredVoting,
	closeVoting,
	conveneMeeting,
	createMeeting,
	createProposal,
	getMeeting,
	getProposal,
	grantProxy,
	openVoting,
	recordPaperVote,
	saveGovernanceSettings,
	searchMembersForProxy
} from './governance.usecases.ts';

useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof AppError) return e;
		throw e;
	}
	throw new Error('expected the use case to refuse');
}

const yesNo = { kind: 'yes_no' as const, options: ['voor', 'tegen', 'onthouding'], quorumPercent: null };

describe('counting', () => {
	it('the quorum is the smallest whole number of members at or above the percentage', () => {
		expect(quorumOf(100, 50)).toBe(50);
		expect(quorumOf(101, 50)).toBe(51);
		expect(quorumOf(3, 33)).toBe(1);
		expect(quorumOf(10, null)).toBe(0);
	});

	it('one vote short of the quorum means no decision; exactly the quorum counts', () => {
		const base = { ...yesNo, majority: 'simple' as const, quorumPercent: 50, eligible: 10 };
		expect(tally({ ...base, choices: ['voor', 'voor', 'voor', 'tegen'] }).outcome).toBe('no_quorum');
		expect(tally({ ...base, choices: ['voor', 'voor', 'voor', 'tegen', 'onthouding'] }).outcome).toBe(
			'adopted'
		);
	});

	it('abstentions count for the quorum but not for the majority', () => {
		const r = tally({
			...yesNo,
			majority: 'simple',
			eligible: 5,
			choices: ['voor', 'onthouding', 'onthouding']
		});
		expect(r).toMatchObject({ cast: 3, outcome: 'adopted', counts: { voor: 1, tegen: 0, onthouding: 2 } });
	});

	it('two thirds: exactly two thirds is enough, just under is not; a tie in a simple vote is no decision', () => {
		const two = { ...yesNo, majority: 'two_thirds' as const, eligible: 10 };
		expect(tally({ ...two, choices: ['voor', 'voor', 'tegen'] }).outcome).toBe('adopted');
		expect(
			tally({ ...two, choices: ['voor', 'voor', 'voor', 'voor', 'voor', 'tegen', 'tegen', 'tegen'] }).outcome
		).toBe('rejected');
		expect(tally({ ...yesNo, majority: 'simple', eligible: 4, choices: ['voor', 'tegen'] }).outcome).toBe(
			'tie'
		);
	});

	it('a choice is won by the option with the most votes; equal tops are a tie', () => {
		const choice = {
			kind: 'choice' as const,
			options: ['A', 'B', 'C'],
			majority: 'simple' as const,
			quorumPercent: null,
			eligible: 9
		};
		expect(tally({ ...choice, choices: ['A', 'B', 'A'] })).toMatchObject({ outcome: 'adopted', winner: 'A' });
		expect(tally({ ...choice, choices: ['A', 'B'] }).outcome).toBe('tie');
	});
});

async function setting() {
	const tree = await orgTree();
	const bestuur = await personWith(tree.orgA.id, ['bestuur', 'bewoner'], 'Bert Bestuur');
	const members: PersonActor[] = [];
	for (let i = 0; i < 6; i++) members.push(await personWith(tree.orgA.id, ['bewoner'], `Lid ${i + 1}`));
	const outsider = await personWith(tree.orgB.id, ['bestuur'], 'Buurman B');
	const { meeting } = await createMeeting(bestuur, tree.orgA.id, {
		title: 'ALV voorjaar',
		date: addDays(today(), 30),
		time: '19:30',
		place: 'Buurthuis De Linde'
	});
	return { ...tree, bestuur, members, outsider, meeting };
}

async function openProposal(s: Awaited<ReturnType<typeof setting>>, over: Record<string, unknown> = {}) {
	const p = await createProposal(s.bestuur, s.orgA.id, s.meeting.id, {
		title: 'Jaarrekening vaststellen',
		...over
	});
	await openVoting(s.bestuur, s.orgA.id, p.id, { closesDate: addDays(today(), 31), closesTime: '22:00' });
	return p;
}

describe('general assembly', () => {
	it('inviting inside the notice period is refused unless bestuur confirms it knowingly; every member with e-mail is invited', async () => {
		const tree = await orgTree();
		const bestuur = await personWith(tree.orgA.id, ['bestuur'], 'Bea Bestuur');
		const member = await personWith(tree.orgA.id, ['bewoner'], 'Mo Lid');
		const { meeting, late } = await createMeeting(bestuur, tree.orgA.id, {
			title: 'Extra ALV',
			date: addDays(today(), 7),
			time: '20:00',
			onlineUrl: 'https://meet.example/alv'
		});
		expect(late).toBe(true);
		const err = await failure(conveneMeeting(bestuur, tree.orgA.id, meeting.id, {}));
		expect(err.fieldErrors.confirmLate).toBe('validation_notice_late');
		const done = await conveneMeeting(bestuur, tree.orgA.id, meeting.id, { confirmLate: 'on' });
		expect(done).toMatchObject({ sent: 2, late: true });
		expect((await mailsTo(member.email!)).map((x) => x.kind)).toContain('governance.invitation');
		// With 21 days of notice configured, 30 days ahead is in time.
		await saveGovernanceSettings(bestuur, tree.orgA.id, { noticeDays: '21' });
		const { late: inTime } = await createMeeting(bestuur, tree.orgA.id, {
			title: 'ALV',
			date: addDays(today(), 30),
			time: '20:00',
			place: 'Zaal'
		});
		expect(inTime).toBe(false);
		expect(await failure(conveneMeeting(member, tree.orgA.id, meeting.id, {}))).toBeInstanceOf(
			ForbiddenError
		);
	});

	it('members see a meeting only once it is convened; other cooperatives never', async () => {
		const s = await setting();
		expect(await failure(getMeeting(s.members[0]!, s.orgA.id, s.meeting.id))).toBeInstanceOf(NotFoundError);
		await conveneMeeting(s.bestuur, s.orgA.id, s.meeting.id, {});
		expect((await getMeeting(s.members[0]!, s.orgA.id, s.meeting.id)).meeting.title).toBe('ALV voorjaar');
		expect(await failure(getMeeting(s.outsider, s.orgA.id, s.meeting.id))).toBeInstanceOf(ForbiddenError);
		expect(await failure(getMeeting(s.outsider, s.orgB.id, s.meeting.id))).toBeInstanceOf(NotFoundError);
	});
});

describe('voting', () => {
	it('one member, one vote: a member with several roles votes once, and a second vote is refused', async () => {
		const s = await setting();
		const p = await openProposal(s);
		await castVote(s.bestuur, s.orgA.id, p.id, { choice: 'voor' });
		expect((await failure(castVote(s.bestuur, s.orgA.id, p.id, { choice: 'tegen' }))).messageKey).toBe(
			'error_already_voted'
		);
		expect((await getProposal(s.bestuur, s.orgA.id, p.id)).cast).toBe(1);
	});

	it('nobody can vote twice, even when the votes arrive at the same moment', async () => {
		const s = await setting();
		const p = await openProposal(s);
		const voter = s.members[0]!;
		const results = await Promise.allSettled(
			Array.from({ length: 8 }, (_, i) =>
				castVote(voter, s.orgA.id, p.id, { choice: i % 2 ? 'voor' : 'tegen' })
			)
		);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const ballots = await (await getDb()).select().from(voteBallot).where(eq(voteBallot.proposalId, p.id));
		expect(ballots).toHaveLength(1);
	});

	it('a proxy holder votes for the member who authorised them, never for anyone else; the statutes limit proxies per holder', async () => {
		const s = await setting();
		const [a, b, c, d] = s.members;
		await grantProxy(a!, s.orgA.id, s.meeting.id, { holderId: b!.personId });
		// Default: one proxy per member.
		expect(
			(await failure(grantProxy(c!, s.orgA.id, s.meeting.id, { holderId: b!.personId }))).fieldErrors.holderId
		).toBe('validation_proxy_limit');
		expect(
			(await failure(grantProxy(a!, s.orgA.id, s.meeting.id, { holderId: a!.personId }))).fieldErrors.holderId
		).toBe('validation_proxy_self');
		const p = await openProposal(s);
		await castVote(b!, s.orgA.id, p.id, { choice: 'voor', forPersonId: a!.personId });
		await castVote(b!, s.orgA.id, p.id, { choice: 'tegen' });
		expect(
			await failure(castVote(b!, s.orgA.id, p.id, { choice: 'voor', forPersonId: d!.personId }))
		).toBeInstanceOf(ForbiddenError);
		// The member who gave the proxy cannot vote again themself.
		expect((await failure(castVote(a!, s.orgA.id, p.id, { choice: 'tegen' }))).messageKey).toBe(
			'error_already_voted'
		);
		expect((await getProposal(s.bestuur, s.orgA.id, p.id)).cast).toBe(2);
	});

	it('the proxy limit holds when two members authorise the same holder at the same moment', async () => {
		const s = await setting();
		const [a, b, c] = s.members;
		const results = await Promise.allSettled([
			grantProxy(a!, s.orgA.id, s.meeting.id, { holderId: c!.personId }),
			grantProxy(b!, s.orgA.id, s.meeting.id, { holderId: c!.personId })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
	});

	it('bestuur enters paper votes; members of another cooperative cannot vote', async () => {
		const s = await setting();
		const p = await openProposal(s);
		await recordPaperVote(s.bestuur, s.orgA.id, p.id, { personId: s.members[2]!.personId, choice: 'voor' });
		const participants = (await getProposal(s.bestuur, s.orgA.id, p.id)).participants;
		expect(participants).toEqual([expect.objectContaining({ name: 'Lid 3', channel: 'paper' })]);
		expect(await failure(castVote(s.outsider, s.orgA.id, p.id, { choice: 'voor' }))).toBeInstanceOf(
			ForbiddenError
		);
		expect(
			await failure(
				recordPaperVote(s.bestuur, s.orgA.id, p.id, { personId: s.outsider.personId, choice: 'voor' })
			)
		).toBeInstanceOf(ForbiddenError);
		expect(
			await failure(
				recordPaperVote(s.members[0]!, s.orgA.id, p.id, { personId: s.members[1]!.personId, choice: 'voor' })
			)
		).toBeInstanceOf(ForbiddenError);
		expect(
			(await failure(castVote(s.members[0]!, s.orgA.id, p.id, { choice: 'misschien' }))).fieldErrors.choice
		).toBe('validation_choose_option');
	});

	it('in a secret ballot nobody — bestuur included — can see who voted what; in an open ballot members can after closing', async () => {
		const s = await setting();
		const secret = await openProposal(s, { title: 'Nieuwe voorzitter', ballot: 'secret' });
		await castVote(s.members[0]!, s.orgA.id, secret.id, { choice: 'voor' });
		await castVote(s.members[1]!, s.orgA.id, secret.id, { choice: 'tegen' });
		const ballots = await (
			await getDb()
		)
			.select()
			.from(voteBallot)
			.where(eq(voteBallot.proposalId, secret.id));
		expect(ballots.map((b) => b.voterId)).toEqual([null, null]);
		await closeVoting(s.bestuur, s.orgA.id, secret.id);
		const seen = await getProposal(s.bestuur, s.orgA.id, secret.id);
		expect(seen.votes).toEqual([]);
		expect(seen.participants.map((x) => x.name).sort()).toEqual(['Lid 1', 'Lid 2']);
		expect(JSON.stringify(seen.participants)).not.toMatch(/voor|tegen/);

		const open = await openProposal(s, { title: 'Begroting' });
		await castVote(s.members[0]!, s.orgA.id, open.id, { choice: 'voor' });
		expect((await getProposal(s.members[1]!, s.orgA.id, open.id)).votes).toEqual([]);
		await closeVoting(s.bestuur, s.orgA.id, open.id);
		expect((await getProposal(s.members[1]!, s.orgA.id, open.id)).votes).toEqual([
			{ name: 'Lid 1', choice: 'voor' }
		]);
	});

	it('the result is frozen at close: later votes are refused and the published result never changes', async () => {
		const s = await setting();
		const p = await openProposal(s, { quorumPercent: '50' });
		for (const m of s.members.slice(0, 4)) await castVote(m, s.orgA.id, p.id, { choice: 'voor' });
		await closeVoting(s.bestuur, s.orgA.id, p.id);
		const before = (await getProposal(s.members[5]!, s.orgA.id, p.id)).proposal.result;
		// 7 members (bestuur + 6), quorum 50 % = 4 votes: adopted.
		expect(before).toMatchObject({
			eligible: 7,
			cast: 4,
			quorumNeeded: 4,
			quorumMet: true,
			outcome: 'adopted'
		});
		expect((await failure(castVote(s.members[5]!, s.orgA.id, p.id, { choice: 'tegen' }))).messageKey).toBe(
			'error_voting_closed'
		);
		expect((await failure(closeVoting(s.bestuur, s.orgA.id, p.id))).messageKey).toBe('error_voting_not_open');
		expect((await getProposal(s.members[5]!, s.orgA.id, p.id)).proposal.result).toEqual(before);
		// While voting runs, members see how many took part, not the result.
		const running = await openProposal(s, { title: 'Lopend' });
		expect((await getProposal(s.members[0]!, s.orgA.id, running.id)).proposal.result).toBeNull();
	});

	it('voting that has run out is closed by the job', async () => {
		const s = await setting();
		const p = await openProposal(s);
		expect(await closeExpiredVoting(system, new Date(Date.now() + 40 * 86_400_000))).toBeGreaterThanOrEqual(
			1
		);
		expect((await getProposal(s.bestuur, s.orgA.id, p.id)).proposal.status).toBe('closed');
	});

	it('a choice needs at least two options; bad input writes nothing', async () => {
		const s = await setting();
		const err = await failure(
			createProposal(s.bestuur, s.orgA.id, s.meeting.id, {
				title: 'Kies',
				kind: 'choice',
				options: 'Alleen A'
			})
		);
		expect(err).toBeInstanceOf(ValidationError);
		expect(err.fieldErrors.options).toBe('validation_two_options');
		expect((await getMeeting(s.bestuur, s.orgA.id, s.meeting.id)).proposals).toHaveLength(0);
	});
});

it('a member looks up whom to authorise by name: only members of their own cooperative, names only, at least 2 letters', async () => {
	const s = await setting();
	const found = await searchMembersForProxy(s.members[0]!, s.orgA.id, '  lid ');
	expect(found.map((p) => p.name)).toEqual(['Lid 1', 'Lid 2', 'Lid 3', 'Lid 4', 'Lid 5', 'Lid 6']);
	expect(Object.keys(found[0]!).sort()).toEqual(['name', 'personId']);
	expect(await searchMembersForProxy(s.members[0]!, s.orgA.id, 'L')).toEqual([]);
	expect(await searchMembersForProxy(s.members[0]!, s.orgA.id, '%%')).toEqual([]);
	expect(await searchMembersForProxy(s.members[0]!, s.orgA.id, 'Buurman')).toEqual([]);
	expect(await failure(searchMembersForProxy(s.outsider, s.orgA.id, 'Lid'))).toBeInstanceOf(ForbiddenError);
});
