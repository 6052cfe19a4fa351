import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import {
	createOrganisation,
	resolveOrganisation
} from '#lib/server/modules/organisations/organisations.usecases.ts';
import { authorize } from '#lib/server/shared/policy.ts';
import { NotFoundError } from '#lib/server/shared/errors.ts';

async function parentFrom(url: URL) {
	const slug = url.searchParams.get('parent');
	if (!slug) throw new NotFoundError('error_organisation_not_found');
	return resolveOrganisation(slug);
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { org, scope } = await parentFrom(url);
	authorize(locals.actor, 'organisation.create', scope);
	return { parent: org };
};

export const actions: Actions = {
	default: async ({ locals, request, url }) =>
		handleForm(
			request,
			async (values) => createOrganisation(locals.actor, (await parentFrom(url)).org.id, values),
			(org) => redirect(303, localizeHref(`/beheer/organisaties/${org.slug}?nieuw=1`))
		)
};
