import type { LayoutServerLoad } from './$types';
import { myMemberships } from '#lib/server/modules/members/members.usecases.ts';
import { config } from '#lib/server/shared/config.ts';
import { can } from '#lib/server/shared/policy.ts';

export const load: LayoutServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	if (actor.kind !== 'person') return { me: null, demoMailbox: config.demoMailbox };
	const memberships = (await myMemberships(actor)).filter((x) => x.status === 'active');
	return {
		me: {
			name: actor.name,
			isAdmin: memberships.some((x) => x.roles.includes('beheerder')),
			isVolunteer: memberships.some((x) => x.roles.includes('vrijwilliger')),
			// Organisations where this person does staff work; the actions that need no ancestor roles are
			// decided by the policy itself, so links never lead to a 403.
			staffOrgs: memberships
				.filter((x) => can(actor, 'member.list', { orgId: x.orgId, ancestorIds: [] }))
				.map((x) => ({
					slug: x.orgSlug,
					name: x.orgName,
					canRegister: can(actor, 'member.registerManaged', { orgId: x.orgId, ancestorIds: [] }),
					// Vraag en aanbod lives in member organisations, not in a network or city coop.
					canCoordinateHelp:
						x.orgKind !== 'network' &&
						x.orgKind !== 'city_coop' &&
						can(actor, 'help.coordinate', { orgId: x.orgId, ancestorIds: [] })
				}))
		},
		demoMailbox: config.demoMailbox
	};
};
