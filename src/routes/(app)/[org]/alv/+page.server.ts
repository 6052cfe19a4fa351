import type { PageServerLoad } from './$types';
import { listMeetings } from '#lib/server/modules/governance/governance.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	const { meetings, canManage } = await listMeetings(locals.actor, org.id);
	return {
		org,
		canManage,
		meetings: meetings.map((mt) => ({
			id: mt.id,
			title: mt.title,
			status: mt.status,
			startsAt: mt.startsAt,
			// The calendar day in Amsterdam, so the weekday is right whatever the server's time zone.
			day: today(mt.startsAt),
			place: mt.place,
			online: !!mt.onlineUrl,
			past: mt.startsAt.getTime() < Date.now()
		}))
	};
};
