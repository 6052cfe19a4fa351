import type { Role } from '#lib/domain/members.ts';

/** An active membership as the policy sees it. */
export interface ActorMembership {
	orgId: string;
	roles: readonly Role[];
}

export type Actor =
	| { kind: 'anonymous' }
	| {
			kind: 'person';
			userId: string | null;
			personId: string;
			name: string;
			email: string | null;
			memberships: readonly ActorMembership[];
	  }
	/** Scripts, jobs and the seed act as the system; every such use is explicit. */
	| { kind: 'system'; reason: string };

export type PersonActor = Extract<Actor, { kind: 'person' }>;

export const anonymous: Actor = { kind: 'anonymous' };

export function systemActor(reason: string): Actor {
	return { kind: 'system', reason };
}

export function rolesIn(actor: Actor, orgId: string): readonly Role[] {
	if (actor.kind !== 'person') return [];
	return actor.memberships.find((m) => m.orgId === orgId)?.roles ?? [];
}
