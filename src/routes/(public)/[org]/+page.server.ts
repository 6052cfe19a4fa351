import type { PageServerLoad } from './$types';
import { getPublicOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { agendaOf } from '#lib/server/modules/activities/activities.usecases.ts';

export const load: PageServerLoad = async ({ locals, params }) => {
	const organisation = await getPublicOrganisation(locals.actor, params.org);
	// The first few activities of the coming two weeks, as far as this visitor may see them.
	const agenda = await agendaOf(locals.actor, organisation.org.id, {});
	return { ...organisation, coming: agenda.activities.filter((a) => a.status === 'scheduled').slice(0, 5) };
};
