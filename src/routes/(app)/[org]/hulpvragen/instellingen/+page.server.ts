import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import {
	addCategory,
	listCategories,
	setKmRate,
	updateCategory
} from '#lib/server/modules/help/help.usecases.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	return { org, ...(await listCategories(locals.actor, org.id)) };
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;

export const actions: Actions = {
	add: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => addCategory(locals.actor, await orgId(params.org), values),
			() => ({
				done: 'added'
			})
		),
	update: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) =>
				updateCategory(locals.actor, await orgId(params.org), String(values.categoryId ?? ''), values),
			() => ({ done: 'updated' })
		),
	rate: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => setKmRate(locals.actor, await orgId(params.org), values),
			() => ({
				done: 'rate'
			})
		)
};
