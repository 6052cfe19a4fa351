import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import { answerInvitation, invitationByToken } from '#lib/server/modules/help/help.usecases.ts';

// The link in the invitation mail: the token is the credential, so no sign-in. The token is in the URL:
// never send it to another site as a referrer, never cache or index the page. (`same-origin`, not
// `no-referrer`: with no referrer at all the browser posts the answer with `Origin: null`, which the
// cross-site form check rightly refuses.)
export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	setHeaders({ 'Referrer-Policy': 'same-origin', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	return { invitation: await invitationByToken(locals.actor, params.token) };
};

export const actions: Actions = {
	accept: async ({ locals, params, request }) =>
		handleForm(
			request,
			() => answerInvitation(locals.actor, params.token, 'accept'),
			(outcome) => ({ outcome })
		),
	decline: async ({ locals, params, request }) =>
		handleForm(
			request,
			() => answerInvitation(locals.actor, params.token, 'decline'),
			(outcome) => ({ outcome })
		)
};
