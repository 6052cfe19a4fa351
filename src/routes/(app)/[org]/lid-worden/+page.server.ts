import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import { joinContext, requestToJoin } from '#lib/server/modules/members/members.usecases.ts';

export const load: PageServerLoad = async ({ locals, params }) => joinContext(locals.actor, params.org);

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			(values) => requestToJoin(locals.actor, params.org, values),
			() => ({ sent: true })
		)
};
