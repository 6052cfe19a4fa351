import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { bookRoom, cancelBooking, getPlace } from '#lib/server/modules/places/places.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const view = await getPlace(locals.actor, org.id, params.place);
	return {
		org,
		...view,
		done: url.searchParams.has('geboekt') ? 'booked' : url.searchParams.has('afgezegd') ? 'cancelled' : null
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;
const back = (params: { org: string; place: string }, done: string) =>
	redirect(303, localizeHref(`/${params.org}/plekken/${params.place}?${done}=1`));

// Both actions redirect, so reloading the page never books twice.
export const actions: Actions = {
	book: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => bookRoom(locals.actor, await orgId(params.org), values),
			() => back(params, 'geboekt')
		),
	cancel: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => cancelBooking(locals.actor, await orgId(params.org), String(values.bookingId ?? '')),
			() => back(params, 'afgezegd')
		)
};
