import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { createPlace } from '#lib/server/modules/places/places.usecases.ts';
import { authorize } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	authorize(locals.actor, 'place.manage', scope);
	return { org };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => createPlace(locals.actor, (await resolveOrganisation(params.org)).org.id, values),
			(place) => redirect(303, localizeHref(`/${params.org}/plekken/${place.id}/bewerken?nieuw=1`))
		)
};
