import type { RequestHandler } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { activitiesCalendar } from '#lib/server/modules/activities/activities.ical.ts';
import { feedActivities } from '#lib/server/modules/activities/activities.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { absoluteUrl } from '#lib/server/shared/config.ts';

// The organisation's public agenda as a calendar feed (webcal). Only public activities: the same for
// everyone, so shared caches may keep it for a while.
export const GET: RequestHandler = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	const feed = await feedActivities(locals.actor, org.id);
	const name = m.ical_feed_name({ org: feed.org.name }, { locale: 'nl' });
	return new Response(activitiesCalendar(name, feed.activities, absoluteUrl), {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `inline; filename="agenda-${org.slug}.ics"`,
			'Cache-Control': 'public, max-age=900'
		}
	});
};
