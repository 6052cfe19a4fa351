// Groups (leefstijlclubs, buurtnetwerken, interest groups), activities with sign-up and wait list,
// attendance, the agendas of an organisation, a city coop and the network, reminders and calendar feeds.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { getDb, type Tx } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { inTransaction } from '../../db/transaction.ts';
import { anonymous, type Actor, type PersonActor } from '../../shared/actor.ts';
import { addDays, instantOf, today, weekStart } from '../../shared/clock.ts';
import {
	DomainError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	ValidationError,
	parseInput
} from '../../shared/errors.ts';
import { existingId, isId } from '../../shared/ids.ts';
import { authorize, can, PERSONAL_SCOPE, requirePerson, type OrgScope } from '../../shared/policy.ts';
import { audit } from '../audit/audit.repository.ts';
import { enqueueMail } from '../notifications/outbox.repository.ts';
import {
	activityCancelledMail,
	activityChangedMail,
	activityPromotedMail,
	activityReminderMail,
	activitySignedUpMail,
	asLocale,
	type ActivitySummary
} from '../notifications/templates.ts';
import * as knowledge from '../knowledge/knowledge.usecases.ts';
import * as orgs from '../organisations/organisations.usecases.ts';
import { openMembership, personById } from '../members/members.repository.ts';
import { bookRoomInTx, cancelBookingsOfActivityInTx } from '../places/places.usecases.ts';
import * as repo from './activities.repository.ts';
import {
	activityInput,
	activityUpdate,
	agendaFilter,
	archiveInput,
	attendanceInput,
	cancelActivityInput,
	groupDecision,
	groupInput,
	groupMemberInput,
	MAX_DURATION_MS,
	memberIdInput,
	occurrenceDates,
	personSearch,
	signUpInput,
	signUpOtherInput,
	signupIdInput,
	type ActivityInput,
	type ActivityUpdate
} from './activities.schemas.ts';

export type { ActivityRow, Group } from './activities.repository.ts';

