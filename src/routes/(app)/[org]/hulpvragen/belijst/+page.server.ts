import type { PageServerLoad } from './$types';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { callList } from '#lib/server/modules/help/help.usecases.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	return { org, list: await callList(locals.actor, org.id) };
};
