import type { PageServerLoad } from './$types';
import { listPublicTree } from '#lib/server/modules/organisations/organisations.usecases.ts';

export const load: PageServerLoad = async ({ locals }) => listPublicTree(locals.actor);
