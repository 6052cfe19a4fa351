// Vraag en aanbod: help requests from residents, referrals and the coordinator's intake; matching,
// invitations, the lifecycle of a request, hours, feedback, one-off offers and the overviews.
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import type { Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Actor, PersonActor } from '../../shared/actor.ts';
import { addDays, today, weekStart } from '../../shared/clock.ts';
import { DomainError, NotFoundError, parseBoth, parseInput } from '../../shared/errors.ts';
import { existingId, isId } from '../../shared/ids.ts';
import { authorize, can, PERSONAL_SCOPE, requirePerson, type OrgScope } from '../../shared/policy.ts';
import { audit } from '../audit/audit.repository.ts';
import * as members from '../members/members.usecases.ts';
import { enqueueMail, type NewMail } from '../notifications/outbox.repository.ts';
import {
	asLocale,
	helpCalledOffMail,
	helpDigestMail,
	helpInvitationMail,
	helpMatchedResidentMail,
	helpMatchedVolunteerMail,
	helpReceivedMail,
	helpReminderMail,
	helpTakenMail,
	type HelpSummary
} from '../notifications/templates.ts';
import * as matching from '../matching/matching.usecases.ts';
import * as orgs from '../organisations/organisations.usecases.ts';
import {
	DEFAULT_KM_RATE_CENTS,
	MATCHED_STATUSES,
	OPEN_STATUSES,
	TRANSITIONS,
	type HelpStatus
} from '#lib/domain/help.ts';
import * as repo from './help.repository.ts';
import {
	assignInput,
	boardFilter,
	categoryInput,
	closeInput,
	demandFilter,
	feedbackInput,
	helpRequestInput,
	intakeInput,
	inviteInput,
	offerInput,
	onBehalfInput,
	preferenceInput,
	reportInput,
	settingsInput,
	statusNote,
	type HelpRequestInput
} from './help.schemas.ts';

export type { HelpCategory, HelpRequest, RequestDetail } from './help.repository.ts';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

// ---------------------------------------------------------------- categories and settings

/** The organisation's categories (the defaults are created on first use). */
async function categoriesOf(orgId: string) {
	const db = await getDb();
	let list = await repo.categories(db, orgId);
	if (list.length === 0) {
		await repo.ensureDefaultCategories(db, orgId);
		list = await repo.categories(db, orgId);
	}
	return list;
}

/** What the request forms need: the active categories, the buurten and whether the actor may refer. */
export async function requestFormContext(actor: Actor, orgId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.request', scope);
	await helpHappensHere(orgId);
	const [categories, areas] = await Promise.all([categoriesOf(orgId), orgs.listAreas(actor, orgId)]);
	return {
		categories: categories.filter((c) => c.active),
		areas,
		canRefer: can(actor, 'help.refer', scope),
		canCoordinate: can(actor, 'help.coordinate', scope)
	};
}

export async function listCategories(actor: Actor, orgId: string) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const [categories, rate] = await Promise.all([categoriesOf(orgId), repo.kmRateCents(await getDb(), orgId)]);
	return { categories, kmRateCents: rate ?? DEFAULT_KM_RATE_CENTS };
}

export async function addCategory(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const data = parseInput(categoryInput, input);
	const existing = await categoriesOf(orgId);
	return inTransaction(async (tx) => {
		const created = await repo
			.insertCategory(tx, {
				orgId,
				key: `eigen-${randomBytes(4).toString('hex')}`,
				name: data.name,
				skill: data.skill ?? null,
				requiresVog: data.requiresVog,
				active: true,
				sortOrder: Math.max(0, ...existing.map((c) => c.sortOrder)) + 10
			})
			.catch((e: unknown) => {
				throw isUniqueViolation(e) ? new DomainError('error_category_exists') : e;
			});
		await audit(tx, actor, {
			action: 'help.category_add',
			subjectType: 'help_category',
			subjectId: created.id,
			orgId
		});
		return created;
	});
}

export async function updateCategory(actor: Actor, orgId: string, categoryId: string, input: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const data = parseInput(categoryInput, input);
	return inTransaction(async (tx) => {
		const updated = await repo.updateCategory(tx, orgId, existingId(categoryId), {
			name: data.name,
			skill: data.skill ?? null,
			requiresVog: data.requiresVog,
			active: data.active
		});
		if (!updated) throw new NotFoundError();
		await audit(tx, actor, {
			action: 'help.category_update',
			subjectType: 'help_category',
			subjectId: updated.id,
			orgId
		});
		return updated;
	});
}

export async function setKmRate(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const data = parseInput(settingsInput, input);
	const cents = Math.round(data.kmRate * 100);
	await inTransaction(async (tx) => {
		await repo.setKmRate(tx, orgId, cents);
		await audit(tx, actor, {
			action: 'help.km_rate',
			subjectType: 'organisation',
			subjectId: orgId,
			orgId,
			details: { cents }
		});
	});
	return cents;
}

// ---------------------------------------------------------------- creating requests

interface Requester {
	personId: string | null;
	contactName: string | null;
	contactPhone: string | null;
	origin: 'self' | 'on_behalf' | 'intake';
	/** The resident's address when the form leaves it empty. */
	fallbackAddress: { address: string | null; postcode: string | null; areaId: string | null };
}

/** The dates of a request: one, or every week / fortnight up to and including `repeatUntil`. */
function occurrenceDates(data: HelpRequestInput): (string | null)[] {
	if (data.flexible || !data.date) return [null];
	if (data.recurrence === 'none' || !data.repeatUntil) return [data.date];
	const step = data.recurrence === 'weekly' ? 7 : 14;
	const dates: string[] = [];
	for (let d = data.date; d <= data.repeatUntil; d = addDays(d, step)) dates.push(d);
	return dates;
}