async function areaBelongsTo(orgId: string, areaId: string) {
	return (await orgs.listAreas(anonymous, orgId)).some((a) => a.id === areaId);
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// ---------------------------------------------------------------- who may do what here

interface Standing {
	scope: OrgScope;
	/** Active member of the organisation (any role). */
	member: boolean;
	/** Staff (coordinator, bestuur, beheerder): manages every group and activity of the organisation. */
	manager: boolean;
	/** Groups of this organisation the person is an active member of, and those they organise. */
	groupIds: string[];
	organiserOf: string[];
}

async function standing(actor: Actor, orgId: string, scope?: OrgScope): Promise<Standing> {
	scope ??= await orgs.scopeFor(orgId);
	const member = can(actor, 'activity.viewMembers', scope);
	const manager = can(actor, 'activity.manage', scope);
	if (actor.kind !== 'person') return { scope, member, manager, groupIds: [], organiserOf: [] };
	const db = await getDb();
	const [groupIds, organiserOf] = await Promise.all([
		repo.myGroupIds(db, orgId, actor.personId),
		repo.myGroupIds(db, orgId, actor.personId, 'organiser')
	]);
	return { scope, member, manager, groupIds, organiserOf };
}

/** May this actor change the group, or activities of the group (organisers of their own group; staff all)? */
const managesGroup = (s: Standing, groupId: string | null | undefined) =>
	s.manager || (!!groupId && s.organiserOf.includes(groupId));

/** Can the actor see this activity at all? */
function sees(s: Standing, a: { visibility: string; groupId: string | null }) {
	if (a.visibility === 'public') return true;
	if (s.manager) return true;
	if (a.visibility === 'members') return s.member;
	return !!a.groupId && (s.groupIds.includes(a.groupId) || s.organiserOf.includes(a.groupId));
}

function notVisible(actor: Actor): never {
	// Anonymous visitors are asked to sign in; signed-in outsiders learn nothing (not even that it exists).
	throw actor.kind === 'anonymous'
		? new UnauthenticatedError()
		: new NotFoundError('error_activity_not_found');
}

/** After `activity.organise` passed: the activity, if the actor is staff or organises its group. */
async function activityToManage(actor: Actor, orgId: string, activityId: string, scope: OrgScope) {
	const a = await loadActivity(orgId, activityId);
	const s = await standing(actor, orgId, scope);
	if (!managesGroup(s, a.groupId)) throw new ForbiddenError();
	return { a, s };
}

async function loadActivity(orgId: string, activityId: string) {
	const a = await repo.findActivity(await getDb(), orgId, existingId(activityId));
	if (!a) throw new NotFoundError('error_activity_not_found');
	return a;
}

async function loadGroup(orgId: string, groupId: string) {
	const g = await repo.findGroup(await getDb(), orgId, existingId(groupId));
	if (!g || g.archivedAt) throw new NotFoundError('error_group_not_found');
	return g;
}

function summaryOf(a: repo.ActivityRow): ActivitySummary {
	return {
		title: a.title,
		startsAt: a.startsAt,
		endsAt: a.endsAt,
		where: a.placeName ? [a.placeName, a.placeAddress].filter(Boolean).join(', ') : (a.address ?? '')
	};
}

const activityPath = (a: { orgSlug: string; id: string }) => `/${a.orgSlug}/agenda/${a.id}`;

// ---------------------------------------------------------------- groups

export async function listGroups(actor: Actor, orgId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.viewPublic', scope);
	const s = await standing(actor, orgId, scope);
	const rows = await repo.groupsOf(await getDb(), orgId, actor.kind === 'person' ? actor.personId : null);
	return {
		groups: rows.filter((g) => g.visibility === 'public' || s.member || s.manager),
		canCreate: s.manager
	};
}

export async function getGroup(actor: Actor, orgId: string, groupId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.viewPublic', scope);
	const group = await loadGroup(orgId, groupId);
	const s = await standing(actor, orgId, scope);
	if (group.visibility !== 'public' && !s.member && !s.manager) notVisible(actor);
	const db = await getDb();
	const manages = managesGroup(s, group.id);
	const now = new Date();
	const [organisers, members, activities, mine] = await Promise.all([
		repo.organisers(db, group.id),
		manages ? repo.groupMembers(db, group.id) : Promise.resolve([]),
		repo.agenda(db, {
			orgIds: [orgId],
			visible: repo.visibleTo(s),
			from: now,
			to: new Date(now.getTime() + 365 * 86_400_000),
			groupId: group.id,
			limit: 20
		}),
		actor.kind === 'person' ? repo.groupMembership(db, group.id, actor.personId) : Promise.resolve(undefined)
	]);
	return {
		group,
		organisers: organisers.map((o) => o.name),
		members,
		activities,
		myMembership: mine ?? null,
		canJoin: s.member && !mine && group.joinPolicy !== 'closed',
		canManage: manages,
		canAddActivity: manages
	};
}

export async function createGroup(actor: Actor, orgId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.manage', scope);
	const data = parseInput(groupInput, input);
	const areaOk = data.areaId ? await areaBelongsTo(orgId, data.areaId) : true;
	if (!areaOk) throw new ValidationError({ areaId: 'validation_invalid' });
	return inTransaction(async (tx) => {
		const group = await repo
			.insertGroup(tx, {
				orgId,
				...data,
				description: data.description ?? '',
				areaId: data.areaId ?? null,
				createdBy: actor.kind === 'person' ? actor.personId : null
			})
			.catch((e: unknown) => {
				throw isUniqueViolation(e) ? new ValidationError({ name: 'error_group_exists' }) : e;
			});
		if (actor.kind === 'person')
			await repo.insertGroupMember(tx, {
				groupId: group.id,
				personId: actor.personId,
				role: 'organiser',
				status: 'active',
				addedBy: actor.personId
			});
		await audit(tx, actor, {
			action: 'group.create',
			subjectType: 'activity_group',
			subjectId: group.id,
			orgId
		});
		return group;
	});
}

export async function updateGroup(actor: Actor, orgId: string, groupId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const group = await loadGroup(orgId, groupId);
	const s = await standing(actor, orgId, scope);
	if (!managesGroup(s, group.id)) throw new ForbiddenError();
	const data = parseInput(groupInput, input);
	if (data.areaId && !(await areaBelongsTo(orgId, data.areaId)))
		throw new ValidationError({ areaId: 'validation_invalid' });
	return inTransaction(async (tx) => {
		const updated = await repo
			.updateGroup(tx, orgId, group.id, {
				...data,
				description: data.description ?? '',
				areaId: data.areaId ?? null,
				contactName: data.contactName ?? null,
				contactEmail: data.contactEmail ?? null,
				contactPhone: data.contactPhone ?? null
			})
			.catch((e: unknown) => {
				throw isUniqueViolation(e) ? new ValidationError({ name: 'error_group_exists' }) : e;
			});
		await audit(tx, actor, {
			action: 'group.update',
			subjectType: 'activity_group',
			subjectId: group.id,
			orgId
		});
		return updated!;
	});
}

/** Staff archive a group; its past activities stay in history. */
export async function archiveGroup(actor: Actor, orgId: string, groupId: string, input: unknown) {
	authorize(actor, 'activity.manage', await orgs.scopeFor(orgId));
	const group = await loadGroup(orgId, groupId);
	parseInput(archiveInput, input);
	await inTransaction(async (tx) => {
		await repo.updateGroup(tx, orgId, group.id, { archivedAt: new Date() });
		await audit(tx, actor, {
			action: 'group.archive',
			subjectType: 'activity_group',
			subjectId: group.id,
			orgId
		});
	});
}

/** A member joins an open group at once, or asks to join a group "on request". */
export async function joinGroup(actor: Actor, orgId: string, groupId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'group.join', scope);
	const me = requirePerson(actor);
	const group = await loadGroup(orgId, groupId);
	if (group.joinPolicy === 'closed') throw new DomainError('error_group_closed');
	const status = group.joinPolicy === 'open' ? 'active' : 'pending';
	return inTransaction(async (tx) => {
		await repo
			.insertGroupMember(tx, {
				groupId: group.id,
				personId: me.personId,
				role: 'member',
				status,
				addedBy: me.personId
			})
			.catch((e: unknown) => {
				throw isUniqueViolation(e) ? new DomainError('error_already_in_group') : e;
			});
		await audit(tx, actor, {
			action: 'group.join',
			subjectType: 'activity_group',
			subjectId: group.id,
			orgId,
			details: { status }
		});
		return status;
	});
}

