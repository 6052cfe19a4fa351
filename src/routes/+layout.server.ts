import type { LayoutServerLoad } from './$types';
import { myMemberships } from '#lib/server/modules/members/members.usecases.ts';
import { config } from '#lib/server/shared/config.ts';

export const load: LayoutServerLoad = async ({ locals }) => {
	const actor = locals.actor;
	if (actor.kind !== 'person') return { me: null, demoMailbox: config.demoMailbox };
	const memberships = (await myMemberships(actor)).filter((x) => x.status === 'active');
	return {
		me: {
			name: actor.name,
			isAdmin: memberships.some((x) => x.roles.includes('beheerder')),
			staffOrgs: memberships
				.filter((x) => x.roles.some((r) => r === 'coordinator' || r === 'bestuur' || r === 'beheerder'))
				.map((x) => ({ slug: x.orgSlug, name: x.orgName }))
		},
		demoMailbox: config.demoMailbox
	};
};
