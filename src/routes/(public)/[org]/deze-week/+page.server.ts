import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { listAreas, resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { weekInBuurt } from '#lib/server/modules/activities/activities.usecases.ts';
import { addDays, today } from '#lib/server/shared/clock.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const [week, areas] = await Promise.all([
		weekInBuurt(locals.actor, org.id, queryValues(url)),
		listAreas(locals.actor, org.id)
	]);
	const { first } = week.week;
	// Seven calendar days (Amsterdam); an activity that began before the first day shows on the first day.
	const days = Array.from({ length: 7 }, (_, i) => addDays(first, i)).map((day) => ({
		day,
		activities: week.activities.filter((a) => {
			const start = today(a.startsAt);
			return (start < first ? first : start) === day;
		})
	}));
	return {
		org,
		areas,
		areaId: week.areaId,
		areaName: areas.find((a) => a.id === week.areaId)?.name ?? null,
		first,
		last: week.week.last,
		days
	};
};
