import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { activityFormContext, createActivity } from '#lib/server/modules/activities/activities.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const context = await activityFormContext(locals.actor, org.id);
	// From a group's page: `?groep=<id>` chooses that group (when the person may plan for it).
	const groep = url.searchParams.get('groep');
	const groupId = context.groups.some((g) => g.id === groep) ? groep! : '';
	// From a course in the knowledge network: `?cursus=<id>` makes this a date of that course.
	const cursus = url.searchParams.get('cursus');
	const courseId = context.courses.some((c) => c.id === cursus) ? cursus! : '';
	return {
		org,
		...context,
		groups: context.groups.map((g) => ({ id: g.id, name: g.name })),
		defaults: { groupId, courseId, recurrence: 'none', visibility: 'public', share: 'organisation' }
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => createActivity(locals.actor, (await resolveOrganisation(params.org)).org.id, values),
			// A series opens on its first date.
			(created) => redirect(303, localizeHref(`/${params.org}/agenda/${created[0]!.id}?nieuw=1`))
		)
};