/** Help is asked in a member organisation; a network or city coop has no residents of its own. */
async function helpHappensHere(orgId: string) {
	const org = await orgs.organisationById(orgId);
	if (org.kind === 'network' || org.kind === 'city_coop') throw new NotFoundError();
	return org;
}

async function createRequests(
	actor: PersonActor | Actor,
	orgId: string,
	data: HelpRequestInput,
	who: Requester
) {
	await helpHappensHere(orgId);
	const db = await getDb();
	const category = await repo.categoryById(db, orgId, data.categoryId);
	if (!category || !category.active)
		throw new DomainError('validation_invalid', 400, { categoryId: 'validation_invalid' });
	if (category.key === 'vervoer' || category.skill === 'vervoer') {
		const errors: Record<string, string> = {};
		if (!data.pickup) errors.pickup = 'validation_required';
		if (!data.destination) errors.destination = 'validation_required';
		if (Object.keys(errors).length) throw new DomainError('error_form_invalid', 400, errors);
	}
	const postcode = data.postcode ?? (data.address ? null : who.fallbackAddress.postcode);
	const area = postcode ? await orgs.areaForPostcode(orgId, postcode) : null;
	const org = await orgs.organisationById(orgId);
	const residentPerson = who.personId ? await repo.activeMember(db, orgId, who.personId) : undefined;
	const by = actor.kind === 'person' ? actor.personId : null;
	const dates = occurrenceDates(data);
	const seriesId = dates.length > 1 ? crypto.randomUUID() : null;
	return inTransaction(async (tx) => {
		const created = await repo.insertRequests(
			tx,
			dates.map((date) => ({
				orgId,
				seriesId,
				personId: who.personId,
				contactName: who.contactName,
				contactPhone: who.contactPhone,
				createdBy: by,
				origin: who.origin,
				categoryId: category.id,
				description: data.description,
				address: data.address ?? (data.postcode ? null : who.fallbackAddress.address),
				postcode,
				areaId: area?.id ?? (data.address || data.postcode ? null : who.fallbackAddress.areaId),
				pickup: data.pickup ?? null,
				destination: data.destination ?? null,
				date,
				timeFrom: date ? (data.timeFrom ?? null) : null,
				timeTo: date ? (data.timeTo ?? null) : null,
				urgency: data.urgency,
				needsVog: data.needsVog || category.requiresVog,
				needsCar: data.needsCar,
				language: data.language ?? null,
				recurrence: data.recurrence,
				status: 'nieuw' as const
			}))
		);
		for (const r of created)
			await repo.insertEvent(tx, { requestId: r.id, toStatus: 'nieuw', byPersonId: by });
		await audit(tx, actor, {
			action: 'help.create',
			subjectType: 'help_request',
			subjectId: created[0]!.id,
			orgId,
			details: { origin: who.origin, occurrences: created.length }
		});
		const email = residentPerson?.person.email;
		if (email)
			await enqueueMail(
				tx,
				helpReceivedMail(
					email,
					{ category, date: created[0]!.date, timeFrom: created[0]!.timeFrom, areaName: area?.name ?? null },
					org.name,
					asLocale(residentPerson.person.locale),
					orgId
				)
			);
		return created;
	});
}

/** A member asks for help for themselves. */
export async function requestHelp(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'help.request', await orgs.scopeFor(orgId));
	const me = requirePerson(actor);
	const data = parseInput(helpRequestInput, input);
	const self = await repo.activeMember(await getDb(), orgId, me.personId);
	if (!self) throw new NotFoundError();
	return createRequests(actor, orgId, data, {
		personId: me.personId,
		contactName: null,
		contactPhone: null,
		origin: 'self',
		fallbackAddress: { address: self.person.address, postcode: self.person.postcode, areaId: self.areaId }
	});
}

/** A mantelzorger or professional asks for help for someone else, with that person's consent. The
 * coordinator calls the contact and links the request to a member. */
export async function referRequest(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'help.refer', await orgs.scopeFor(orgId));
	const [data, who] = parseBoth(helpRequestInput, onBehalfInput, input);
	return createRequests(actor, orgId, data, {
		personId: null,
		contactName: who.contactName,
		contactPhone: who.contactPhone ?? null,
		origin: 'on_behalf',
		fallbackAddress: { address: null, postcode: null, areaId: null }
	});
}

/** The coordinator enters a request for a member (often by phone). */
export async function intakeRequest(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const [data, who] = parseBoth(helpRequestInput, intakeInput, input);
	const resident = await repo.activeMember(await getDb(), orgId, who.personId);
	if (!resident)
		throw new DomainError('validation_choose_resident', 400, { personId: 'validation_choose_resident' });
	return createRequests(actor, orgId, data, {
		personId: resident.person.id,
		contactName: null,
		contactPhone: null,
		origin: 'intake',
		fallbackAddress: {
			address: resident.person.address,
			postcode: resident.person.postcode,
			areaId: resident.areaId
		}
	});
}

/** Intake: members matching a name, phone number or postcode (the member list's search). */
export async function findResidents(actor: Actor, orgId: string, q: string | undefined) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	if (!q || q.trim().length < 2) return [];
	const result = await members.listMembers(actor, orgId, { q, status: 'active', page: 1 });
	return result.rows;
}

// ---------------------------------------------------------------- reading one request

type Viewer = 'coordinator' | 'resident' | 'volunteer';

/**
 * One request as the viewer may see it: coordinators see everything; the resident (or who asked for them)
 * sees the volunteer's first name once matched and their phone number only then; the linked volunteer sees
 * the resident's name, address and phone once matched. Anyone else gets "not found".
 */
