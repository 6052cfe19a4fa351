import type { RequestHandler } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { activitiesCalendar } from '#lib/server/modules/activities/activities.ical.ts';
import { personalFeed } from '#lib/server/modules/activities/activities.usecases.ts';
import { absoluteUrl } from '#lib/server/shared/config.ts';

// A person's own sign-ups as a private calendar feed. The token in the URL is the credential (made on
// /mijn/activiteiten); a wrong or replaced token is not found. Never cached, never indexed, and no
// Referer leaves with the token in it.
export const GET: RequestHandler = async ({ locals, params }) => {
	const feed = await personalFeed(locals.actor, params.token);
	const name = m.ical_personal_feed_name({}, { locale: 'nl' });
	return new Response(activitiesCalendar(name, feed.activities, absoluteUrl), {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': 'inline; filename="mijn-activiteiten.ics"',
			'Cache-Control': 'private, no-store',
			'Referrer-Policy': 'no-referrer',
			'X-Robots-Tag': 'noindex'
		}
	});
};