export async function leaveGroup(actor: Actor, orgId: string, groupId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.viewPublic', scope);
	const me = requirePerson(actor);
	const group = await loadGroup(orgId, groupId);
	const db = await getDb();
	const mine = await repo.groupMembership(db, group.id, me.personId);
	if (!mine) throw new NotFoundError();
	if (
		mine.role === 'organiser' &&
		mine.status === 'active' &&
		(await repo.countOrganisers(db, group.id)) <= 1
	)
		throw new DomainError('error_last_organiser');
	await inTransaction(async (tx) => {
		await repo.deleteGroupMember(tx, group.id, mine.id);
		await audit(tx, actor, {
			action: 'group.leave',
			subjectType: 'activity_group',
			subjectId: group.id,
			orgId
		});
	});
}

/** After `activity.organise` passed: the group, if the actor organises it (or is staff). */
async function requireGroupManager(actor: Actor, orgId: string, groupId: string, scope: OrgScope) {
	const group = await loadGroup(orgId, groupId);
	const s = await standing(actor, orgId, scope);
	if (!managesGroup(s, group.id)) throw new ForbiddenError();
	return group;
}

/** Organisers add a member of the organisation (also someone without e-mail) or make them organiser. */
export async function addGroupMember(actor: Actor, orgId: string, groupId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const group = await requireGroupManager(actor, orgId, groupId, scope);
	const data = parseInput(groupMemberInput, input);
	if (!(await repo.isActiveMember(await getDb(), orgId, data.personId)))
		throw new ValidationError({ personId: 'validation_choose_person' });
	return inTransaction(async (tx) => {
		const existing = await repo.groupMembership(tx, group.id, data.personId);
		const row = existing
			? await repo.updateGroupMember(tx, group.id, existing.id, { role: data.role, status: 'active' })
			: await repo.insertGroupMember(tx, {
					groupId: group.id,
					personId: data.personId,
					role: data.role,
					status: 'active',
					addedBy: actor.kind === 'person' ? actor.personId : null
				});
		await audit(tx, actor, {
			action: 'group.member_add',
			subjectType: 'activity_group',
			subjectId: group.id,
			orgId,
			details: { personId: data.personId, role: data.role }
		});
		return row;
	});
}

export async function decideGroupMember(actor: Actor, orgId: string, groupId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const group = await requireGroupManager(actor, orgId, groupId, scope);
	const data = parseInput(groupDecision, input);
	await inTransaction(async (tx) => {
		const done =
			data.decision === 'accept'
				? await repo.updateGroupMember(tx, group.id, data.memberId, { status: 'active' })
				: await repo.deleteGroupMember(tx, group.id, data.memberId);
		if (!done) throw new NotFoundError();
		await audit(tx, actor, {
			action: `group.member_${data.decision}`,
			subjectType: 'activity_group',
			subjectId: group.id,
			orgId
		});
	});
}

export async function removeGroupMember(actor: Actor, orgId: string, groupId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const group = await requireGroupManager(actor, orgId, groupId, scope);
	const data = parseInput(memberIdInput, input);
	const db = await getDb();
	const members = await repo.groupMembers(db, group.id);
	const target = members.find((m) => m.id === data.memberId);
	if (!target) throw new NotFoundError();
	if (
		target.role === 'organiser' &&
		members.filter((m) => m.role === 'organiser' && m.status === 'active').length <= 1
	)
		throw new DomainError('error_last_organiser');
	await inTransaction(async (tx) => {
		await repo.deleteGroupMember(tx, group.id, target.id);
		await audit(tx, actor, {
			action: 'group.member_remove',
			subjectType: 'activity_group',
			subjectId: group.id,
			orgId,
			details: { personId: target.personId }
		});
	});
}

/** Members of the organisation by name or phone (for adding to a group or signing someone up). */
export async function findMembers(actor: Actor, orgId: string, query: unknown) {
	authorize(actor, 'activity.organise', await orgs.scopeFor(orgId));
	const s = await standing(actor, orgId);
	if (!s.manager && !s.organiserOf.length) throw new ForbiddenError();
	const { q } = parseInput(personSearch, query);
	if (!q || q.length < 2) return [];
	return repo.searchMembers(await getDb(), orgId, q);
}

// ---------------------------------------------------------------- activities

/** What the activity form needs: groups the actor may plan for, buurten and meeting places with rooms. */
export async function activityFormContext(actor: Actor, orgId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const s = await standing(actor, orgId, scope);
	if (!s.manager && !s.organiserOf.length) throw new ForbiddenError();
	const db = await getDb();
	const [groups, areas, places, courses] = await Promise.all([
		repo.groupsOf(db, orgId, null),
		orgs.listAreas(actor, orgId),
		repo.placesWithRooms(db, orgId),
		knowledge.browse(actor, {}, ['opleiding'])
	]);
	return {
		groups: groups.filter((g) => s.manager || s.organiserOf.includes(g.id)),
		areas,
		places,
		/** Courses of the knowledge network this organisation may plan dates of. */
		courses: courses.rows.map((c) => ({ id: c.id, title: c.title, orgName: c.orgName })),
		canPlanWithoutGroup: s.manager
	};
}