export async function getRequest(actor: Actor, orgId: string, requestId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.request', scope);
	return viewRequest(actor, scope, orgId, requestId);
}

/** The request as `actor` may see it; callers have checked `help.request` in `scope` first. */
async function viewRequest(actor: Actor, scope: OrgScope, orgId: string, requestId: string) {
	const me = requirePerson(actor);
	const db = await getDb();
	const row = await repo.requestDetail(db, orgId, existingId(requestId));
	if (!row) throw new NotFoundError();
	const viewer = viewerOf(me, scope, row);
	if (!viewer) throw new NotFoundError();
	const matched = (MATCHED_STATUSES as readonly string[]).includes(row.request.status);
	const [events, invitations, report, feedback] = await Promise.all([
		viewer === 'coordinator' ? repo.events(db, row.request.id) : Promise.resolve([]),
		viewer === 'coordinator' ? repo.invitations(db, row.request.id) : Promise.resolve([]),
		repo.report(db, row.request.id),
		repo.feedback(db, row.request.id)
	]);
	const volunteer =
		row.volunteer?.id && matched
			? viewer === 'resident'
				? {
						id: row.volunteer.id,
						name: firstName(row.volunteer.name),
						phone: row.volunteer.phone,
						email: null
					}
				: {
						id: row.volunteer.id,
						name: row.volunteer.name,
						phone: row.volunteer.phone,
						email: row.volunteer.email
					}
			: viewer === 'coordinator' && row.volunteer?.id
				? {
						id: row.volunteer.id,
						name: row.volunteer.name,
						phone: row.volunteer.phone,
						email: row.volunteer.email
					}
				: null;
	const seesResident = viewer !== 'volunteer' || matched;
	return {
		viewer,
		request: seesResident
			? row.request
			: { ...row.request, address: null, postcode: null, contactName: null, contactPhone: null },
		category: row.category,
		areaName: row.areaName,
		resident: seesResident && row.resident?.id ? { ...row.resident } : null,
		volunteer,
		events,
		invitations,
		report: report ?? null,
		feedback: viewer === 'volunteer' ? null : (feedback ?? null),
		can: {
			coordinate: viewer === 'coordinator',
			logHours:
				row.request.status === 'gekoppeld' &&
				(viewer === 'coordinator' || (viewer === 'volunteer' && row.volunteer?.id === me.personId)),
			giveFeedback:
				row.request.status === 'uitgevoerd' && (viewer === 'coordinator' || viewer === 'resident'),
			cancel:
				(OPEN_STATUSES as readonly string[]).includes(row.request.status) ||
				(row.request.status === 'gekoppeld' && viewer !== 'volunteer'),
			release: row.request.status === 'gekoppeld' && viewer === 'volunteer'
		}
	};
}

function viewerOf(me: PersonActor, scope: OrgScope, row: repo.RequestDetail): Viewer | null {
	if (can(me, 'help.coordinate', scope)) return 'coordinator';
	if (row.request.personId === me.personId || row.request.createdBy === me.personId) return 'resident';
	if (row.request.volunteerId === me.personId) return 'volunteer';
	return null;
}

/** A request of this organisation as a coordinator handles it, after the caller checked `help.coordinate`
 * (404 when it is not of this organisation). */
async function coordinated(orgId: string, requestId: string) {
	const row = await repo.requestDetail(await getDb(), orgId, existingId(requestId));
	if (!row) throw new NotFoundError();
	return row;
}

function subjectOf(row: repo.RequestDetail) {
	return {
		orgId: row.request.orgId,
		requestId: row.request.id,
		residentId: row.request.personId,
		residentLanguages: row.resident?.languages ?? [],
		categoryId: row.category.id,
		skill: row.category.skill,
		areaId: row.request.areaId,
		date: row.request.date,
		timeFrom: row.request.timeFrom,
		timeTo: row.request.timeTo,
		needsVog: row.request.needsVog,
		needsCar: row.request.needsCar,
		language: row.request.language
	};
}

/** Suggested volunteers for an open request, best first, with reasons. */
export async function suggestions(actor: Actor, orgId: string, requestId: string, limit = 10) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const row = await coordinated(orgId, requestId);
	if (!(OPEN_STATUSES as readonly string[]).includes(row.request.status)) return [];
	return matching.suggestVolunteers(actor, subjectOf(row), limit);
}

/** Matching one-off offers for a request (residents and coordinators see them when they ask). */
export async function offersForRequest(actor: Actor, orgId: string, requestId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.request', scope);
	const view = await viewRequest(actor, scope, orgId, requestId);
	if (view.viewer === 'volunteer') return [];
	const offers = await repo.offers(await getDb(), orgId, {
		from: view.request.date ?? today(),
		categoryId: view.category.id
	});
	return offers.map((o) => ({ ...o, volunteerName: firstName(o.volunteerName) }));
}

// ---------------------------------------------------------------- assigning and inviting

function summaryOf(row: repo.RequestDetail): HelpSummary {
	return {
		category: row.category,
		date: row.request.date,
		timeFrom: row.request.timeFrom,
		areaName: row.areaName
	};
}

/** The volunteer must pass every hard filter: the coordinator picks, the rules still hold. */
async function ensureEligible(actor: Actor, row: repo.RequestDetail, volunteerIds: string[]) {
	const ranked = await matching.suggestVolunteers(actor, subjectOf(row), 10_000);
	const eligible = new Set(ranked.map((s) => s.volunteerId));
	if (volunteerIds.some((id) => !eligible.has(id)))
		throw new DomainError('error_volunteer_not_eligible', 400, {
			volunteerId: 'error_volunteer_not_eligible'
		});
}

