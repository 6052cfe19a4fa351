import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { memberOverview } from '#lib/server/modules/organisations/organisations.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) =>
	memberOverview(locals.actor, params.org, queryValues(url));
