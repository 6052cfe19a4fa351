import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { getDb } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Actor, ActorMembership } from '../../shared/actor.ts';
import { DomainError, NotFoundError, parseInput } from '../../shared/errors.ts';
import { existingId } from '../../shared/ids.ts';
import { authorize, can, PERSONAL_SCOPE, requirePerson } from '../../shared/policy.ts';
import { multiChoice, requiredEmail, requiredText } from '../../shared/zod.ts';
import { consume, LIMITS } from '../../shared/rate-limit.ts';
import { audit } from '../audit/audit.repository.ts';
import { enqueueMail } from '../notifications/outbox.repository.ts';
import {
	asLocale,
	joinApprovedMail,
	joinDeclinedMail,
	joinReceivedMail,
	joinRequestForStaffMail
} from '../notifications/templates.ts';
import * as orgs from '../organisations/organisations.usecases.ts';
import { ROLES, type Role } from '#lib/domain/members.ts';
import * as repo from './members.repository.ts';
import {
	decisionInput,
	endMembershipInput,
	joinInput,
	managedMemberInput,
	memberFilter,
	profileInput,
	rolesInput
} from './members.schemas.ts';

export type { Person } from './members.repository.ts';

// ---------------------------------------------------------------- actor

/** The person behind a login, created on first sign-in, or linked to a person an administrator already
 * gave roles to under this (now verified) e-mail address. */
export async function personForUser(user: { id: string; email: string; name: string }) {
	const db = await getDb();
	const existing = await repo.personByUserId(db, user.id);
	if (existing) return existing;
	return inTransaction(async (tx) => {
		const unlinked = await repo.claimablePersonByEmail(tx, user.email);
		if (unlinked) return repo.updatePerson(tx, unlinked.id, { userId: user.id });
		const name = user.name || user.email.split('@')[0] || user.email;
		return repo.insertPerson(tx, { userId: user.id, name, email: user.email.toLowerCase() });
	}).catch(async (e: unknown) => {
		// Two first requests at once: the other one created the person.
		if (isUniqueViolation(e)) return (await repo.personByUserId(db, user.id))!;
		throw e;
	});
}

export async function activeMembershipsOf(personId: string): Promise<ActorMembership[]> {
	const rows = await repo.activeMemberships(await getDb(), personId);
	return rows.map((r) => ({ orgId: r.orgId, roles: r.roles as Role[] }));
}

// ---------------------------------------------------------------- profile

export async function getProfile(actor: Actor) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const db = await getDb();
	const p = await repo.personById(db, me.personId);
	if (!p) throw new NotFoundError();
	return p;
}

/** The profile form's values as a person row update (own profile, or a managed member's by a coordinator). */
function profileUpdate(input: unknown) {
	const data = parseInput(profileInput, input);
	return {
		name: data.name,
		phone: data.phone ?? null,
		address: data.address ?? null,
		postcode: data.postcode ?? null,
		city: data.city ?? null,
		locale: data.locale,
		languages: data.languages,
		skills: data.skills,
		availability: data.availability,
		mobility: data.mobility,
		maxRequestsPerMonth: data.maxRequestsPerMonth ?? null,
		vogDate: data.vogDate ?? null
	};
}

export async function updateProfile(actor: Actor, input: unknown) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const values = profileUpdate(input);
	const moves = await areaMoves(me.personId, values.postcode);
	return inTransaction(async (tx) => {
		const updated = await repo.updatePerson(tx, me.personId, values);
		for (const move of moves) await repo.setArea(tx, move.orgId, move.membershipId, move.areaId);
		await audit(tx, actor, { action: 'person.update', subjectType: 'person', subjectId: me.personId });
		return updated;
	});
}

/**
 * A new address places the person in the buurt that serves its postcode, in every organisation where they
 * are (or asked to become) a member and a buurt has that postcode. Where no buurt matches, the buurt
 * chosen before stays.
 */
async function areaMoves(personId: string, postcode: string | null) {
	if (!postcode) return [];
	const memberships = (await repo.membershipsOfPerson(await getDb(), personId)).filter(
		(x) => x.status === 'active' || x.status === 'pending'
	);
	const moves = await Promise.all(
		memberships.map(async (x) => {
			const area = await orgs.areaForPostcode(x.orgId, postcode);
			return area && area.id !== x.areaId ? { orgId: x.orgId, membershipId: x.id, areaId: area.id } : null;
		})
	);
	return moves.filter((x) => x !== null);
}