export async function assignVolunteer(actor: Actor, orgId: string, requestId: string, input: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const row = await coordinated(orgId, requestId);
	const data = parseInput(assignInput, input);
	if (!(OPEN_STATUSES as readonly string[]).includes(row.request.status))
		throw new DomainError('error_request_not_open');
	await ensureEligible(actor, row, [data.volunteerId]);
	const org = await orgs.organisationById(orgId);
	return inTransaction((tx) => link(tx, actor, org, row, data.volunteerId, 'help.assign'));
}

/**
 * Links a volunteer to an open request: a conditional status change, so of two people acting at once only
 * one succeeds. Tells the volunteer, the resident (by mail, or via the call list) and withdraws open
 * invitations.
 */
async function link(
	tx: Tx,
	actor: Actor,
	org: orgs.Organisation,
	row: repo.RequestDetail,
	volunteerId: string,
	action: string
) {
	const by = actor.kind === 'person' ? actor.personId : null;
	const now = new Date();
	const updated = await repo.transition(tx, row.request.orgId, row.request.id, OPEN_STATUSES, {
		status: 'gekoppeld',
		volunteerId,
		matchedAt: now,
		residentInformedAt: null
	});
	if (!updated) throw new DomainError('error_request_taken');
	await repo.insertEvent(tx, {
		requestId: row.request.id,
		fromStatus: row.request.status,
		toStatus: 'gekoppeld',
		byPersonId: by
	});
	const withdrawn = await repo.withdrawOpenInvitations(tx, row.request.id);
	const people = await repo.peopleByIds(tx, [volunteerId, ...withdrawn.map((w) => w.volunteerId)]);
	const volunteer = people.get(volunteerId)!;
	const summary = summaryOf(row);
	for (const w of withdrawn) {
		const p = people.get(w.volunteerId);
		if (p?.email && w.volunteerId !== volunteerId)
			await enqueueMail(tx, helpTakenMail(p.email, summary, org.name, asLocale(p.locale), org.id));
	}
	if (volunteer.email)
		await enqueueMail(
			tx,
			helpMatchedVolunteerMail(
				volunteer.email,
				summary,
				org.name,
				`/${org.slug}/hulpvragen/${row.request.id}`,
				asLocale(volunteer.locale),
				org.id
			)
		);
	if (row.resident?.email) {
		await enqueueMail(
			tx,
			helpMatchedResidentMail(
				row.resident.email,
				summary,
				firstName(volunteer.name),
				org.name,
				asLocale(row.resident.locale),
				org.id
			)
		);
		await repo.markRequest(tx, row.request.id, { residentInformedAt: now });
	}
	await audit(tx, actor, {
		action,
		subjectType: 'help_request',
		subjectId: row.request.id,
		orgId: row.request.orgId,
		details: { volunteerId }
	});
	return updated;
}

/** Invites volunteers by mail; they accept or decline by a private link. */
export async function inviteVolunteers(actor: Actor, orgId: string, requestId: string, input: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const row = await coordinated(orgId, requestId);
	const data = parseInput(inviteInput, input);
	if (!(OPEN_STATUSES as readonly string[]).includes(row.request.status))
		throw new DomainError('error_request_not_open');
	await ensureEligible(actor, row, data.volunteerIds);
	const me = requirePerson(actor);
	const org = await orgs.organisationById(orgId);
	return inTransaction(async (tx) => {
		const people = await repo.peopleByIds(tx, data.volunteerIds);
		const invited: string[] = [];
		for (const volunteerId of data.volunteerIds) {
			const token = randomBytes(24).toString('base64url');
			const created = await repo.insertInvitation(tx, {
				requestId: row.request.id,
				volunteerId,
				tokenHash: hashToken(token),
				invitedBy: me.personId
			});
			if (!created) continue; // invited before
			invited.push(volunteerId);
			const p = people.get(volunteerId);
			if (p?.email)
				await enqueueMail(
					tx,
					helpInvitationMail(p.email, summaryOf(row), org.name, token, asLocale(p.locale), orgId)
				);
		}
		if (row.request.status === 'nieuw') {
			await repo.transition(tx, orgId, row.request.id, ['nieuw'], { status: 'in_behandeling' });
			await repo.insertEvent(tx, {
				requestId: row.request.id,
				fromStatus: 'nieuw',
				toStatus: 'in_behandeling',
				byPersonId: me.personId
			});
		}
		await audit(tx, actor, {
			action: 'help.invite',
			subjectType: 'help_request',
			subjectId: row.request.id,
			orgId,
			details: { invited }
		});
		return invited;
	});
}

/** What a volunteer sees before accepting: no name, address or phone number of the resident. */
export async function invitationByToken(actor: Actor, token: string) {
	authorize(actor, 'help.answerInvitation', PERSONAL_SCOPE);
	const db = await getDb();
	const invitation = await repo.invitationByToken(db, hashToken(token));
	if (!invitation) throw new NotFoundError('error_invitation_unknown');
	const row = await repo.requestDetailById(db, invitation.requestId);
	if (!row) throw new NotFoundError('error_invitation_unknown');
	const org = await orgs.organisationById(row.request.orgId);
	return {
		status: invitation.status,
		mine: row.request.volunteerId === invitation.volunteerId,
		org: { name: org.name, slug: org.slug },
		request: {
			id: row.request.id,
			status: row.request.status,
			description: row.request.description,
			date: row.request.date,
			timeFrom: row.request.timeFrom,
			timeTo: row.request.timeTo,
			needsVog: row.request.needsVog,
			needsCar: row.request.needsCar,
			pickupGiven: !!row.request.pickup,
			urgency: row.request.urgency
		},
		category: row.category,
		areaName: row.areaName
	};
}