/** Checks the group, place and room of an activity against the organisation; returns the area to file it under. */
async function checkReferences(
	actor: Actor,
	orgId: string,
	s: Standing,
	data: Pick<ActivityInput, 'groupId' | 'placeId' | 'roomId' | 'areaId' | 'courseId'>
) {
	if (data.courseId) {
		// Only a course (opleiding) the planner may see can get dates here.
		const course = await knowledge.getItem(actor, data.courseId).catch(() => null);
		if (!course || course.item.type !== 'opleiding')
			throw new ValidationError({ courseId: 'validation_invalid' });
	}
	if (data.groupId) {
		const group = await repo.findGroup(await getDb(), orgId, data.groupId);
		if (!group || group.archivedAt) throw new ValidationError({ groupId: 'validation_invalid' });
	}
	if (!managesGroup(s, data.groupId)) {
		// Organisers plan only for their own group; staff plan anything.
		throw data.groupId ? new ForbiddenError() : new ValidationError({ groupId: 'validation_required' });
	}
	let areaId = data.areaId ?? null;
	if (areaId && !(await areaBelongsTo(orgId, areaId)))
		throw new ValidationError({ areaId: 'validation_invalid' });
	if (data.placeId) {
		const places = await repo.placesWithRooms(await getDb(), orgId);
		const place = places.find((p) => p.id === data.placeId);
		if (!place) throw new ValidationError({ placeId: 'validation_invalid' });
		if (data.roomId && !place.rooms.some((r) => r.id === data.roomId))
			throw new ValidationError({ roomId: 'validation_invalid' });
		areaId ??= place.areaId;
	} else if (data.roomId) throw new ValidationError({ roomId: 'validation_invalid' });
	return areaId;
}

function spanOf(day: string, timeFrom: string, timeTo: string) {
	const startsAt = instantOf(day, timeFrom);
	const endsAt = instantOf(day, timeTo);
	if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_MS)
		throw new ValidationError({ timeTo: 'validation_too_long_duration' });
	return { startsAt, endsAt };
}

export async function createActivity(actor: Actor, orgId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const s = await standing(actor, orgId, scope);
	if (!s.manager && !s.organiserOf.length) throw new ForbiddenError();
	const data = parseInput(activityInput, input);
	const areaId = await checkReferences(actor, orgId, s, data);
	const dates = occurrenceDates(data.date!, data.repeatUntil, data.recurrence, data.exceptDates);
	if (!dates.length) throw new ValidationError({ exceptDates: 'validation_no_dates_left' });
	const seriesId = dates.length > 1 ? randomUUID() : null;
	const rows = dates.map((day) => ({
		orgId,
		groupId: data.groupId ?? null,
		courseId: data.courseId ?? null,
		seriesId,
		recurrence: dates.length > 1 ? data.recurrence : ('none' as const),
		title: data.title,
		description: data.description ?? '',
		theme: data.theme,
		...spanOf(day, data.timeFrom!, data.timeTo!),
		placeId: data.placeId ?? null,
		roomId: data.roomId ?? null,
		address: data.placeId ? null : (data.address ?? null),
		areaId,
		capacity: data.capacity ?? null,
		costCents: data.cost,
		accessibility: data.accessibility ?? '',
		visibility: data.visibility,
		share: data.share,
		contactName: data.contactName ?? null,
		contactPhone: data.contactPhone ?? null,
		createdBy: actor.kind === 'person' ? actor.personId : null
	}));
	return inTransaction(async (tx) => {
		const created = await repo.insertActivities(tx, rows);
		if (data.roomId) await bookRooms(tx, created, actor);
		await audit(tx, actor, {
			action: 'activity.create',
			subjectType: 'activity',
			subjectId: created[0]!.id,
			orgId,
			details: { occurrences: created.length, seriesId }
		});
		return created;
	});
}

/** Books the activity's room for every occurrence; a taken room names the date in the error. */
async function bookRooms(tx: Tx, list: repo.Activity[], actor: Actor) {
	for (const a of list) {
		if (!a.roomId) continue;
		try {
			await bookRoomInTx(tx, {
				roomId: a.roomId,
				orgId: a.orgId,
				groupId: a.groupId,
				activityId: a.id,
				startsAt: a.startsAt,
				endsAt: a.endsAt,
				title: a.title,
				bookedBy: actor.kind === 'person' ? actor.personId : null
			});
		} catch (e) {
			if (e instanceof DomainError) throw new ValidationError({ roomId: e.messageKey });
			throw e;
		}
	}
}

/** The activity page: everything about it, the actor's own sign-up, and what the actor may do. */
export async function getActivity(actor: Actor, orgId: string, activityId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.viewPublic', scope);
	const a = await loadActivity(orgId, activityId);
	const s = await standing(actor, orgId, scope);
	if (!sees(s, a)) notVisible(actor);
	const db = await getDb();
	const mine = actor.kind === 'person' ? await repo.liveSignup(db, a.id, actor.personId) : undefined;
	const position = mine?.status === 'waitlist' ? await repo.waitlistPosition(db, a.id, mine.id) : null;
	const series = a.seriesId ? await repo.seriesDates(db, a.seriesId) : [];
	const manages = managesGroup(s, a.groupId);
	const past = a.endsAt.getTime() < Date.now();
	return {
		// The contact person is for people who are signed in, not for the open web: visitors call the
		// organisation.
		activity: actor.kind === 'anonymous' ? { ...a, contactName: null, contactPhone: null } : a,
		free: a.capacity === null ? null : Math.max(0, a.capacity - a.taken),
		mySignup: mine ? { id: mine.id, status: mine.status, guests: mine.guests, position } : null,
		series: series.filter((d) => d.startsAt.getTime() >= Date.now() - 86_400_000).slice(0, 12),
		canSignUp: actor.kind === 'person' && !mine && a.status === 'scheduled' && !past,
		past,
		canManage: manages
	};
}

