import type { PageServerLoad } from './$types';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { listPlaces } from '#lib/server/modules/places/places.usecases.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	return { org, ...(await listPlaces(locals.actor, org.id)) };
};
