import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { createItem, writeContext } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { KNOWLEDGE_TYPES } from '#lib/domain/knowledge.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	// Only staff write for the network: the use case refuses everyone else (401 or 403).
	const { organisations } = await writeContext(locals.actor);
	// From another page: `?type=project` chooses the type, `?org=<id>` the organisation (when allowed).
	const type = url.searchParams.get('type') ?? '';
	const org = url.searchParams.get('org');
	return {
		organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
		defaults: {
			orgId: organisations.some((o) => o.id === org) ? org! : organisations[0]!.id,
			type: (KNOWLEDGE_TYPES as readonly string[]).includes(type) ? type : '',
			scope: 'organisation',
			status: 'published'
		}
	};
};

export const actions: Actions = {
	create: async ({ locals, request }) =>
		handleForm(
			request,
			(values) => createItem(locals.actor, typeof values.orgId === 'string' ? values.orgId : '', values),
			(created) => redirect(303, localizeHref(`/kennis/${created.id}?nieuw=1`))
		)
};
