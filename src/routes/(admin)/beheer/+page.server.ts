import type { PageServerLoad } from './$types';
import { listManageable } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { ForbiddenError } from '#lib/server/shared/errors.ts';
import { requirePerson } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals }) => {
	requirePerson(locals.actor);
	const organisations = await listManageable(locals.actor);
	if (organisations.length === 0) throw new ForbiddenError();
	return { organisations };
};
