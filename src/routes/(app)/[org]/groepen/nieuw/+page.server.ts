import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { listAreas, resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { createGroup } from '#lib/server/modules/activities/activities.usecases.ts';
import { authorize } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	// Only staff start groups (createGroup checks the same rule): nobody else gets a form they cannot send.
	authorize(locals.actor, 'activity.manage', scope);
	return { org, areas: await listAreas(locals.actor, org.id) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => createGroup(locals.actor, (await resolveOrganisation(params.org)).org.id, values),
			(group) => redirect(303, localizeHref(`/${params.org}/groepen/${group.id}?nieuw=1`))
		)
};
