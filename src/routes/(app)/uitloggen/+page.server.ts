import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { signOut } from '#lib/server/modules/auth/auth.usecases.ts';

// Policy: anyone may sign out; signing out without a session just returns home.
export const load: PageServerLoad = async ({ locals }) => ({ signedIn: locals.actor.kind === 'person' });

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		for (const c of await signOut(request.headers)) cookies.set(c.name, c.value, c.options);
		redirect(303, localizeHref('/'));
	}
};
