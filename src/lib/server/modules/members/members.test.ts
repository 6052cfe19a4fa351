import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { mailsTo, orgTree, outsider, personWith, system, uniqueEmail } from '#tests/factories/index.ts';
import { getDb } from '../../db/client.ts';
import { anonymous } from '../../shared/actor.ts';
import { DomainError, ForbiddenError, UnauthenticatedError, ValidationError } from '../../shared/errors.ts';
import { membership, person } from './members.table.ts';
import {
	decideJoinRequest,
	endMembership,
	exportRegister,
	getMember,
	grantRoles,
	leave,
	listJoinRequests,
	listMembers,
	registerManagedMember,
	requestToJoin,
	updateManagedMember,
	updateProfile
} from './members.usecases.ts';

useTestDatabase();

const text = {
	role: (r: string) => `rol:${r}`,
	status: (st: string) => (st === 'ended' ? 'Gestopt' : 'Lid'),
	headers: {
		name: 'Naam',
		address: 'Adres',
		postcode: 'Postcode',
		city: 'Plaats',
		email: 'E-mail',
		phone: 'Telefoon',
		area: 'Buurt',
		roles: 'Rollen',
		status: 'Status',
		joined: 'Lid sinds',
		ended: 'Gestopt'
	}
};

const joinForm = {
	name: 'Henk de Vries',
	phone: '06 12345678',
	postcode: '3562 AB',
	roles: ['bewoner', 'vrijwilliger'],
	motivation: 'Ik help graag.'
};

