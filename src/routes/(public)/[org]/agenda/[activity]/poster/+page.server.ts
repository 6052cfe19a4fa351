import type { PageServerLoad } from './$types';
import { getActivity } from '#lib/server/modules/activities/activities.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { absoluteUrl } from '#lib/server/shared/config.ts';
import { qrSvg } from '#lib/server/shared/qr.ts';

// A printable A4 poster; whoever may see the activity may print it (getActivity checks).
export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	const view = await getActivity(locals.actor, org.id, params.activity);
	const a = view.activity;
	const url = absoluteUrl(`/${org.slug}/agenda/${a.id}`);
	return {
		org,
		// getActivity leaves out the contact's own phone number for visitors who are not signed in.
		activity: a,
		nextDates: view.series
			.filter((d) => d.id !== a.id && d.status === 'scheduled' && d.startsAt > a.startsAt)
			.slice(0, 4)
			.map((d) => d.startsAt),
		shortUrl: url.replace(/^https?:\/\//, ''),
		qr: await qrSvg(url)
	};
};
