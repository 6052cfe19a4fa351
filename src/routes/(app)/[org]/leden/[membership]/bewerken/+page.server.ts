import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { getMember, updateManagedMember } from '#lib/server/modules/members/members.usecases.ts';
import { DomainError } from '#lib/server/shared/errors.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	const member = await getMember(locals.actor, org.id, params.membership);
	if (!member.canEditProfile) throw new DomainError('error_person_has_account', 403);
	return { org, member };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) =>
				updateManagedMember(
					locals.actor,
					(await resolveOrganisation(params.org)).org.id,
					params.membership,
					values
				),
			() => redirect(303, localizeHref(`/${params.org}/leden/${params.membership}?opgeslagen=1`))
		)
};
