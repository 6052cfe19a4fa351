import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { board } from '#lib/server/modules/help/help.usecases.ts';
import { can } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	return {
		org,
		board: await board(locals.actor, org.id, queryValues(url)),
		canSeeDemand: can(locals.actor, 'help.demand', scope)
	};
};