export async function updateActivity(actor: Actor, orgId: string, activityId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const { a, s } = await activityToManage(actor, orgId, activityId, scope);
	const data: ActivityUpdate = parseInput(activityUpdate, input);
	if (a.status === 'cancelled') throw new DomainError('error_activity_cancelled');
	const areaId = await checkReferences(actor, orgId, s, data);
	const db = await getDb();
	const ids = data.applyToSeries ? await repo.thisAndLater(db, a) : [a.id];
	const targets = await repo.activitiesByIds(db, ids);
	const span = spanOf(data.date!, data.timeFrom!, data.timeTo!);
	const attendees = await repo.attendeesOf(db, ids);
	return inTransaction(async (tx) => {
		const changed: repo.Activity[] = [];
		for (const t of targets) {
			// This occurrence takes the new date; later ones keep their own date and take the new times.
			const day = t.id === a.id ? data.date! : today(t.startsAt);
			const { startsAt, endsAt } = t.id === a.id ? span : spanOf(day, data.timeFrom!, data.timeTo!);
			const [row] = await repo.updateActivities(tx, orgId, [t.id], {
				title: data.title,
				description: data.description ?? '',
				theme: data.theme,
				groupId: data.groupId ?? null,
				courseId: data.courseId ?? null,
				startsAt,
				endsAt,
				placeId: data.placeId ?? null,
				roomId: data.roomId ?? null,
				address: data.placeId ? null : (data.address ?? null),
				areaId,
				capacity: data.capacity ?? null,
				costCents: data.cost,
				accessibility: data.accessibility ?? '',
				visibility: data.visibility,
				share: data.share,
				contactName: data.contactName ?? null,
				contactPhone: data.contactPhone ?? null,
				// A new time deserves a new reminder.
				reminderSentAt: startsAt.getTime() === t.startsAt.getTime() ? undefined : null
			});
			changed.push(row!);
			const moved =
				startsAt.getTime() !== t.startsAt.getTime() ||
				endsAt.getTime() !== t.endsAt.getTime() ||
				(data.roomId ?? null) !== t.roomId;
			if (moved) {
				await cancelBookingsOfActivityInTx(tx, t.id);
				if (row!.roomId) await bookRooms(tx, [row!], actor);
			}
			// More places may move people up from the wait list.
			await promote(tx, { ...t, capacity: data.capacity ?? null });
			const whereChanged =
				(data.placeId ?? null) !== t.placeId || (data.address ?? null) !== (t.address ?? null);
			if (data.notify && (moved || whereChanged)) {
				const summary = summaryOf({ ...t, ...row!, placeName: t.placeName, placeAddress: t.placeAddress });
				for (const p of attendees.filter((x) => x.activityId === t.id && x.email))
					await enqueueMail(
						tx,
						activityChangedMail(p.email!, summary, t.orgName, activityPath(t), asLocale(p.locale), orgId)
					);
			}
		}
		await audit(tx, actor, {
			action: 'activity.update',
			subjectType: 'activity',
			subjectId: a.id,
			orgId,
			details: { occurrences: changed.length }
		});
		return changed;
	});
}

/** Calls an activity off (one date, or this and the later dates); everyone signed up hears it. */
export async function cancelActivity(actor: Actor, orgId: string, activityId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const { a } = await activityToManage(actor, orgId, activityId, scope);
	const data = parseInput(cancelActivityInput, input);
	const db = await getDb();
	const ids = data.applyToSeries ? await repo.thisAndLater(db, a) : [a.id];
	const targets = (await repo.activitiesByIds(db, ids)).filter((t) => t.status === 'scheduled');
	const attendees = await repo.attendeesOf(
		db,
		targets.map((t) => t.id)
	);
	return inTransaction(async (tx) => {
		for (const t of targets) {
			await repo.updateActivities(tx, orgId, [t.id], { status: 'cancelled', cancelReason: data.reason });
			await cancelBookingsOfActivityInTx(tx, t.id);
			for (const p of attendees.filter((x) => x.activityId === t.id && x.email))
				await enqueueMail(
					tx,
					activityCancelledMail(p.email!, summaryOf(t), data.reason, t.orgName, asLocale(p.locale), orgId)
				);
		}
		await audit(tx, actor, {
			action: 'activity.cancel',
			subjectType: 'activity',
			subjectId: a.id,
			orgId,
			details: { occurrences: targets.length }
		});
		return targets.length;
	});
}

// ---------------------------------------------------------------- sign-up, wait list, attendance

/**
 * Moves people up from the wait list while there is room, strictly in order of sign-up: nobody jumps the
 * queue, not even a smaller party. Runs with the activity row locked. Each promoted person with e-mail
 * hears it; the others show as "moved up" on the attendance list for the coordinator to call.
 */