/** Accept or decline by the private link. First acceptance wins; later ones hear it is taken. */
export async function answerInvitation(actor: Actor, token: string, answer: 'accept' | 'decline') {
	authorize(actor, 'help.answerInvitation', PERSONAL_SCOPE);
	const db = await getDb();
	const invitation = await repo.invitationByToken(db, hashToken(token));
	if (!invitation) throw new NotFoundError('error_invitation_unknown');
	return answerOne(actor, invitation, answer);
}

/** A signed-in volunteer answers an invitation from their task list. */
export async function answerMyInvitation(actor: Actor, invitationId: string, answer: 'accept' | 'decline') {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const invitation = await repo.invitationById(await getDb(), existingId(invitationId));
	if (!invitation || invitation.volunteerId !== me.personId) throw new NotFoundError();
	return answerOne(actor, invitation, answer);
}

async function answerOne(
	actor: Actor,
	invitation: NonNullable<Awaited<ReturnType<typeof repo.invitationByToken>>>,
	answer: 'accept' | 'decline'
): Promise<'accepted' | 'declined' | 'taken'> {
	const row = await repo.requestDetailById(await getDb(), invitation.requestId);
	if (!row) throw new NotFoundError('error_invitation_unknown');
	if (invitation.status !== 'invited') {
		if (invitation.status === 'accepted') return 'accepted';
		if (invitation.status === 'declined') return 'declined';
		return 'taken';
	}
	if (answer === 'decline') {
		await inTransaction(async (tx) => {
			await repo.answerInvitation(tx, invitation.id, 'declined');
			await audit(tx, actor, {
				action: 'help.invitation_decline',
				subjectType: 'help_request',
				subjectId: row.request.id,
				orgId: row.request.orgId,
				details: { volunteerId: invitation.volunteerId }
			});
		});
		return 'declined';
	}
	// Read before the transaction: on PGlite a query outside an open transaction waits for it to end.
	const org = await orgs.organisationById(row.request.orgId);
	try {
		await inTransaction(async (tx) => {
			await repo.lockRequest(tx, row.request.id);
			const answered = await repo.answerInvitation(tx, invitation.id, 'accepted');
			if (!answered) throw new DomainError('error_request_taken');
			await link(tx, actor, org, row, invitation.volunteerId, 'help.invitation_accept');
		});
		return 'accepted';
	} catch (e) {
		if (!(e instanceof DomainError) && !isUniqueViolation(e)) throw e;
		// Someone else was first: this invitation is no longer needed.
		await inTransaction((tx) => repo.withdrawInvitation(tx, invitation.id));
		return 'taken';
	}
}

// ---------------------------------------------------------------- lifecycle

function allowed(from: HelpStatus, to: HelpStatus) {
	if (!TRANSITIONS[from].includes(to)) throw new DomainError('error_status_change');
}

/** A coordinator takes a request in hand, or puts it back as new. */
export async function setInProgress(actor: Actor, orgId: string, requestId: string, input: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const row = await coordinated(orgId, requestId);
	const data = parseInput(statusNote, input);
	const to: HelpStatus = row.request.status === 'nieuw' ? 'in_behandeling' : 'nieuw';
	allowed(row.request.status, to);
	return changeStatus(actor, row, [row.request.status], to, {}, data.note ?? null);
}

async function changeStatus(
	actor: Actor,
	row: repo.RequestDetail,
	from: readonly HelpStatus[],
	to: HelpStatus,
	values: Partial<repo.NewHelpRequest>,
	note: string | null
) {
	const by = actor.kind === 'person' ? actor.personId : null;
	const closing = to === 'geannuleerd' || to === 'niet_gelukt';
	// A linked volunteer whose help is called off must hear it, or they stand at the door for nothing.
	const calledOff =
		closing && row.request.status === 'gekoppeld' && row.volunteer?.email ? row.volunteer : null;
	const org = calledOff ? await orgs.organisationById(row.request.orgId) : null;
	return inTransaction(async (tx) => {
		const updated = await repo.transition(tx, row.request.orgId, row.request.id, from, {
			...values,
			status: to
		});
		if (!updated) throw new DomainError('error_status_changed_meanwhile');
		await repo.insertEvent(tx, {
			requestId: row.request.id,
			fromStatus: row.request.status,
			toStatus: to,
			byPersonId: by,
			note
		});
		if (closing) await repo.withdrawOpenInvitations(tx, row.request.id);
		// Back from matched to open (the volunteer released it): the request can be accepted again, and the
		// volunteer who released it is not proposed for it again (also after a direct assignment).
		if (row.request.status === 'gekoppeld' && to === 'in_behandeling') {
			await repo.declineAccepted(tx, row.request.id);
			if (row.request.volunteerId)
				await repo.insertInvitation(tx, {
					requestId: row.request.id,
					volunteerId: row.request.volunteerId,
					tokenHash: hashToken(randomBytes(24).toString('base64url')),
					status: 'declined',
					answeredAt: new Date()
				});
		}
		if (calledOff && org)
			await enqueueMail(
				tx,
				helpCalledOffMail(calledOff.email!, summaryOf(row), org.name, asLocale(calledOff.locale), org.id)
			);
		await audit(tx, actor, {
			action: `help.status_${to}`,
			subjectType: 'help_request',
			subjectId: row.request.id,
			orgId: row.request.orgId
		});
		return updated;
	});
}

