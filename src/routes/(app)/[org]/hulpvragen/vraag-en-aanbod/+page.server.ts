import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { unmatchedDemand } from '#lib/server/modules/help/help.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	return { org, demand: await unmatchedDemand(locals.actor, org.id, queryValues(url)) };
};