async function promote(tx: Tx, a: { id: string; capacity: number | null }) {
	const locked = await repo.lockActivity(tx, a.id);
	if (!locked || locked.status !== 'scheduled') return 0;
	let taken = await repo.placesTaken(tx, a.id);
	let moved = 0;
	for (const next of await repo.waitlist(tx, a.id)) {
		if (locked.capacity !== null && taken + 1 + next.guests > locked.capacity) break;
		await repo.updateSignup(tx, next.id, { status: 'confirmed', promotedAt: new Date() });
		taken += 1 + next.guests;
		moved++;
		const [row] = await repo.activitiesByIds(tx, [a.id]);
		const [who] = (await repo.signupsOf(tx, a.id)).filter((x) => x.id === next.id);
		if (row && who?.email)
			await enqueueMail(
				tx,
				activityPromotedMail(
					who.email,
					summaryOf(row),
					row.orgName,
					activityPath(row),
					asLocale(who.locale),
					row.orgId
				)
			);
	}
	return moved;
}

/** Signs a person up in one transaction with the activity locked, so capacity is never exceeded. */
async function signUpPerson(
	actor: Actor,
	a: repo.ActivityRow,
	personId: string,
	guests: number,
	email: { to: string | null; locale: string | null }
) {
	if (a.status !== 'scheduled') throw new DomainError('error_activity_cancelled');
	if (a.endsAt.getTime() < Date.now()) throw new DomainError('error_activity_past');
	return inTransaction(async (tx) => {
		const locked = await repo.lockActivity(tx, a.id);
		if (!locked || locked.status !== 'scheduled') throw new DomainError('error_activity_cancelled');
		if (await repo.liveSignup(tx, a.id, personId)) throw new DomainError('error_already_signed_up');
		const taken = await repo.placesTaken(tx, a.id);
		const fits = locked.capacity === null || taken + 1 + guests <= locked.capacity;
		// Someone already waiting goes first: a newcomer never overtakes the wait list.
		const queue = fits ? await repo.waitlist(tx, a.id) : [];
		const status = fits && queue.length === 0 ? 'confirmed' : 'waitlist';
		const signup = await repo
			.insertSignup(tx, {
				activityId: a.id,
				personId,
				status,
				guests,
				signedUpBy: actor.kind === 'person' ? actor.personId : null
			})
			.catch((e: unknown) => {
				throw isUniqueViolation(e) ? new DomainError('error_already_signed_up') : e;
			});
		if (email.to)
			await enqueueMail(
				tx,
				activitySignedUpMail(
					email.to,
					summaryOf(a),
					status === 'waitlist',
					a.orgName,
					activityPath(a),
					asLocale(email.locale),
					a.orgId
				)
			);
		await audit(tx, actor, {
			action: 'activity.signup',
			subjectType: 'activity',
			subjectId: a.id,
			orgId: a.orgId,
			details: { personId, status, guests }
		});
		return signup;
	});
}

/** A person signs themself up (with up to 4 people coming along). */
export async function signUp(actor: Actor, orgId: string, activityId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.signUp', scope);
	const me: PersonActor = requirePerson(actor);
	const a = await loadActivity(orgId, activityId);
	const s = await standing(actor, orgId, scope);
	if (!sees(s, a)) notVisible(actor);
	const { guests } = parseInput(signUpInput, input);
	return signUpPerson(actor, a, me.personId, guests, { to: me.email, locale: await localeOf(me.personId) });
}

async function localeOf(personId: string) {
	return (await personById(await getDb(), personId))?.locale ?? null;
}

/** A coordinator or the group's organiser signs up a member, e.g. someone who phoned and has no e-mail. */
export async function signUpOther(actor: Actor, orgId: string, activityId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const { a } = await activityToManage(actor, orgId, activityId, scope);
	const data = parseInput(signUpOtherInput, input);
	const db = await getDb();
	if (!(await repo.isActiveMember(db, orgId, data.personId)))
		throw new ValidationError({ personId: 'validation_choose_person' });
	const p = await personById(db, data.personId);
	return signUpPerson(actor, a, data.personId, data.guests, {
		to: p?.email ?? null,
		locale: p?.locale ?? null
	});
}

/** Signs off: one's own sign-up, or (for organisers and coordinators) anyone's. The wait list moves up. */
export async function cancelSignup(actor: Actor, orgId: string, activityId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.signUp', scope);
	const me = requirePerson(actor);
	const a = await loadActivity(orgId, activityId);
	const { signupId } = parseInput(signupIdInput, input);
	const db = await getDb();
	let target = signupId
		? await repo.findSignup(db, a.id, signupId)
		: await repo.liveSignup(db, a.id, me.personId);
	if (!target || target.status === 'cancelled') throw new NotFoundError('error_signup_not_found');
	if (target.personId !== me.personId) {
		const s = await standing(actor, orgId, scope);
		if (!managesGroup(s, a.groupId)) throw new ForbiddenError();
	}
	return inTransaction(async (tx) => {
		await repo.lockActivity(tx, a.id);
		target = await repo.findSignup(tx, a.id, target!.id);
		if (!target || target.status === 'cancelled') throw new NotFoundError('error_signup_not_found');
		await repo.updateSignup(tx, target.id, { status: 'cancelled', cancelledAt: new Date() });
		const moved = target.status === 'confirmed' ? await promote(tx, a) : 0;
		await audit(tx, actor, {
			action: 'activity.signoff',
			subjectType: 'activity',
			subjectId: a.id,
			orgId,
			details: { personId: target.personId, moved }
		});
		return moved;
	});
}

