import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm, type FormValues } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import * as places from '#lib/server/modules/places/places.usecases.ts';
import type { Actor } from '#lib/server/shared/actor.ts';

const DONE = ['facts', 'hours', 'exception', 'exception_removed', 'room', 'room_removed'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const editing = await places.placeForEditing(locals.actor, org.id, params.place);
	const done = url.searchParams.get('klaar');
	return {
		org,
		...editing,
		created: url.searchParams.has('nieuw'),
		done: DONE.find((d) => d === done) ?? null
	};
};

/** Every action of this page: run one use case on this place, then show the page again with a confirmation
 * (a redirect, so reloading never sends the form twice). */
function act(
	run: (actor: Actor, orgId: string, placeId: string, values: FormValues) => Promise<unknown>,
	done: (typeof DONE)[number]
) {
	return async ({
		locals,
		params,
		request
	}: {
		locals: App.Locals;
		params: { org: string; place: string };
		request: Request;
	}) =>
		handleForm(
			request,
			async (values) =>
				run(locals.actor, (await resolveOrganisation(params.org)).org.id, params.place, values),
			() => redirect(303, localizeHref(`/${params.org}/plekken/${params.place}/bewerken?klaar=${done}`))
		);
}

const id = (values: FormValues, name: string) => String(values[name] ?? '');

export const actions: Actions = {
	facts: act((a, o, p, v) => places.updatePlace(a, o, p, v), 'facts'),
	hours: act((a, o, p, v) => places.setOpeningHours(a, o, p, v), 'hours'),
	addException: act((a, o, p, v) => places.addException(a, o, p, v), 'exception'),
	removeException: act(
		(a, o, p, v) => places.removeException(a, o, p, id(v, 'exceptionId')),
		'exception_removed'
	),
	addRoom: act((a, o, p, v) => places.addRoom(a, o, p, v), 'room'),
	updateRoom: act((a, o, p, v) => places.updateRoom(a, o, p, id(v, 'roomId'), v), 'room'),
	removeRoom: act((a, o, p, v) => places.removeRoom(a, o, p, id(v, 'roomId')), 'room_removed')
};
