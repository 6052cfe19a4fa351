import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { getItem, useProject, writeContext } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { NotFoundError, ValidationError } from '#lib/server/shared/errors.ts';

// "Use this project": staff take a project from the project bank over as a draft in their own organisation.
// getItem decides whether the reader may see the project; writeContext refuses visitors (401) and people
// who are staff nowhere (403); useProject checks the chosen organisation again.
export const load: PageServerLoad = async ({ locals, params }) => {
	const view = await getItem(locals.actor, params.item);
	if (view.item.type !== 'project') throw new NotFoundError('error_not_a_project');
	const { organisations } = await writeContext(locals.actor);
	const str = (v: unknown) => (typeof v === 'string' ? v : '');
	return {
		project: {
			id: view.item.id,
			title: view.item.title,
			summary: view.item.summary,
			goal: str(view.item.details.goal),
			targetGroup: str(view.item.details.targetGroup),
			projectStatus: view.item.projectStatus
		},
		orgName: view.orgName,
		organisations: organisations
			.filter((o) => view.canUseIn.includes(o.id))
			.map((o) => ({ id: o.id, name: o.name }))
	};
};

export const actions: Actions = {
	use: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => {
				// Who may take projects over at all is asked first, so a visitor hears "sign in", not "choose".
				await writeContext(locals.actor);
				const orgId = typeof values.orgId === 'string' ? values.orgId : '';
				if (!orgId) throw new ValidationError({ orgId: 'validation_choose_org' });
				return useProject(locals.actor, params.item, orgId);
			},
			(copy) => redirect(303, localizeHref(`/kennis/${copy.id}?overgenomen=1`))
		)
};
