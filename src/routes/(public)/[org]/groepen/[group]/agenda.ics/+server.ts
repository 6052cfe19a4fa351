import type { RequestHandler } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { activitiesCalendar } from '#lib/server/modules/activities/activities.ical.ts';
import { feedActivities } from '#lib/server/modules/activities/activities.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { absoluteUrl } from '#lib/server/shared/config.ts';
import { slugify } from '#lib/server/shared/slug.ts';

// The public activities of one public group as a calendar feed; a group that is not public is not found.
export const GET: RequestHandler = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	const feed = await feedActivities(locals.actor, org.id, params.group);
	const group = feed.group?.name ?? '';
	const name = m.ical_group_feed_name({ group, org: feed.org.name }, { locale: 'nl' });
	return new Response(activitiesCalendar(name, feed.activities, absoluteUrl), {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `inline; filename="agenda-${org.slug}-${slugify(group) || 'groep'}.ics"`,
			'Cache-Control': 'public, max-age=900'
		}
	});
};