/** The attendance list: who comes (with phone for a call), who waits; for print and for ticking off. */
export async function attendanceList(actor: Actor, orgId: string, activityId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const { a } = await activityToManage(actor, orgId, activityId, scope);
	const all = await repo.signupsOf(await getDb(), a.id);
	return {
		activity: a,
		confirmed: all.filter((x) => x.status === 'confirmed'),
		waitlist: all.filter((x) => x.status === 'waitlist'),
		/** Moved up from the wait list without e-mail: the coordinator must call them. */
		toCall: all.filter((x) => x.status === 'confirmed' && x.promotedAt && !x.email)
	};
}

export async function recordAttendance(actor: Actor, orgId: string, activityId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.organise', scope);
	const { a } = await activityToManage(actor, orgId, activityId, scope);
	const { present } = parseInput(attendanceInput, input);
	const confirmed = (await repo.signupsOf(await getDb(), a.id)).filter((x) => x.status === 'confirmed');
	const known = present.filter((id) => confirmed.some((c) => c.id === id));
	await inTransaction(async (tx) => {
		await repo.setAttendance(tx, a.id, known, actor.kind === 'person' ? actor.personId : null);
		await audit(tx, actor, {
			action: 'activity.attendance',
			subjectType: 'activity',
			subjectId: a.id,
			orgId,
			details: { present: known.length, of: confirmed.length }
		});
	});
	return known.length;
}

// ---------------------------------------------------------------- agendas

const DEFAULT_WEEKS = 8;

function period(from: string | undefined, to: string | undefined, days = DEFAULT_WEEKS * 7) {
	const first = from ?? today();
	let last = to && to >= first ? to : addDays(first, days - 1);
	if (last > addDays(first, 366)) last = addDays(first, 366);
	return { first, last, from: instantOf(first, '00:00'), to: instantOf(addDays(last, 1), '00:00') };
}

/**
 * The agenda of one organisation. A member organisation lists its own activities as far as the actor may
 * see them. A city coop or the network lists its own public activities plus the public activities its
 * organisations share with it ("city" reaches the city coop, "network" reaches both).
 */
export async function agendaOf(actor: Actor, orgId: string, filterInput: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.viewPublic', scope);
	const org = await orgs.organisationById(orgId);
	const filter = agendaFilter.parse(filterInput ?? {});
	const p = period(filter.from, filter.to);
	const db = await getDb();
	const s = await standing(actor, orgId, scope);
	const umbrella = org.kind === 'network' || org.kind === 'city_coop';
	const common = {
		from: p.from,
		to: p.to,
		areaId: filter.areaId,
		theme: filter.theme,
		free: filter.free,
		groupId: filter.groupId
	};
	let activities: repo.ActivityRow[];
	if (umbrella) {
		const below = (await repo.descendantIds(db, orgId)).filter((id) => id !== orgId);
		const [own, shared] = await Promise.all([
			repo.agenda(db, { ...common, orgIds: [orgId], visible: repo.visibleTo(s) }),
			repo.agenda(db, {
				...common,
				orgIds: below,
				visible: repo.sharedUpTo(org.kind === 'network' ? 'network' : 'city')
			})
		]);
		activities = [...own, ...shared]
			.sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime())
			.slice(0, repo.AGENDA_LIMIT);
	} else {
		activities = await repo.agenda(db, { ...common, orgIds: [orgId], visible: repo.visibleTo(s) });
	}
	return {
		org,
		activities,
		filter: { ...filter, from: p.first, to: p.last },
		limited: activities.length >= repo.AGENDA_LIMIT,
		umbrella,
		canCreate: s.manager || s.organiserOf.length > 0
	};
}

/** "This week in your buurt": the coming 7 days of one buurt (the actor's own when none is chosen). */
export async function weekInBuurt(actor: Actor, orgId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'activity.viewPublic', scope);
	const filter = agendaFilter.parse(input ?? {});
	let areaId = filter.areaId;
	// The person's own buurt on a first visit; once the form was used, an empty choice means "every buurt".
	const chosen = typeof input === 'object' && input !== null && 'areaId' in input;
	if (!areaId && !chosen && actor.kind === 'person')
		areaId = (await openMembership(await getDb(), orgId, actor.personId))?.areaId ?? undefined;
	const first = filter.from ?? today();
	const result = await agendaOf(actor, orgId, { from: first, to: addDays(first, 6), areaId });
	return {
		...result,
		areaId: areaId ?? null,
		week: { first, last: addDays(first, 6), monday: weekStart(first) }
	};
}

