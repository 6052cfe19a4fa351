import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import {
	addArea,
	listAreas,
	parentWijken,
	removeArea,
	resolveOrganisation,
	updateArea,
	updateOrganisation
} from '#lib/server/modules/organisations/organisations.usecases.ts';
import { authorize } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	authorize(locals.actor, 'organisation.update', scope);
	return {
		org,
		areas: await listAreas(locals.actor, org.id),
		wijken: await parentWijken(locals.actor, org.id),
		created: url.searchParams.has('nieuw')
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;

export const actions: Actions = {
	update: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => updateOrganisation(locals.actor, await orgId(params.org), values),
			() => ({ saved: 'org' })
		),
	addArea: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => addArea(locals.actor, await orgId(params.org), values),
			() => ({ saved: 'area' })
		),
	updateArea: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) =>
				updateArea(locals.actor, await orgId(params.org), String(values.areaId ?? ''), values),
			() => ({ saved: 'area' })
		),
	removeArea: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => removeArea(locals.actor, await orgId(params.org), String(values.areaId ?? '')),
			() => ({ saved: 'area_removed' })
		)
};