/** A coordinator keeps the profile of a managed member (no login of their own) up to date. */
export async function updateManagedMember(actor: Actor, orgId: string, membershipId: string, input: unknown) {
	authorize(actor, 'member.editManaged', await orgs.scopeFor(orgId));
	const values = profileUpdate(input);
	const row = await repo.memberDetail(await getDb(), orgId, existingId(membershipId));
	if (!row) throw new NotFoundError();
	if (row.person.userId || !row.membership.managedBy) throw new DomainError('error_person_has_account', 403);
	const moves = await areaMoves(row.person.id, values.postcode);
	return inTransaction(async (tx) => {
		const updated = await repo.updatePerson(tx, row.person.id, values);
		for (const move of moves) await repo.setArea(tx, move.orgId, move.membershipId, move.areaId);
		await audit(tx, actor, {
			action: 'person.update_managed',
			subjectType: 'person',
			subjectId: row.person.id,
			orgId
		});
		return updated;
	});
}

/** My memberships with the organisations' names, for navigation and the profile page. */
export async function myMemberships(actor: Actor) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	return repo.membershipsWithOrganisation(await getDb(), me.personId);
}

// ---------------------------------------------------------------- joining

/** What the join form needs: the organisation and its buurten. */
export async function joinContext(actor: Actor, orgSlug: string) {
	const { org, scope } = await orgs.resolveOrganisation(orgSlug);
	authorize(actor, 'member.join', scope);
	const me = requirePerson(actor);
	const db = await getDb();
	const [areas, profile, open] = await Promise.all([
		orgs.listAreas(actor, org.id),
		repo.personById(db, me.personId),
		repo.openMembership(db, org.id, me.personId)
	]);
	return { org, areas: areas.filter((a) => a.kind === 'buurt'), profile: profile!, existing: open ?? null };
}

/** The buurt a member lives in: the one chosen in the form (it must belong to this organisation), or else
 * the one that serves the postcode. */
async function chosenArea(
	actor: Actor,
	orgId: string,
	areaId: string | undefined,
	postcode: string | undefined
) {
	if (!areaId) return orgs.areaForPostcode(orgId, postcode);
	const area = (await orgs.listAreas(actor, orgId)).find((a) => a.id === areaId);
	if (!area) throw new DomainError('validation_invalid', 400, { areaId: 'validation_invalid' });
	return area;
}

export async function requestToJoin(actor: Actor, orgSlug: string, input: unknown) {
	const { org, scope } = await orgs.resolveOrganisation(orgSlug);
	authorize(actor, 'member.join', scope);
	const me = requirePerson(actor);
	const data = parseInput(joinInput, input);
	// Members of networks and city coops are organisations; people join a member organisation.
	if (org.kind === 'network' || org.kind === 'city_coop') throw new DomainError('error_join_network', 400);
	await consume(`join:${me.personId}`, LIMITS.joinPerPerson);
	const area = await chosenArea(actor, org.id, data.areaId, data.postcode);
	const db = await getDb();
	const staff = await repo.staffEmails(db, org.id, ['coordinator', 'bestuur', 'beheerder']);
	return inTransaction(async (tx) => {
		const updated = await repo.updatePerson(tx, me.personId, {
			name: data.name,
			phone: data.phone ?? null,
			address: data.address ?? null,
			postcode: data.postcode ?? null,
			city: data.city ?? null
		});
		const request = await repo
			.insertMembership(tx, {
				orgId: org.id,
				personId: me.personId,
				status: 'pending',
				roles: data.roles,
				motivation: data.motivation,
				areaId: area?.id ?? null
			})
			.catch((e: unknown) => {
				throw isUniqueViolation(e) ? new DomainError('error_already_member_or_pending') : e;
			});
		await audit(tx, actor, {
			action: 'member.join_request',
			subjectType: 'membership',
			subjectId: request.id,
			orgId: org.id
		});
		if (updated.email)
			await enqueueMail(tx, joinReceivedMail(updated.email, org.name, asLocale(updated.locale), org.id));
		for (const s of staff) {
			await enqueueMail(
				tx,
				joinRequestForStaffMail(s.email!, org.name, updated.name, org.slug, asLocale(s.locale), org.id)
			);
		}
		return request;
	});
}