/** Cancel or "did not work out", with a reason. The resident (or who asked) may cancel their own. */
export async function closeRequest(actor: Actor, orgId: string, requestId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.request', scope);
	const view = await viewRequest(actor, scope, orgId, requestId);
	const data = parseInput(closeInput, input);
	if (view.viewer === 'volunteer') throw new NotFoundError();
	if (view.viewer === 'resident' && data.outcome !== 'geannuleerd')
		throw new DomainError('error_status_change', 403);
	if (!view.can.cancel) throw new DomainError('error_status_change');
	const row = (await repo.requestDetail(await getDb(), orgId, view.request.id))!;
	allowed(row.request.status, data.outcome);
	return changeStatus(
		actor,
		row,
		[row.request.status],
		data.outcome,
		{ closeReason: data.reason },
		data.note ?? null
	);
}

/** The linked volunteer cannot come after all: the request goes back to the coordinator. */
export async function releaseTask(actor: Actor, orgId: string, requestId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.request', scope);
	const view = await viewRequest(actor, scope, orgId, requestId);
	if (!view.can.release) throw new DomainError('error_status_change');
	const data = parseInput(statusNote, input);
	const row = (await repo.requestDetail(await getDb(), orgId, view.request.id))!;
	return changeStatus(
		actor,
		row,
		['gekoppeld'],
		'in_behandeling',
		{ volunteerId: null, matchedAt: null },
		data.note ?? null
	);
}

/**
 * A referral names someone who was not (yet) a member. Once the coordinator has called them and found or
 * registered them, the request is linked to that member: from then on it counts for continuity, blocks and
 * language, and the resident follows it under "Mijn hulpvragen". The address follows the member unless the
 * request had its own.
 */
export async function linkResident(actor: Actor, orgId: string, requestId: string, input: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const row = await coordinated(orgId, requestId);
	const data = parseInput(intakeInput, input);
	if (row.request.personId) throw new DomainError('error_request_has_resident');
	const resident = await repo.activeMember(await getDb(), orgId, data.personId);
	if (!resident)
		throw new DomainError('validation_choose_resident', 400, { personId: 'validation_choose_resident' });
	const own = !!(row.request.address || row.request.postcode);
	return inTransaction(async (tx) => {
		await repo.markRequest(tx, row.request.id, {
			personId: resident.person.id,
			...(own
				? {}
				: { address: resident.person.address, postcode: resident.person.postcode, areaId: resident.areaId }),
			updatedAt: new Date()
		});
		await audit(tx, actor, {
			action: 'help.link_resident',
			subjectType: 'help_request',
			subjectId: row.request.id,
			orgId,
			details: { personId: resident.person.id }
		});
	});
}

/** The coordinator told the resident by phone who comes (the call list's tick). */
export async function markResidentInformed(actor: Actor, orgId: string, requestId: string) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const row = await coordinated(orgId, requestId);
	await inTransaction(async (tx) => {
		await repo.markRequest(tx, row.request.id, { residentInformedAt: new Date() });
		await audit(tx, actor, {
			action: 'help.resident_informed',
			subjectType: 'help_request',
			subjectId: row.request.id,
			orgId
		});
	});
}

// ---------------------------------------------------------------- after the help

/** Hours and km after the help; the request becomes "uitgevoerd". */
export async function logHours(actor: Actor, orgId: string, requestId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.request', scope);
	const view = await viewRequest(actor, scope, orgId, requestId);
	const data = parseInput(reportInput, input);
	if (!view.can.logHours) throw new DomainError('error_status_change');
	if (view.request.date && view.request.date > today()) throw new DomainError('error_not_yet_happened');
	const row = (await repo.requestDetail(await getDb(), orgId, view.request.id))!;
	const rate = (await repo.kmRateCents(await getDb(), orgId)) ?? DEFAULT_KM_RATE_CENTS;
	const by = requirePerson(actor).personId;
	return inTransaction(async (tx) => {
		const updated = await repo.transition(tx, orgId, row.request.id, ['gekoppeld'], { status: 'uitgevoerd' });
		if (!updated) throw new DomainError('error_status_changed_meanwhile');
		await repo.insertReport(tx, {
			requestId: row.request.id,
			volunteerId: row.request.volunteerId,
			hours: data.hours,
			km: data.km,
			kmRateCents: rate,
			note: data.note ?? null,
			loggedBy: by
		});
		await repo.insertEvent(tx, {
			requestId: row.request.id,
			fromStatus: 'gekoppeld',
			toStatus: 'uitgevoerd',
			byPersonId: by
		});
		await audit(tx, actor, {
			action: 'help.log_hours',
			subjectType: 'help_request',
			subjectId: row.request.id,
			orgId
		});
		return updated;
	});
}

/** Feedback by the resident or a coordinator; "not this volunteer again" blocks future suggestions. */
export async function giveFeedback(actor: Actor, orgId: string, requestId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.request', scope);
	const view = await viewRequest(actor, scope, orgId, requestId);
	const data = parseInput(feedbackInput, input);
	if (!view.can.giveFeedback) throw new DomainError('error_status_change');
	const by = requirePerson(actor).personId;
	return inTransaction(async (tx) => {
		const updated = await repo.transition(tx, orgId, view.request.id, ['uitgevoerd'], {
			status: 'geevalueerd'
		});
		if (!updated) throw new DomainError('error_status_changed_meanwhile');
		await repo.insertFeedback(tx, {
			requestId: view.request.id,
			byPersonId: by,
			rating: data.rating,
			comment: data.comment ?? null
		});
		if (data.block && updated.personId && updated.volunteerId)
			await repo.insertBlock(tx, {
				orgId,
				residentId: updated.personId,
				volunteerId: updated.volunteerId,
				createdBy: by
			});
		await repo.insertEvent(tx, {
			requestId: view.request.id,
			fromStatus: 'uitgevoerd',
			toStatus: 'geevalueerd',
			byPersonId: by
		});
		await audit(tx, actor, {
			action: 'help.feedback',
			subjectType: 'help_request',
			subjectId: view.request.id,
			orgId,
			details: { rating: data.rating, block: data.block }
		});
		return updated;
	});
}