describe('joining', () => {
	it('a join request waits for a coordinator, and mails the applicant and the staff', async () => {
		const { orgA, buurtA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const applicant = await outsider();
		const request = await requestToJoin(applicant, orgA.slug, joinForm);
		expect(request.status).toBe('pending');
		expect(request.areaId).toBe(buurtA.id); // placed by postcode 3562
		expect((await mailsTo(applicant.email!))[0]?.kind).toBe('member.join_received');
		expect((await mailsTo(coordinator.email!))[0]?.kind).toBe('member.join_request');
		const pending = await listJoinRequests(coordinator, orgA.id);
		expect(pending.map((p) => p.membership.id)).toEqual([request.id]);
	});

	it('approving a join request makes the applicant an active member and mails them', async () => {
		const { orgA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const applicant = await outsider();
		const request = await requestToJoin(applicant, orgA.slug, joinForm);
		const decided = await decideJoinRequest(coordinator, orgA.id, {
			membershipId: request.id,
			decision: 'approve'
		});
		expect(decided.status).toBe('active');
		expect(decided.joinedAt).toBeInstanceOf(Date);
		const [mail] = await mailsTo(applicant.email!);
		expect(mail?.kind).toBe('member.join_approved');
		expect(mail?.text).toContain(`/${orgA.slug}`);
	});

	it('a declined applicant gets the reason by mail and is not a member', async () => {
		const { orgA } = await orgTree();
		const bestuur = await personWith(orgA.id, ['bestuur']);
		const applicant = await outsider();
		const request = await requestToJoin(applicant, orgA.slug, joinForm);
		await decideJoinRequest(bestuur, orgA.id, {
			membershipId: request.id,
			decision: 'decline',
			reason: 'U woont buiten ons gebied.'
		});
		const [mail] = await mailsTo(applicant.email!);
		expect(mail?.kind).toBe('member.join_declined');
		expect(mail?.text).toContain('U woont buiten ons gebied.');
		const list = await listMembers(bestuur, orgA.id, {});
		expect(list.rows.map((r) => r.personId)).not.toContain(applicant.personId);
	});

	it('when two coordinators decide at the same moment, only one decision counts', async () => {
		const { orgA } = await orgTree();
		const first = await personWith(orgA.id, ['coordinator']);
		const second = await personWith(orgA.id, ['coordinator']);
		const applicant = await outsider();
		const request = await requestToJoin(applicant, orgA.slug, joinForm);
		const results = await Promise.allSettled([
			decideJoinRequest(first, orgA.id, { membershipId: request.id, decision: 'approve' }),
			decideJoinRequest(second, orgA.id, { membershipId: request.id, decision: 'decline' })
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
		expect(rejected.reason).toBeInstanceOf(DomainError);
		expect(await mailsTo(applicant.email!)).toHaveLength(2); // received + exactly one decision
	});

	it('a person cannot ask to join twice, and a visitor must sign in first', async () => {
		const { orgA } = await orgTree();
		const applicant = await outsider();
		await requestToJoin(applicant, orgA.slug, joinForm);
		await expect(requestToJoin(applicant, orgA.slug, joinForm)).rejects.toThrow(DomainError);
		await expect(requestToJoin(anonymous, orgA.slug, joinForm)).rejects.toThrow(UnauthenticatedError);
	});

	it('people join a member organisation, not a city coop or the network', async () => {
		const { city, network } = await orgTree();
		await expect(requestToJoin(await outsider(), city.slug, joinForm)).rejects.toThrow(DomainError);
		await expect(requestToJoin(await outsider(), network.slug, joinForm)).rejects.toThrow(DomainError);
	});

	it('a join request without motivation or role is refused with a message per field', async () => {
		const { orgA } = await orgTree();
		const error = await requestToJoin(await outsider(), orgA.slug, { name: 'Ans' }).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors).toMatchObject({
			motivation: 'validation_required',
			roles: 'validation_choose_one'
		});
	});

	it('a coordinator of another organisation can neither see nor decide join requests', async () => {
		const { orgA, orgB } = await orgTree();
		const otherCoordinator = await personWith(orgB.id, ['coordinator']);
		const request = await requestToJoin(await outsider(), orgA.slug, joinForm);
		await expect(listJoinRequests(otherCoordinator, orgA.id)).rejects.toThrow(ForbiddenError);
		await expect(
			decideJoinRequest(otherCoordinator, orgA.id, { membershipId: request.id, decision: 'approve' })
		).rejects.toThrow(ForbiddenError);
		// Deciding "through" one's own organisation does not reach another's request either.
		await expect(
			decideJoinRequest(otherCoordinator, orgB.id, { membershipId: request.id, decision: 'approve' })
		).rejects.toThrow(DomainError);
	});
});

describe('managed members', () => {
	const resident = {
		name: 'Truus Bakker',
		phone: '030 123 45 67',
		address: 'Dreef 1',
		postcode: '3561 AA',
		consent: 'on',
		consentNote: 'Formulier getekend'
	};

	it('a coordinator registers a resident without e-mail, with consent recorded by whom and when', async () => {
		const { orgA, buurtA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const { person: p, membership: ms } = await registerManagedMember(coordinator, orgA.id, resident);
		expect(p.userId).toBeNull();
		expect(p.email).toBeNull();
		expect(ms.status).toBe('active');
		expect(ms.roles).toEqual(['bewoner']);
		expect(ms.areaId).toBe(buurtA.id);
		expect(ms.consentRecordedBy).toBe(coordinator.personId);
		expect(ms.consentRecordedAt).toBeInstanceOf(Date);
		const found = await listMembers(coordinator, orgA.id, { q: 'truus' });
		expect(found.rows[0]?.managed).toBe(true);
	});

	it('without consent a resident is not registered and nothing is written', async () => {
		const { orgA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const db = await getDb();
		const [before] = await db.select({ n: count() }).from(person);
		const error = await registerManagedMember(coordinator, orgA.id, {
			...resident,
			consent: undefined
		}).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors).toEqual({ consent: 'validation_consent_required' });
		const [after] = await db.select({ n: count() }).from(person);
		expect(after!.n).toBe(before!.n);
	});

	it('volunteers and residents cannot register managed members', async () => {
		const { orgA } = await orgTree();
		const volunteer = await personWith(orgA.id, ['vrijwilliger', 'bewoner']);
		await expect(registerManagedMember(volunteer, orgA.id, resident)).rejects.toThrow(ForbiddenError);
	});

	it('signing in with the e-mail recorded for a managed member never hands over their data', async () => {
		const { orgA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const email = uniqueEmail('truus');
		const { person: p } = await registerManagedMember(coordinator, orgA.id, { ...resident, email });
		const { personForUser } = await import('./members.usecases.ts');
		const { user } = await import('../auth/auth.table.ts');
		await (await getDb()).insert(user).values({ id: 'user-truus', name: '', email, emailVerified: true });
		const signedIn = await personForUser({ id: 'user-truus', email, name: '' });
		expect(signedIn.id).not.toBe(p.id);
		expect(signedIn.address).toBeNull();
	});
});

describe('member list and register', () => {
	it('coordinators search by name, phone or postcode and filter by role, buurt and skill, page by page', async () => {
		const { orgA, buurtA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator'], 'Carla Coördinator');
		for (let i = 0; i < 30; i++) {
			await registerManagedMember(coordinator, orgA.id, {
				name: `Bewoner ${String(i).padStart(2, '0')}`,
				phone: `06 5555 ${String(1000 + i)}`,
				address: 'Dreef 1',
				postcode: i % 2 ? '3561 AA' : '3999 ZZ',
				roles: i % 3 ? ['bewoner'] : ['vrijwilliger'],
				consent: 'on'
			});
		}
		const page1 = await listMembers(coordinator, orgA.id, {});
		expect(page1.total).toBe(31);
		expect(page1.rows).toHaveLength(25);
		expect((await listMembers(coordinator, orgA.id, { page: '2' })).rows).toHaveLength(6);
		expect((await listMembers(coordinator, orgA.id, { q: 'Bewoner 07' })).total).toBe(1);
		expect((await listMembers(coordinator, orgA.id, { q: '55551007' })).rows[0]?.name).toBe('Bewoner 07');
		expect((await listMembers(coordinator, orgA.id, { role: 'vrijwilliger' })).total).toBe(10);
		expect((await listMembers(coordinator, orgA.id, { area: buurtA.id })).total).toBe(15);
		expect((await listMembers(coordinator, orgA.id, { q: 'Bew%ner' })).total).toBe(0); // wildcards are literal
		const volunteer = await personWith(orgA.id, ['vrijwilliger']);
		await updateProfile(volunteer, { name: 'Vera', skills: ['vervoer', 'klussen'] });
		expect((await listMembers(coordinator, orgA.id, { skill: 'vervoer' })).rows.map((r) => r.name)).toEqual([
			'Vera'
		]);
	});

	it('a city coop beheerder never sees the member list of a member organisation', async () => {
		const { city, orgA } = await orgTree();
		const cityAdmin = await personWith(city.id, ['beheerder']);
		await expect(listMembers(cityAdmin, orgA.id, {})).rejects.toThrow(ForbiddenError);
		await expect(exportRegister(cityAdmin, orgA.id, text)).rejects.toThrow(ForbiddenError);
	});

	it('the member register is for bestuur, lists ended members too, and neutralises spreadsheet formulas', async () => {
		const { orgA } = await orgTree();
		const bestuur = await personWith(orgA.id, ['bestuur']);
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const { membership: ms } = await registerManagedMember(coordinator, orgA.id, {
			name: '=HYPERLINK("x")',
			address: 'Dreef 2',
			postcode: '3561 AB',
			consent: 'on'
		});
		await endMembership(coordinator, orgA.id, { membershipId: ms.id, reason: 'verhuisd' });
		await expect(exportRegister(coordinator, orgA.id, text)).rejects.toThrow(ForbiddenError);
		const csv = await exportRegister(bestuur, orgA.id, text);
		expect(csv.split('\n')[0]).toContain('Naam,Adres,Postcode');
		expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
		expect(csv).toContain('Gestopt');
		expect(csv).toContain('rol:bewoner');
	});

	it('ending a membership takes the person off the active list but keeps the history', async () => {
		const { orgA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const member = await personWith(orgA.id, ['bewoner'], 'Stopper');
		const [ms] = await (
			await getDb()
		)
			.select()
			.from(membership)
			.where(eq(membership.personId, member.personId));
		await endMembership(coordinator, orgA.id, { membershipId: ms!.id });
		expect((await listMembers(coordinator, orgA.id, { q: 'Stopper' })).total).toBe(0);
		expect((await listMembers(coordinator, orgA.id, { q: 'Stopper', status: 'ended' })).total).toBe(1);
		await expect(endMembership(coordinator, orgA.id, { membershipId: ms!.id })).rejects.toThrow(DomainError);
		expect((await getMember(coordinator, orgA.id, ms!.id)).membership.endedAt).toBeInstanceOf(Date);
	});

	it('a member can leave by themselves', async () => {
		const { orgA } = await orgTree();
		const member = await personWith(orgA.id, ['bewoner']);
		const [ms] = await (
			await getDb()
		)
			.select()
			.from(membership)
			.where(eq(membership.personId, member.personId));
		expect((await leave(member, ms!.id)).status).toBe('ended');
		const other = await outsider();
		await expect(leave(other, ms!.id)).rejects.toThrow();
	});

	it('one member, one set of roles: granting roles again adds them without a second membership', async () => {
		const { orgA } = await orgTree();
		const email = uniqueEmail();
		await grantRoles(system, orgA.id, { email, name: 'Dubbel', roles: ['bewoner'] });
		const { membership: ms } = await grantRoles(system, orgA.id, {
			email,
			name: 'Dubbel',
			roles: ['vrijwilliger']
		});
		expect(ms.roles.sort()).toEqual(['bewoner', 'vrijwilliger']);
		const rows = await (await getDb()).select().from(membership).where(eq(membership.personId, ms.personId));
		expect(rows).toHaveLength(1);
	});
});

describe('profile', () => {
	it('moving house places the member in the buurt of the new postcode', async () => {
		const { orgA, buurtA } = await orgTree();
		const { addArea } = await import('../organisations/organisations.usecases.ts');
		const buurtNew = await addArea(system, orgA.id, {
			name: 'Nieuwe buurt',
			kind: 'buurt',
			postcodes: '3570'
		});
		const member = await personWith(orgA.id, ['bewoner']);
		await updateProfile(member, { name: 'Verhuizer', postcode: '3561 AA' });
		const [before] = await (
			await getDb()
		)
			.select()
			.from(membership)
			.where(eq(membership.personId, member.personId));
		expect(before!.areaId).toBe(buurtA.id);
		await updateProfile(member, { name: 'Verhuizer', postcode: '3570 XY' });
		const [after] = await (
			await getDb()
		)
			.select()
			.from(membership)
			.where(eq(membership.personId, member.personId));
		expect(after!.areaId).toBe(buurtNew.id);
		await updateProfile(member, { name: 'Verhuizer', postcode: '9999 ZZ' });
		const [unknown] = await (
			await getDb()
		)
			.select()
			.from(membership)
			.where(eq(membership.personId, member.personId));
		expect(unknown!.areaId).toBe(buurtNew.id); // no buurt serves 9999: the last known one stays
	});

	it('saves availability, skills and mobility, and refuses a VOG date in the future', async () => {
		const { orgA } = await orgTree();
		const volunteer = await personWith(orgA.id, ['vrijwilliger']);
		const saved = await updateProfile(volunteer, {
			name: 'Vera',
			availability: ['tue-afternoon', 'sat-morning'],
			skills: 'vervoer',
			mobility: ['car'],
			maxRequestsPerMonth: '4',
			vogDate: '2025-03-01'
		});
		expect(saved.availability).toEqual(['tue-afternoon', 'sat-morning']);
		expect(saved.skills).toEqual(['vervoer']);
		expect(saved.maxRequestsPerMonth).toBe(4);
		const error = await updateProfile(volunteer, {
			name: 'Vera',
			vogDate: '2999-01-01',
			availability: 'mon-night'
		}).catch((e) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error.fieldErrors).toMatchObject({
			vogDate: 'validation_date_future',
			availability: 'validation_invalid'
		});
	});
});

describe('managed member profile', () => {
	it('a coordinator keeps the skills and availability of a resident without account', async () => {
		const { orgA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const { membership: ms } = await registerManagedMember(coordinator, orgA.id, {
			name: 'Truus',
			address: 'Dreef 1',
			postcode: '3561 AA',
			consent: 'on'
		});
		const updated = await updateManagedMember(coordinator, orgA.id, ms.id, {
			name: 'Truus Bakker',
			skills: ['gezelschap'],
			availability: ['wed-morning']
		});
		expect(updated).toMatchObject({
			name: 'Truus Bakker',
			skills: ['gezelschap'],
			availability: ['wed-morning']
		});
		expect((await getMember(coordinator, orgA.id, ms.id)).canEditProfile).toBe(true);
	});

	it('a member who joined themselves keeps their own profile: a coordinator cannot overwrite it', async () => {
		const { orgA } = await orgTree();
		const coordinator = await personWith(orgA.id, ['coordinator']);
		const member = await personWith(orgA.id, ['bewoner']);
		const [ms] = await (
			await getDb()
		)
			.select()
			.from(membership)
			.where(eq(membership.personId, member.personId));
		await expect(updateManagedMember(coordinator, orgA.id, ms!.id, { name: 'Anders' })).rejects.toThrow(
			DomainError
		);
		expect((await getMember(coordinator, orgA.id, ms!.id)).canEditProfile).toBe(false);
		const volunteer = await personWith(orgA.id, ['vrijwilliger']);
		await expect(updateManagedMember(volunteer, orgA.id, ms!.id, { name: 'Anders' })).rejects.toThrow(
			ForbiddenError
		);
	});
});
