import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { decideJoinRequest, listJoinRequests } from '#lib/server/modules/members/members.usecases.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	return { org, requests: await listJoinRequests(locals.actor, org.id) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) =>
				decideJoinRequest(locals.actor, (await resolveOrganisation(params.org)).org.id, values),
			(decided) => ({ decided: decided.status })
		)
};
