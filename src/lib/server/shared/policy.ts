// The one authorisation mechanism. Every use case starts with `authorize(actor, action, scope)`.
// Rules are data: which roles allow an action, and whether roles held on an ancestor organisation
// (city coop, network) count. Higher levels never get personal data of lower levels by cascade: only
// organisation management cascades.
import type { Role } from '#lib/domain/members.ts';
import type { Actor, PersonActor } from './actor.ts';
import { ForbiddenError, UnauthenticatedError } from './errors.ts';

/** Where an action happens: the organisation and its ancestors (nearest first). */
export interface OrgScope {
	orgId: string;
	ancestorIds: readonly string[];
}

interface Rule {
	roles: readonly Role[];
	/** Anyone may do this, signed in or not (public pages). Still called, so every use case has a check. */
	public?: boolean;
	/** Any signed-in person may do this (own profile, asking to join). */
	anyPerson?: boolean;
	/** Roles held on an ancestor organisation also allow this action. */
	cascade?: boolean;
}

const STAFF: readonly Role[] = ['coordinator', 'bestuur', 'beheerder'];
/** Every role of a member organisation except the read-only partner. */
const MEMBERS: readonly Role[] = [
	'bewoner',
	'vrijwilliger',
	'mantelzorger',
	'professional',
	'sociaal_ondernemer',
	'coordinator',
	'bestuur',
	'beheerder'
];
const COORDINATION: readonly Role[] = ['coordinator', 'beheerder'];

export const RULES = {
	'organisation.viewPublic': { roles: [], public: true },
	'member.join': { roles: [], anyPerson: true },
	'profile.manage': { roles: [], anyPerson: true },
	'organisation.create': { roles: ['beheerder'], cascade: true },
	'organisation.update': { roles: ['beheerder'], cascade: true },
	'member.list': { roles: STAFF },
	'member.view': { roles: STAFF },
	'member.decide': { roles: STAFF },
	'member.registerManaged': { roles: ['coordinator', 'beheerder'] },
	'member.editManaged': { roles: ['coordinator', 'beheerder'] },
	'member.end': { roles: STAFF },
	'member.setRoles': { roles: ['bestuur', 'beheerder'] },
	'member.export': { roles: ['bestuur', 'beheerder'] },
	'outbox.read': { roles: ['beheerder'], cascade: true },
	'audit.read': { roles: ['beheerder'] },
	// Vraag en aanbod. Own requests and tasks are further limited to the person's own in the use case.
	'help.request': { roles: MEMBERS },
	'help.refer': { roles: ['mantelzorger', 'professional', ...COORDINATION] },
	'help.coordinate': { roles: COORDINATION },
	'help.match': { roles: COORDINATION },
	'help.volunteer': { roles: ['vrijwilliger', ...COORDINATION] },
	'help.viewOffers': { roles: MEMBERS },
	'help.demand': { roles: STAFF },
	/** The private link in an invitation mail is the credential; the use case checks the token. */
	'help.answerInvitation': { roles: [], public: true },
	/** Scheduled jobs (reminders, digests): only the system actor passes. */
	'help.jobs': { roles: [] },
	// Groups, activities, agenda. Visibility (public / members / group) is further checked in the use case.
	'activity.viewPublic': { roles: [], public: true },
	'activity.viewMembers': { roles: MEMBERS },
	/** Signing oneself up: any signed-in person for a public activity; the use case checks visibility. */
	'activity.signUp': { roles: [], anyPerson: true },
	/** Create and change any activity or group of the organisation, sign up others, attendance lists.
	 * Group organisers may do the same for their own group; the use case checks that. */
	'activity.manage': { roles: STAFF },
	'activity.organise': { roles: MEMBERS },
	'group.join': { roles: MEMBERS },
	'activity.jobs': { roles: [] },
	// Meeting places: their facts are public; staff keep them up to date; groups book rooms.
	'place.viewPublic': { roles: [], public: true },
	'place.manage': { roles: STAFF },
	'place.book': { roles: MEMBERS },
	'place.viewBookings': { roles: MEMBERS },
	// Knowledge network. Reading is open to all; the use case shows an item only within its share scope.
	'knowledge.view': { roles: [], public: true },
	/** Write and share items of one's own organisation (network and city staff write for theirs). */
	'knowledge.edit': { roles: STAFF },
	/** "Use this project": copy a project from the bank into one's own organisation. */
	'knowledge.useProject': { roles: STAFF },
	'knowledge.jobs': { roles: [] },
	// Governance: every member sees the general assembly and votes (one member, one vote, whatever the
	// role); bestuur prepares it, records paper votes, proxies and attendance, and closes the vote.
	'governance.view': { roles: MEMBERS },
	'governance.vote': { roles: MEMBERS },
	'governance.manage': { roles: ['bestuur', 'beheerder'] },
	'governance.jobs': { roles: [] }
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof RULES;

export function can(actor: Actor, action: Action, scope: OrgScope): boolean {
	const rule: Rule = RULES[action];
	if (rule.public || actor.kind === 'system') return true;
	if (actor.kind !== 'person') return false;
	if (rule.anyPerson) return true;
	const orgs = rule.cascade ? [scope.orgId, ...scope.ancestorIds] : [scope.orgId];
	return actor.memberships.some((m) => orgs.includes(m.orgId) && m.roles.some((r) => rule.roles.includes(r)));
}

/** Throws 401 for anonymous visitors and 403 for people without the right role in this scope. */
export function authorize(actor: Actor, action: Action, scope: OrgScope): void {
	if (can(actor, action, scope)) return;
	throw actor.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
}

/** For use cases about one's own data: any signed-in person (or the system). */
export function requirePerson(actor: Actor): PersonActor {
	if (actor.kind === 'person') return actor;
	throw actor.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
}

/** Scope for actions that are not about one organisation (own profile). */
export const PERSONAL_SCOPE: OrgScope = { orgId: '', ancestorIds: [] };
