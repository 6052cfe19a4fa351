import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { createMeeting, governanceSettings } from '#lib/server/modules/governance/governance.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { authorize } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	const { noticeDays } = await governanceSettings(locals.actor, org.id);
	// Only bestuur plans a meeting: members get 403 here, not a form that fails on sending.
	authorize(locals.actor, 'governance.manage', scope);
	return { org, noticeDays };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => createMeeting(locals.actor, (await resolveOrganisation(params.org)).org.id, values),
			// Too late for the statutory notice period: the meeting page says so clearly.
			({ meeting, late }) =>
				redirect(303, localizeHref(`/${params.org}/alv/${meeting.id}?${late ? 'telaat' : 'nieuw'}=1`))
		)
};
