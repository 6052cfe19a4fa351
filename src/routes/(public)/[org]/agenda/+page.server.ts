import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { agendaOf } from '#lib/server/modules/activities/activities.usecases.ts';
import { listAreas, resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const agenda = await agendaOf(locals.actor, org.id, queryValues(url));
	const areas = await listAreas(locals.actor, org.id);
	// One heading per calendar day (in Amsterdam); the use case returns them in order of start.
	const days: { day: string; activities: typeof agenda.activities }[] = [];
	for (const a of agenda.activities) {
		const day = today(a.startsAt);
		const last = days.at(-1);
		if (last?.day === day) last.activities.push(a);
		else days.push({ day, activities: [a] });
	}
	return { ...agenda, days, areas: areas.map((a) => ({ id: a.id, name: a.name })) };
};