export async function listJoinRequests(actor: Actor, orgId: string) {
	authorize(actor, 'member.decide', await orgs.scopeFor(orgId));
	return repo.pendingRequests(await getDb(), orgId);
}

export async function decideJoinRequest(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'member.decide', await orgs.scopeFor(orgId));
	const data = parseInput(decisionInput, input);
	const me = requirePerson(actor);
	const org = await orgs.organisationById(orgId);
	return inTransaction(async (tx) => {
		const now = new Date();
		const approved = data.decision === 'approve';
		const decided = await repo.transition(tx, orgId, data.membershipId, 'pending', {
			status: approved ? 'active' : 'declined',
			decidedBy: me.personId,
			decidedAt: now,
			declineReason: approved ? null : (data.reason ?? null),
			joinedAt: approved ? now : null
		});
		if (!decided) throw new DomainError('error_request_already_decided');
		const applicant = await repo.personById(tx, decided.personId);
		await audit(tx, actor, {
			action: approved ? 'member.approve' : 'member.decline',
			subjectType: 'membership',
			subjectId: decided.id,
			orgId
		});
		if (applicant?.email) {
			const locale = asLocale(applicant.locale);
			await enqueueMail(
				tx,
				approved
					? joinApprovedMail(applicant.email, org.name, org.slug, locale, orgId)
					: joinDeclinedMail(applicant.email, org.name, data.reason, locale, orgId)
			);
		}
		return decided;
	});
}

// ---------------------------------------------------------------- managed members

export async function registerManagedMember(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'member.registerManaged', await orgs.scopeFor(orgId));
	const me = requirePerson(actor);
	const data = parseInput(managedMemberInput, input);
	const area = await chosenArea(actor, orgId, data.areaId, data.postcode);
	return inTransaction(async (tx) => {
		const now = new Date();
		const p = await repo.insertPerson(tx, {
			name: data.name,
			phone: data.phone ?? null,
			email: data.email ?? null,
			address: data.address,
			postcode: data.postcode ?? null,
			city: data.city ?? null,
			languages: data.languages
		});
		const created = await repo.insertMembership(tx, {
			orgId,
			personId: p.id,
			status: 'active',
			roles: data.roles.length ? data.roles : ['bewoner'],
			areaId: area?.id ?? null,
			managedBy: me.personId,
			consentRecordedBy: me.personId,
			consentRecordedAt: now,
			decidedBy: me.personId,
			decidedAt: now,
			joinedAt: now
		});
		await audit(tx, actor, {
			action: 'member.register_managed',
			subjectType: 'membership',
			subjectId: created.id,
			orgId,
			details: { consent: 'recorded_by_coordinator', note: data.consentNote ?? null }
		});
		return { person: p, membership: created };
	});
}

// ---------------------------------------------------------------- member list and register

export async function listMembers(actor: Actor, orgId: string, filter: unknown) {
	authorize(actor, 'member.list', await orgs.scopeFor(orgId));
	const f = parseInput(memberFilter, filter);
	const db = await getDb();
	const result = await repo.listMembers(db, orgId, f);
	return { ...result, filter: f };
}

export async function getMember(actor: Actor, orgId: string, membershipId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'member.view', scope);
	const row = await repo.memberDetail(await getDb(), orgId, existingId(membershipId));
	if (!row) throw new NotFoundError();
	return {
		...row,
		canSetRoles: can(actor, 'member.setRoles', scope),
		canEnd: can(actor, 'member.end', scope),
		canEditProfile:
			!row.person.userId && !!row.membership.managedBy && can(actor, 'member.editManaged', scope)
	};
}

export async function setMemberRoles(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'member.setRoles', await orgs.scopeFor(orgId));
	const data = parseInput(rolesInput, input);
	return inTransaction(async (tx) => {
		const updated = await repo.setRoles(tx, orgId, data.membershipId, data.roles);
		if (!updated) throw new NotFoundError();
		await audit(tx, actor, {
			action: 'member.set_roles',
			subjectType: 'membership',
			subjectId: updated.id,
			orgId,
			details: { roles: data.roles }
		});
		return updated;
	});
}

