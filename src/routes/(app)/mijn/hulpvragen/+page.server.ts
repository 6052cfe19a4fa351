import type { PageServerLoad } from './$types';
import { myRequests } from '#lib/server/modules/help/help.usecases.ts';

export const load: PageServerLoad = async ({ locals }) => ({ requests: await myRequests(locals.actor) });
