import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { createProposal, getMeeting } from '#lib/server/modules/governance/governance.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { ForbiddenError } from '#lib/server/shared/errors.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const view = await getMeeting(locals.actor, org.id, params.meeting);
	// Members may read the meeting, only bestuur writes proposals.
	if (!view.canManage) throw new ForbiddenError();
	const agenda = view.agenda.map((a) => ({ id: a.id, title: a.title }));
	// From an agenda item on the meeting page: `?agendapunt=<id>` chooses that item.
	const chosen = url.searchParams.get('agendapunt');
	return {
		org,
		meeting: { id: view.meeting.id, title: view.meeting.title },
		agenda,
		defaults: {
			agendaItemId: agenda.some((a) => a.id === chosen) ? chosen! : '',
			kind: 'yes_no',
			ballot: 'open',
			majority: 'simple'
		}
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) =>
				createProposal(locals.actor, (await resolveOrganisation(params.org)).org.id, params.meeting, values),
			(created) => redirect(303, localizeHref(`/${params.org}/alv/voorstellen/${created.id}?nieuw=1`))
		)
};
