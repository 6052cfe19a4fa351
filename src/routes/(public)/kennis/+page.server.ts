import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { highlightParts } from '#lib/highlight.ts';
import { browse } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const result = await browse(locals.actor, queryValues(url));
	const now = today();
	return {
		filter: result.filter,
		total: result.total,
		page: result.page,
		pageSize: result.pageSize,
		canWrite: result.canWrite,
		rows: result.rows.map((r) => ({
			id: r.id,
			type: r.type,
			title: r.title,
			summary: r.summary,
			theme: r.theme,
			scope: r.scope,
			status: r.status,
			deadline: r.deadline,
			closed: !!r.deadline && r.deadline < now,
			orgName: r.orgName,
			highlight: result.filter.q ? highlightParts(r.highlight) : []
		}))
	};
};
