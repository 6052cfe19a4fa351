import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { createOffer, listOffers, withdrawOffer } from '#lib/server/modules/help/help.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	return {
		org,
		...(await listOffers(locals.actor, org.id)),
		done: url.searchParams.has('geplaatst')
			? 'created'
			: url.searchParams.has('ingetrokken')
				? 'withdrawn'
				: null
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;

// Both actions redirect, so reloading the page never posts an offer twice.
export const actions: Actions = {
	create: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => createOffer(locals.actor, await orgId(params.org), values),
			() => redirect(303, localizeHref(`/${params.org}/aanbod?geplaatst=1`))
		),
	withdraw: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => withdrawOffer(locals.actor, await orgId(params.org), String(values.offerId ?? '')),
			() => redirect(303, localizeHref(`/${params.org}/aanbod?ingetrokken=1`))
		)
};
