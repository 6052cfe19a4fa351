import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { listAreas, resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { archiveGroup, getGroup, updateGroup } from '#lib/server/modules/activities/activities.usecases.ts';
import { ForbiddenError, UnauthenticatedError } from '#lib/server/shared/errors.ts';
import { can } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	const view = await getGroup(locals.actor, org.id, params.group);
	// Organisers of this group and staff edit it (updateGroup checks the same); others get no form.
	if (!view.canManage)
		throw locals.actor.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
	return {
		org,
		group: view.group,
		areas: await listAreas(locals.actor, org.id),
		// Only staff archive (archiveGroup decides); the button is left out for the others.
		canArchive: can(locals.actor, 'activity.manage', scope)
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;

export const actions: Actions = {
	save: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => updateGroup(locals.actor, await orgId(params.org), params.group, values),
			() => redirect(303, localizeHref(`/${params.org}/groepen/${params.group}?opgeslagen=1`))
		),
	archive: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => archiveGroup(locals.actor, await orgId(params.org), params.group, values),
			() => redirect(303, localizeHref(`/${params.org}/groepen?gearchiveerd=1`))
		)
};