/** The person's own sign-ups from today, with their place on the wait list. */
export async function myActivities(actor: Actor) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const db = await getDb();
	const signups = await repo.mySignups(db, me.personId, instantOf(today(), '00:00'));
	const rows = await repo.activitiesByIds(
		db,
		signups.map((x) => x.activityId)
	);
	const items = [];
	for (const row of rows) {
		const su = signups.find((x) => x.activityId === row.id)!;
		items.push({
			activity: row,
			status: su.status,
			guests: su.guests,
			position: su.status === 'waitlist' ? await repo.waitlistPosition(db, row.id, su.signupId) : null
		});
	}
	return { items, hasFeed: await repo.hasFeed(db, me.personId) };
}

// ---------------------------------------------------------------- calendar feeds

/** Public activities of an organisation (or one of its groups) for its iCal feed: 4 weeks back, a year ahead. */
export async function feedActivities(actor: Actor, orgId: string, groupId?: string) {
	authorize(actor, 'activity.viewPublic', await orgs.scopeFor(orgId));
	const group = groupId === undefined ? null : await loadGroup(orgId, groupId);
	if (group && group.visibility !== 'public') throw new NotFoundError('error_group_not_found');
	const now = Date.now();
	const org = await orgs.organisationById(orgId);
	const db = await getDb();
	const common = {
		from: new Date(now - 28 * 86_400_000),
		to: new Date(now + 366 * 86_400_000),
		groupId: group?.id,
		limit: 1000
	};
	let activities = await repo.agenda(db, { ...common, orgIds: [orgId], visible: repo.isPublic });
	if (!group && (org.kind === 'network' || org.kind === 'city_coop')) {
		// A city coop's or the network's feed also carries what its organisations share, as its agenda does.
		const below = (await repo.descendantIds(db, orgId)).filter((id) => id !== orgId);
		const shared = await repo.agenda(db, {
			...common,
			orgIds: below,
			visible: repo.sharedUpTo(org.kind === 'network' ? 'network' : 'city')
		});
		activities = [...activities, ...shared].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
	}
	// A public feed is public: the contact person stays for signed-in people (as on the page).
	return {
		org,
		group: group && { id: group.id, name: group.name },
		activities: activities.map((a) => ({ ...a, contactName: null, contactPhone: null }))
	};
}

/** Makes (or replaces) the person's private calendar link; the token is shown once. */
export async function createCalendarLink(actor: Actor) {
	authorize(actor, 'profile.manage', PERSONAL_SCOPE);
	const me = requirePerson(actor);
	const token = randomBytes(24).toString('base64url');
	await inTransaction(async (tx) => {
		await repo.setFeedToken(tx, me.personId, hashToken(token));
		await audit(tx, actor, { action: 'calendar.link_create', subjectType: 'person', subjectId: me.personId });
	});
	return token;
}

/** The activities in a private calendar link: the person's sign-ups (waiting ones marked tentative). */
export async function personalFeed(actor: Actor, token: string) {
	// The private link is the credential (like the invitation links of Vraag en aanbod).
	authorize(actor, 'activity.viewPublic', PERSONAL_SCOPE);
	if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) throw new NotFoundError();
	const db = await getDb();
	const who = await repo.feedPerson(db, hashToken(token));
	if (!who) throw new NotFoundError();
	const signups = await repo.mySignups(db, who.personId, new Date(Date.now() - 28 * 86_400_000));
	const rows = await repo.activitiesByIds(
		db,
		signups.map((x) => x.activityId)
	);
	return {
		name: who.name,
		activities: rows.map((r) => ({
			...r,
			tentative: signups.find((x) => x.activityId === r.id)?.status === 'waitlist'
		}))
	};
}

// ---------------------------------------------------------------- courses

/** The coming dates of a course (opleiding) in every organisation that plans it, as far as the reader may
 * see them; signing up is the activity's own sign-up (no second sign-up system). */
export async function courseDates(actor: Actor, courseId: string) {
	authorize(actor, 'activity.viewPublic', PERSONAL_SCOPE);
	const course = await knowledge.getItem(actor, courseId);
	if (course.item.type !== 'opleiding') return [];
	const memberOrgIds = actor.kind === 'person' ? actor.memberships.map((m) => m.orgId) : [];
	return repo.courseActivities(await getDb(), course.item.id, memberOrgIds);
}

// ---------------------------------------------------------------- jobs

/** The day before: everyone with a place and an e-mail address gets a reminder. Idempotent. */
export async function sendActivityReminders(actor: Actor, now = new Date()) {
	authorize(actor, 'activity.jobs', PERSONAL_SCOPE);
	const tomorrow = addDays(today(now), 1);
	const db = await getDb();
	const due = await repo.remindersDue(
		db,
		instantOf(tomorrow, '00:00'),
		instantOf(addDays(tomorrow, 1), '00:00')
	);
	const rows = await repo.activitiesByIds(
		db,
		due.map((d) => d.id)
	);
	const attendees = await repo.attendeesOf(
		db,
		rows.map((r) => r.id)
	);
	for (const a of rows) {
		await inTransaction(async (tx) => {
			for (const p of attendees.filter((x) => x.activityId === a.id && x.status === 'confirmed' && x.email))
				await enqueueMail(
					tx,
					activityReminderMail(
						p.email!,
						summaryOf(a),
						a.orgName,
						activityPath(a),
						asLocale(p.locale),
						a.orgId
					)
				);
			await repo.updateActivities(tx, a.orgId, [a.id], { reminderSentAt: now });
		});
	}
	return rows.length;
}

export { isId };
