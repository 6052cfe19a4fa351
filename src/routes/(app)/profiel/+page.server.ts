import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import {
	getProfile,
	leave,
	myMemberships,
	updateProfile
} from '#lib/server/modules/members/members.usecases.ts';

export const load: PageServerLoad = async ({ locals }) => ({
	profile: await getProfile(locals.actor),
	memberships: await myMemberships(locals.actor)
});

export const actions: Actions = {
	save: async ({ locals, request }) =>
		handleForm(
			request,
			(values) => updateProfile(locals.actor, values),
			() => ({ saved: true })
		),
	leave: async ({ locals, request }) =>
		handleForm(
			request,
			(values) => leave(locals.actor, String(values.membershipId ?? '')),
			() => ({ left: true })
		)
};
