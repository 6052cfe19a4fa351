// Demo data for governance: Overvecht's spring general assembly (ALV) in four weeks, convened, with an
// agenda, a proxy, and three proposals — the annual accounts (open ballot, voting runs), the name of the
// neighbourhood paper (secret ballot, a choice), and next year's fee (two-thirds, already closed with its
// result). The demo accounts have not voted, so they can try it. Everything goes through the use cases.
import { and, asc, eq, notLike } from 'drizzle-orm';
import { getDb } from '../db/client.ts';
import { membership, person } from '../modules/members/members.table.ts';
import { activeMembershipsOf } from '../modules/members/members.usecases.ts';
import {
	addAgendaItem,
	castVote,
	closeVoting,
	conveneMeeting,
	createMeeting,
	createProposal,
	grantProxy,
	openVoting
} from '../modules/governance/governance.usecases.ts';
import { systemActor, type PersonActor } from '../shared/actor.ts';
import { addDays, today } from '../shared/clock.ts';

const system = systemActor('demo seed');

export async function seedGovernance(orgId: string): Promise<void> {
	const db = await getDb();
	// Members other than the named demo accounts (those keep their vote for people trying the demo).
	const people = await db
		.select({ personId: person.id, name: person.name, email: person.email })
		.from(membership)
		.innerJoin(person, eq(person.id, membership.personId))
		.where(
			and(
				eq(membership.orgId, orgId),
				eq(membership.status, 'active'),
				notLike(person.email, '%@wijkcoop.example')
			)
		)
		.orderBy(asc(person.name))
		.limit(30);
	const voters: PersonActor[] = [];
	for (const p of people)
		voters.push({
			kind: 'person',
			userId: null,
			personId: p.personId,
			name: p.name,
			email: p.email,
			memberships: await activeMembershipsOf(p.personId)
		});

	const meetingDay = addDays(today(), 28);
	const { meeting } = await createMeeting(system, orgId, {
		title: 'Algemene ledenvergadering voorjaar',
		date: meetingDay,
		time: '19:30',
		place: 'Buurthuis De Boog, Zambesidreef 3, Utrecht',
		onlineUrl: 'https://vergaderen.example/overvecht-alv'
	});
	const agenda = [];
	for (const [title, description] of [
		['Opening en mededelingen', 'De voorzitter opent de vergadering.'],
		['Jaarverslag en jaarrekening 2025', 'Het bestuur vertelt wat we vorig jaar deden en wat het kostte.'],
		[
			'Contributie 2027',
			'Voorstel: de contributie blijft € 12 per jaar, met korting voor wie dat nodig heeft.'
		],
		['Naam van de buurtkrant', 'De leden kiezen een nieuwe naam voor de buurtkrant.'],
		['Rondvraag en sluiting', '']
	] as const)
		agenda.push(await addAgendaItem(system, orgId, meeting.id, { title, description }));
	await conveneMeeting(system, orgId, meeting.id, {});

	if (voters.length >= 2) await grantProxy(voters[1]!, orgId, meeting.id, { holderId: voters[0]!.personId });

	const closes = { closesDate: meetingDay, closesTime: '21:30' };
	const accounts = await createProposal(system, orgId, meeting.id, {
		title: 'Jaarrekening 2025 vaststellen',
		text: 'De kascommissie heeft de jaarrekening gecontroleerd en vond geen fouten. Het bestuur stelt voor de jaarrekening vast te stellen.',
		agendaItemId: agenda[1]!.id,
		kind: 'yes_no',
		quorumPercent: '10'
	});
	await openVoting(system, orgId, accounts.id, closes);
	const paper = await createProposal(system, orgId, meeting.id, {
		title: 'Nieuwe naam voor de buurtkrant',
		text: 'Kies de naam die u het mooist vindt. De naam met de meeste stemmen wint.',
		agendaItemId: agenda[3]!.id,
		kind: 'choice',
		options: 'De Overvechter\nBuurtpraat\nSamen in Overvecht',
		ballot: 'secret'
	});
	await openVoting(system, orgId, paper.id, closes);
	const fee = await createProposal(system, orgId, meeting.id, {
		title: 'Contributie 2027 blijft € 12 per jaar',
		text: 'Leden met een U-pas betalen de helft. Voor een wijziging van de contributie is twee derde van de stemmen nodig.',
		agendaItemId: agenda[2]!.id,
		kind: 'yes_no',
		majority: 'two_thirds'
	});
	await openVoting(system, orgId, fee.id, closes);

	const yesNo = ['voor', 'voor', 'voor', 'tegen', 'voor', 'onthouding'];
	const names = ['De Overvechter', 'Buurtpraat', 'De Overvechter', 'Samen in Overvecht', 'De Overvechter'];
	for (const [i, voter] of voters.entries()) {
		// Voter 1 gave a proxy to voter 0, who votes for both.
		if (i === 1) continue;
		if (i < 18) await castVote(voter, orgId, accounts.id, { choice: yesNo[i % yesNo.length] });
		if (i < 12) await castVote(voter, orgId, paper.id, { choice: names[i % names.length] });
		if (i < 22) await castVote(voter, orgId, fee.id, { choice: i % 7 === 3 ? 'tegen' : 'voor' });
	}
	if (voters.length >= 2)
		await castVote(voters[0]!, orgId, accounts.id, { choice: 'voor', forPersonId: voters[1]!.personId });
	await closeVoting(system, orgId, fee.id);
}
