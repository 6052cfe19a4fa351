import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { referRequest, requestFormContext, requestHelp } from '#lib/server/modules/help/help.usecases.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	return { org, ...(await requestFormContext(locals.actor, org.id)) };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => {
				const { org } = await resolveOrganisation(params.org);
				return values.for === 'other'
					? referRequest(locals.actor, org.id, values)
					: requestHelp(locals.actor, org.id, values);
			},
			(created) => redirect(303, localizeHref(`/${params.org}/hulpvragen/${created[0]!.id}?nieuw=1`))
		)
};
