import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { browse } from '#lib/server/modules/knowledge/knowledge.usecases.ts';

// The project bank: pilots and plans of other coops, to find and reuse. Only what this reader may see; search word and theme as GET filters.
export const load: PageServerLoad = async ({ locals, url }) =>
	browse(locals.actor, queryValues(url), ['project']);
