import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm, queryValues } from '#lib/server/http/forms.ts';
import {
	attendanceList,
	cancelSignup,
	findMembers,
	recordAttendance,
	signUpOther
} from '#lib/server/modules/activities/activities.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';

const NOTICES = ['opgeslagen', 'aangemeld', 'afgemeld'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const list = await attendanceList(locals.actor, org.id, params.activity);
	// Signing up someone else (e.g. who phoned): look the member up by name or phone.
	const q = (queryValues(url).q ?? '').trim().slice(0, 100);
	const found = q ? await findMembers(locals.actor, org.id, { q }) : [];
	const signedUp = new Set([...list.confirmed, ...list.waitlist].map((s) => s.personId));
	return {
		org,
		...list,
		past: list.activity.endsAt.getTime() < Date.now(),
		q,
		found: found.map((p) => ({ ...p, signedUp: signedUp.has(p.personId) })),
		notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;
const back = (params: { org: string; activity: string }, notice: string) =>
	redirect(303, localizeHref(`/${params.org}/agenda/${params.activity}/aanwezig?${notice}=1`));

// Every action redirects, so reloading the page never posts twice.
export const actions: Actions = {
	attendance: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => recordAttendance(locals.actor, await orgId(params.org), params.activity, values),
			() => back(params, 'opgeslagen')
		),
	signUpOther: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => signUpOther(locals.actor, await orgId(params.org), params.activity, values),
			() => back(params, 'aangemeld')
		),
	cancelSignup: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => cancelSignup(locals.actor, await orgId(params.org), params.activity, values),
			() => back(params, 'afgemeld')
		)
};
