import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { safeRedirectTarget } from '#lib/server/http/redirect.ts';
import { requestSignInCode, verifySignInCode } from '#lib/server/modules/auth/auth.usecases.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Policy: the sign-in page is public.
	const redirectTo = safeRedirectTarget(url.searchParams.get('redirectTo'));
	return { redirectTo, signedIn: locals.actor.kind === 'person' };
};

export const actions: Actions = {
	requestCode: async ({ request, getClientAddress }) =>
		handleForm(
			request,
			(values) => requestSignInCode(values, getClientAddress()),
			({ email }, values) => ({
				step: 'code' as const,
				email,
				redirectTo: safeRedirectTarget(String(values.redirectTo ?? ''))
			})
		),
	verify: async ({ request, cookies }) =>
		handleForm(
			request,
			(values) => verifySignInCode(values, request.headers),
			(toSet, values) => {
				for (const c of toSet) cookies.set(c.name, c.value, c.options);
				redirect(303, localizeHref(safeRedirectTarget(String(values.redirectTo ?? ''))));
			}
		)
};