// ---------------------------------------------------------------- overviews

export async function board(actor: Actor, orgId: string, filter: unknown) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const f = parseInput(boardFilter, filter);
	const db = await getDb();
	const [result, counts, categories, areas] = await Promise.all([
		repo.board(db, orgId, f),
		repo.statusCounts(db, orgId),
		categoriesOf(orgId),
		orgs.listAreas(actor, orgId)
	]);
	return {
		...result,
		filter: f,
		counts: Object.fromEntries(counts.map((c) => [c.status, c.n])),
		categories,
		areas
	};
}

/** Open requests for the coming days and residents who still have to hear who comes. */
export async function callList(actor: Actor, orgId: string) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const db = await getDb();
	const rows = await repo.callList(db, orgId, addDays(today(), 7));
	const open = rows.filter((r) => (OPEN_STATUSES as readonly string[]).includes(r.status));
	const withSuggestions = await Promise.all(
		open.map(async (r) => {
			const detail = (await repo.requestDetail(db, orgId, r.id))!;
			const top = await matching.suggestVolunteers(actor, subjectOf(detail), 3);
			const phones = await repo.peopleByIds(
				db,
				top.map((s) => s.volunteerId)
			);
			return {
				...r,
				call: top.map((s) => ({ name: s.name, phone: phones.get(s.volunteerId)?.phone ?? null }))
			};
		})
	);
	return {
		open: withSuggestions,
		inform: rows.filter((r) => r.status === 'gekoppeld'),
		generatedAt: new Date()
	};
}

/**
 * What is asked and not served, per category, area and week, next to the supply in the same cells: active
 * volunteers with the fitting skill in that area, and one-off offers of that week.
 */
export async function unmatchedDemand(actor: Actor, orgId: string, filter: unknown) {
	authorize(actor, 'help.demand', await orgs.scopeFor(orgId));
	const f = parseInput(demandFilter, filter);
	const db = await getDb();
	const now = today();
	const from = weekStart(addDays(now, -7 * (f.weeks - 1)));
	const [cells, supply, offers, categories, areas] = await Promise.all([
		repo.demand(db, orgId, from, now),
		repo.standingSupply(db, orgId, now),
		repo.offerSupply(db, orgId, from),
		categoriesOf(orgId),
		orgs.listAreas(actor, orgId)
	]);
	const skillOf = new Map(categories.map((c) => [c.id, c.skill]));
	const volunteersFor = (categoryId: string, areaId: string | null) => {
		const skill = skillOf.get(categoryId);
		return supply
			.filter((s) => s.skill === (skill ?? repo.ANY_SKILL) && (areaId === null || s.areaId === areaId))
			.reduce((n, s) => n + s.volunteers, 0);
	};
	return {
		weeks: f.weeks,
		from,
		rows: cells.map((c) => ({
			...c,
			volunteers: volunteersFor(c.categoryId, c.areaId),
			offers: offers.find((o) => o.week === c.week && o.categoryId === c.categoryId)?.offers ?? 0
		})),
		categories,
		areas
	};
}

// ---------------------------------------------------------------- my requests, tasks and hours

export async function myRequests(actor: Actor) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const rows = await repo.requestsOfPerson(await getDb(), me.personId);
	// The resident (or who referred them) learns the volunteer's first name once matched, nothing more.
	return rows.map((r) => ({
		...r,
		volunteerName:
			r.volunteerName && (MATCHED_STATUSES as readonly string[]).includes(r.status)
				? firstName(r.volunteerName)
				: null
	}));
}

export async function myTasks(actor: Actor) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const db = await getDb();
	const [tasks, invitations] = await Promise.all([
		repo.tasksOfVolunteer(db, me.personId),
		repo.openInvitationsOf(db, me.personId)
	]);
	// The resident's name only while the volunteer is linked (not after a release or a cancellation).
	return {
		tasks: tasks.map((t) => ({
			...t,
			residentName: (MATCHED_STATUSES as readonly string[]).includes(t.status) ? t.residentName : null
		})),
		invitations
	};
}

/** A volunteer's own hours and km in one year, with the reimbursement (for a printable statement). */
export async function myHours(actor: Actor, year: number) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const rows = await repo.hoursOfVolunteer(await getDb(), me.personId, year);
	const totals = rows.reduce(
		(t, r) => ({
			hours: t.hours + r.hours,
			km: t.km + r.km,
			reimbursementCents: t.reimbursementCents + Math.round(r.km * r.kmRateCents)
		}),
		{ hours: 0, km: 0, reimbursementCents: 0 }
	);
	return { year, rows, totals, name: me.name };
}

export async function myPreference(actor: Actor) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const p = await repo.preference(await getDb(), me.personId);
	return { pausedUntil: p?.pausedUntil ?? null, digest: p?.digest ?? false };
}

export async function setMyPreference(actor: Actor, input: unknown) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const data = parseInput(preferenceInput, input);
	await inTransaction(async (tx) => {
		await repo.setPreference(tx, me.personId, { pausedUntil: data.pausedUntil ?? null, digest: data.digest });
		await audit(tx, actor, { action: 'help.preference', subjectType: 'person', subjectId: me.personId });
	});
}

// ---------------------------------------------------------------- one-off offers