export async function endMembership(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'member.end', await orgs.scopeFor(orgId));
	const data = parseInput(endMembershipInput, input);
	return inTransaction(async (tx) => {
		const ended = await repo.transition(tx, orgId, data.membershipId, 'active', {
			status: 'ended',
			endedAt: new Date(),
			endReason: data.reason ?? null
		});
		if (!ended) throw new DomainError('error_membership_not_active');
		await audit(tx, actor, { action: 'member.end', subjectType: 'membership', subjectId: ended.id, orgId });
		return ended;
	});
}

/** A person ends their own membership. */
export async function leave(actor: Actor, membershipId: string) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const db = await getDb();
	const mine = (await repo.membershipsOfPerson(db, me.personId)).find(
		(x) => x.id === existingId(membershipId)
	);
	if (!mine) throw new NotFoundError();
	return inTransaction(async (tx) => {
		const ended = await repo.transition(
			tx,
			mine.orgId,
			mine.id,
			mine.status === 'pending' ? 'pending' : 'active',
			{
				status: 'ended',
				endedAt: new Date(),
				endReason: 'self'
			}
		);
		if (!ended) throw new DomainError('error_membership_not_active');
		await audit(tx, actor, {
			action: 'member.leave',
			subjectType: 'membership',
			subjectId: ended.id,
			orgId: mine.orgId
		});
		return ended;
	});
}

export const REGISTER_COLUMNS = [
	'name',
	'address',
	'postcode',
	'city',
	'email',
	'phone',
	'area',
	'roles',
	'status',
	'joined',
	'ended'
] as const;

/** The words of the register in the reader's language, given by the caller (the route has the locale). */
export interface RegisterText {
	headers: Record<(typeof REGISTER_COLUMNS)[number], string>;
	role: (role: string) => string;
	status: (status: string) => string;
}

/** The member register (ledenregister) as CSV, in the reader's language. */
export async function exportRegister(actor: Actor, orgId: string, text: RegisterText) {
	authorize(actor, 'member.export', await orgs.scopeFor(orgId));
	const rows = await repo.register(await getDb(), orgId);
	await inTransaction((tx) =>
		audit(tx, actor, {
			action: 'member.export',
			subjectType: 'organisation',
			subjectId: orgId,
			orgId,
			details: { rows: rows.length }
		})
	);
	const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : '');
	return stringify(
		rows.map((r) =>
			[
				r.name,
				r.address ?? '',
				r.postcode ?? '',
				r.city ?? '',
				r.email ?? '',
				r.phone ?? '',
				r.areaName ?? '',
				r.roles.map(text.role).join(', '),
				text.status(r.status),
				day(r.joinedAt),
				day(r.endedAt)
			].map(csvSafe)
		),
		{ header: true, columns: REGISTER_COLUMNS.map((c) => text.headers[c]), bom: true }
	);
}

/** Spreadsheet programs run cells that start with = + - @ as formulas; a leading quote keeps them text. */
function csvSafe(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

// ---------------------------------------------------------------- administration

const grantInput = z.object({
	email: requiredEmail,
	name: requiredText(120),
	roles: multiChoice(ROLES).refine((r) => r.length > 0, 'validation_choose_one')
});

/**
 * Gives a person (found or created by e-mail address) an active membership with these roles, e.g. the first
 * network admin from the CLI. Existing roles are kept and the new ones added.
 */
export async function grantRoles(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'member.setRoles', await orgs.scopeFor(orgId));
	const data = parseInput(grantInput, input);
	return inTransaction(async (tx) => {
		const p =
			(await repo.personByEmail(tx, data.email)) ??
			(await repo.insertPerson(tx, { name: data.name, email: data.email }));
		const open = await repo.openMembership(tx, orgId, p.id);
		const now = new Date();
		const result = open
			? await repo.updateMembership(tx, orgId, open.id, {
					status: 'active',
					roles: [...new Set([...(open.roles as Role[]), ...data.roles])],
					joinedAt: open.joinedAt ?? now
				})
			: await repo.insertMembership(tx, {
					orgId,
					personId: p.id,
					status: 'active',
					roles: data.roles,
					joinedAt: now
				});
		await audit(tx, actor, {
			action: 'member.grant_roles',
			subjectType: 'membership',
			subjectId: result.id,
			orgId,
			details: { roles: data.roles }
		});
		return { person: p, membership: result };
	});
}
