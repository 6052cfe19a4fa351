import type { PageServerLoad } from './$types';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { listGroups } from '#lib/server/modules/activities/activities.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	return {
		org,
		...(await listGroups(locals.actor, org.id)),
		archived: url.searchParams.has('gearchiveerd')
	};
};
