import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import {
	cancelSignup,
	createCalendarLink,
	myActivities
} from '#lib/server/modules/activities/activities.usecases.ts';
import { absoluteUrl } from '#lib/server/shared/config.ts';
import { NotFoundError } from '#lib/server/shared/errors.ts';

export const load: PageServerLoad = async ({ locals, url }) => ({
	...(await myActivities(locals.actor)),
	signedOff: url.searchParams.has('afgemeld')
});

export const actions: Actions = {
	// Signs off from one's own sign-up and comes back here (redirect: a reload never posts twice). The
	// activity is looked up among the person's own sign-ups, so its organisation comes from the server.
	signOff: async ({ locals, request }) =>
		handleForm(
			request,
			async (values) => {
				const { items } = await myActivities(locals.actor);
				const item = items.find((i) => i.activity.id === values.activityId);
				if (!item) throw new NotFoundError('error_signup_not_found');
				return cancelSignup(locals.actor, item.activity.orgId, item.activity.id, {});
			},
			() => redirect(303, localizeHref('/mijn/activiteiten?afgemeld=1'))
		),
	// A new private calendar link (the old one stops working). The token exists only in this response:
	// the database keeps its hash, so the link is shown once.
	calendarLink: async ({ locals, request }) =>
		handleForm(
			request,
			() => createCalendarLink(locals.actor),
			(token) => {
				const calendarUrl = absoluteUrl(`/ical/${token}`);
				return { calendarUrl, webcalUrl: calendarUrl.replace(/^https?:/, 'webcal:') };
			}
		)
};
