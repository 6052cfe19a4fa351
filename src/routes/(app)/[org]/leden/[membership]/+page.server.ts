import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { endMembership, getMember, setMemberRoles } from '#lib/server/modules/members/members.usecases.ts';
import { z } from 'zod';

const uuid = z.uuid();

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	// A malformed id is simply "not found" (after the policy check inside getMember would be too late
	// for the database, which rejects non-uuids).
	const id = uuid.safeParse(params.membership).success
		? params.membership
		: '00000000-0000-0000-0000-000000000000';
	return { org, member: await getMember(locals.actor, org.id, id), created: url.searchParams.has('nieuw') };
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
