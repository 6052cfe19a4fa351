import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { listAreas, resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { listMembers } from '#lib/server/modules/members/members.usecases.ts';
import { can } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	const members = await listMembers(locals.actor, org.id, queryValues(url));
	return {
		org,
		members,
		areas: await listAreas(locals.actor, org.id),
		canExport: can(locals.actor, 'member.export', scope),
		canRegister: can(locals.actor, 'member.registerManaged', scope)
	};
};
