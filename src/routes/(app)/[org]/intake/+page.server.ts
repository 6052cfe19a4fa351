import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm, queryValues } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { findResidents, intakeContext, intakeRequest } from '#lib/server/modules/help/help.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const q = (queryValues(url).q ?? '').slice(0, 100);
	const context = await intakeContext(locals.actor, org.id, url.searchParams.get('persoon') ?? undefined);
	const found = context.resident ? [] : await findResidents(locals.actor, org.id, q);
	return { org, q, found, ...context };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => intakeRequest(locals.actor, (await resolveOrganisation(params.org)).org.id, values),
			(created) => redirect(303, localizeHref(`/${params.org}/hulpvragen/${created[0]!.id}?nieuw=1`))
		)
};
