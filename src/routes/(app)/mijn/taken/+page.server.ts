import type { Actions, PageServerLoad } from './$types';
import { handleForm } from '#lib/server/http/forms.ts';
import {
	answerMyInvitation,
	myPreference,
	myTasks,
	setMyPreference
} from '#lib/server/modules/help/help.usecases.ts';

export const load: PageServerLoad = async ({ locals }) => {
	const [tasks, preference] = await Promise.all([myTasks(locals.actor), myPreference(locals.actor)]);
	return { ...tasks, preference };
};

export const actions: Actions = {
	accept: async ({ locals, request }) =>
		handleForm(
			request,
			(values) => answerMyInvitation(locals.actor, String(values.invitationId ?? ''), 'accept'),
			(outcome) => ({ outcome })
		),
	decline: async ({ locals, request }) =>
		handleForm(
			request,
			(values) => answerMyInvitation(locals.actor, String(values.invitationId ?? ''), 'decline'),
			(outcome) => ({ outcome })
		),
	preference: async ({ locals, request }) =>
		handleForm(
			request,
			(values) => setMyPreference(locals.actor, values),
			() => ({ saved: true })
		)
};
