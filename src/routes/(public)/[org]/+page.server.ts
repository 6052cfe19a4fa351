import type { PageServerLoad } from './$types';
import { getPublicOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';

export const load: PageServerLoad = async ({ locals, params }) =>
	getPublicOrganisation(locals.actor, params.org);
