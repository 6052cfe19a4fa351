import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { listAreas, resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { registerManagedMember } from '#lib/server/modules/members/members.usecases.ts';
import { authorize } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	authorize(locals.actor, 'member.registerManaged', scope);
	return { org, areas: (await listAreas(locals.actor, org.id)).filter((a) => a.kind === 'buurt') };
};

export const actions: Actions = {
	default: async ({ locals, params, request, url }) =>
		handleForm(
			request,
			async (values) =>
				registerManagedMember(locals.actor, (await resolveOrganisation(params.org)).org.id, values),
			// Registered during a phone intake: straight back to the intake with this resident chosen.
			({ membership, person }) =>
				redirect(
					303,
					localizeHref(
						url.searchParams.has('intake')
							? `/${params.org}/intake?persoon=${person.id}`
							: `/${params.org}/leden/${membership.id}?nieuw=1`
					)
				)
		)
};
