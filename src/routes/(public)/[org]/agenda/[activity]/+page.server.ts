import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { cancelSignup, getActivity, signUp } from '#lib/server/modules/activities/activities.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';

/** Notices after a redirect: `?aangemeld=1` and so on. */
const NOTICES = ['nieuw', 'gewijzigd', 'afgezegd', 'aangemeld', 'afgemeld'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const view = await getActivity(locals.actor, org.id, params.activity);
	const signedIn = locals.actor.kind === 'person';
	return {
		org,
		// The use case leaves out the contact's own phone number for visitors; they get the organisation's.
		...view,
		series: view.series.map((s) => ({ ...s, day: today(s.startsAt) })),
		signedIn,
		notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;
const back = (params: { org: string; activity: string }, notice: string) =>
	redirect(303, localizeHref(`/${params.org}/agenda/${params.activity}?${notice}=1`));

// Both actions redirect, so reloading the page never signs up twice.
export const actions: Actions = {
	signUp: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => signUp(locals.actor, await orgId(params.org), params.activity, values),
			() => back(params, 'aangemeld')
		),
	// Only one's own sign-up: no signupId is passed on.
	cancelSignup: async ({ locals, params, request }) =>
		handleForm(
			request,
			async () => cancelSignup(locals.actor, await orgId(params.org), params.activity, {}),
			() => back(params, 'afgemeld')
		)
};
