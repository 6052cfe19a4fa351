import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { endMembership, getMember, setMemberRoles } from '#lib/server/modules/members/members.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	return {
		org,
		member: await getMember(locals.actor, org.id, params.membership),
		created: url.searchParams.has('nieuw'),
		profileSaved: url.searchParams.has('opgeslagen')
	};
};

export const actions: Actions = {
	roles: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) =>
				setMemberRoles(locals.actor, (await resolveOrganisation(params.org)).org.id, {
					...values,
					membershipId: params.membership
				}),
			() => ({ saved: true })
		),
	end: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) =>
				endMembership(locals.actor, (await resolveOrganisation(params.org)).org.id, {
					...values,
					membershipId: params.membership
				}),
			() => ({ ended: true })
		)
};
