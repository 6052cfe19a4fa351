import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { searchEverything } from '#lib/server/modules/knowledge/knowledge.usecases.ts';

// One search box over the knowledge network, the agendas and the organisations. The use case decides what
// this reader may see (share scope, membership); without a search word it returns no results.
export const load: PageServerLoad = async ({ locals, url }) => {
	const result = await searchEverything(locals.actor, queryValues(url));
	const typed = url.searchParams.get('q')?.trim() ?? '';
	return {
		filter: result.filter,
		items: result.items,
		activities: result.activities,
		organisations: result.organisations,
		/** A word was typed, but too short to search with. */
		tooShort: typed.length > 0 && typed.length < 2
	};
};