export async function listOffers(actor: Actor, orgId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.viewOffers', scope);
	const me = requirePerson(actor);
	const [offers, categories] = await Promise.all([
		repo.offers(await getDb(), orgId, { from: today() }),
		categoriesOf(orgId)
	]);
	return {
		offers: offers.map((o) => ({
			...o,
			volunteerName: firstName(o.volunteerName),
			mine: o.volunteerId === me.personId
		})),
		categories: categories.filter((c) => c.active),
		canOffer: can(actor, 'help.volunteer', scope)
	};
}

export async function createOffer(actor: Actor, orgId: string, input: unknown) {
	authorize(actor, 'help.volunteer', await orgs.scopeFor(orgId));
	const me = requirePerson(actor);
	const data = parseInput(offerInput, input);
	const category = await repo.categoryById(await getDb(), orgId, data.categoryId);
	if (!category || !category.active)
		throw new DomainError('validation_invalid', 400, { categoryId: 'validation_invalid' });
	return inTransaction(async (tx) => {
		const offer = await repo.insertOffer(tx, {
			orgId,
			volunteerId: me.personId,
			categoryId: category.id,
			date: data.date!,
			timeFrom: data.timeFrom ?? null,
			timeTo: data.timeTo ?? null,
			description: data.description,
			seats: data.seats ?? null
		});
		await audit(tx, actor, { action: 'help.offer', subjectType: 'help_offer', subjectId: offer.id, orgId });
		return offer;
	});
}

export async function withdrawOffer(actor: Actor, orgId: string, offerId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'help.volunteer', scope);
	const me = requirePerson(actor);
	const mayAny = can(actor, 'help.coordinate', scope);
	return inTransaction(async (tx) => {
		const offer = await repo.withdrawOffer(tx, orgId, existingId(offerId), mayAny ? null : me.personId);
		if (!offer) throw new NotFoundError();
		await audit(tx, actor, {
			action: 'help.offer_withdraw',
			subjectType: 'help_offer',
			subjectId: offer.id,
			orgId
		});
		return offer;
	});
}

// ---------------------------------------------------------------- scheduled jobs

/** Reminders the day before matched help, to the volunteer and the resident (when they have e-mail). */
export async function sendReminders(actor: Actor, now = new Date()) {
	authorize(actor, 'help.jobs', PERSONAL_SCOPE);
	const tomorrow = addDays(today(now), 1);
	const due = await repo.remindersDue(await getDb(), tomorrow);
	for (const r of due) {
		await inTransaction(async (tx) => {
			const h: HelpSummary = {
				category: { key: r.categoryKey, name: r.categoryName },
				date: r.date,
				timeFrom: r.timeFrom,
				areaName: null
			};
			const path = `/${r.orgSlug}/hulpvragen/${r.id}`;
			if (r.volunteerEmail)
				await enqueueMail(
					tx,
					helpReminderMail(r.volunteerEmail, h, r.orgName, path, asLocale(r.volunteerLocale), r.orgId)
				);
			if (r.residentEmail)
				await enqueueMail(
					tx,
					helpReminderMail(r.residentEmail, h, r.orgName, path, asLocale(r.residentLocale), r.orgId)
				);
			await repo.markRequest(tx, r.id, { reminderSentAt: now });
		});
	}
	return due.length;
}

/** Once a day: volunteers who opted in hear about new open requests that fit their skills and buurt. */
export async function sendDigests(actor: Actor, now = new Date()) {
	authorize(actor, 'help.jobs', PERSONAL_SCOPE);
	const db = await getDb();
	const subscribers = await repo.digestSubscribers(db);
	const byPerson = Map.groupBy(subscribers, (s) => s.personId);
	let sent = 0;
	for (const [personId, orgsOfPerson] of byPerson) {
		const s = orgsOfPerson[0]!;
		if (s.pausedUntil && s.pausedUntil >= today(now)) continue;
		const since = s.lastDigestAt ?? new Date(now.getTime() - 86_400_000);
		if (now.getTime() - since.getTime() < 20 * 3600_000) continue;
		const mails: NewMail[] = [];
		for (const o of orgsOfPerson) {
			const fresh = (await repo.newOpenRequests(db, o.orgId, since)).filter(
				(r) => (!r.skill || o.skills.includes(r.skill)) && (!o.areaId || !r.areaId || r.areaId === o.areaId)
			);
			if (!fresh.length) continue;
			const org = await orgs.organisationById(o.orgId);
			const items = fresh.map((r) => ({
				category: { key: r.categoryKey, name: r.categoryName },
				date: r.date,
				timeFrom: null,
				areaName: r.areaName
			}));
			mails.push(helpDigestMail(s.email!, items, org.name, org.slug, asLocale(s.locale), org.id));
		}
		await inTransaction(async (tx) => {
			for (const mail of mails) await enqueueMail(tx, mail);
			await repo.markDigestSent(tx, personId, now);
		});
		sent += mails.length;
	}
	return sent;
}

// ---------------------------------------------------------------- intake

/** The intake screen: the categories, and the chosen resident (an active member of this organisation). */
export async function intakeContext(actor: Actor, orgId: string, personId: string | undefined) {
	authorize(actor, 'help.coordinate', await orgs.scopeFor(orgId));
	const categories = (await categoriesOf(orgId)).filter((c) => c.active);
	if (!isId(personId)) return { categories, resident: null };
	const row = await repo.activeMember(await getDb(), orgId, personId);
	if (!row) return { categories, resident: null };
	const areas = await orgs.listAreas(actor, orgId);
	const p = row.person;
	return {
		categories,
		resident: {
			id: p.id,
			name: p.name,
			phone: p.phone,
			email: p.email,
			address: p.address,
			postcode: p.postcode,
			languages: p.languages,
			areaName: areas.find((a) => a.id === row.areaId)?.name ?? null
		}
	};
}
