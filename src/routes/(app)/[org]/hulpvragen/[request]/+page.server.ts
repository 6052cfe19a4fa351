import type { Actions, PageServerLoad } from './$types';
import { handleForm, queryValues, type FormValues } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import * as help from '#lib/server/modules/help/help.usecases.ts';
import type { Actor } from '#lib/server/shared/actor.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const view = await help.getRequest(locals.actor, org.id, params.request);
	const [suggestions, offers] = await Promise.all([
		view.can.coordinate ? help.suggestions(locals.actor, org.id, params.request) : Promise.resolve([]),
		view.viewer === 'volunteer'
			? Promise.resolve([])
			: help.offersForRequest(locals.actor, org.id, params.request)
	]);
	// A referral not yet linked to a member: the coordinator looks the resident up here.
	const search = (queryValues(url).zoek ?? '').slice(0, 100);
	const residents =
		view.can.coordinate && !view.request.personId && search
			? await help.findResidents(locals.actor, org.id, search)
			: [];
	return { org, view, suggestions, offers, search, residents, created: url.searchParams.has('nieuw') };
};

/** Every action of this page: run one use case on this request and show a short confirmation. */
function act(
	run: (actor: Actor, orgId: string, requestId: string, values: FormValues) => Promise<unknown>,
	done: string
) {
	return async ({
		locals,
		params,
		request
	}: {
		locals: App.Locals;
		params: { org: string; request: string };
		request: Request;
	}) =>
		handleForm(
			request,
			async (values) =>
				run(locals.actor, (await resolveOrganisation(params.org)).org.id, params.request, values),
			() => ({ done })
		);
}

export const actions: Actions = {
	assign: act((a, o, r, v) => help.assignVolunteer(a, o, r, v), 'assigned'),
	invite: act((a, o, r, v) => help.inviteVolunteers(a, o, r, v), 'invited'),
	progress: act((a, o, r, v) => help.setInProgress(a, o, r, v), 'status'),
	close: act((a, o, r, v) => help.closeRequest(a, o, r, v), 'closed'),
	release: act((a, o, r, v) => help.releaseTask(a, o, r, v), 'released'),
	informed: act((a, o, r) => help.markResidentInformed(a, o, r), 'informed'),
	hours: act((a, o, r, v) => help.logHours(a, o, r, v), 'hours'),
	feedback: act((a, o, r, v) => help.giveFeedback(a, o, r, v), 'feedback'),
	link: act((a, o, r, v) => help.linkResident(a, o, r, v), 'linked')
};
