import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm, queryValues } from '#lib/server/http/forms.ts';
import {
	compareVersions,
	restoreVersion,
	versionHistory
} from '#lib/server/modules/knowledge/knowledge.usecases.ts';

// The versions of one item, the words changed between two of them (?from=&to=), and for the item's own
// staff: make an older version the current text again.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const history = await versionHistory(locals.actor, params.item);
	const diff = await compareVersions(locals.actor, params.item, queryValues(url));
	return {
		item: {
			id: history.item.id,
			title: history.item.title,
			type: history.item.type,
			version: history.item.version
		},
		orgName: history.orgName,
		// The use case leaves out who wrote a version for visitors; the page then names the organisation.
		versions: history.versions,
		canRestore: history.canRestore,
		from: diff.from,
		to: diff.to,
		parts: diff.parts,
		changed: diff.parts.some((p) => p.added || p.removed)
	};
};

export const actions: Actions = {
	restore: async ({ locals, params, request }) =>
		handleForm(
			request,
			(values) => restoreVersion(locals.actor, params.item, values),
			() => redirect(303, localizeHref(`/kennis/${params.item}?hersteld=1`))
		)
};
