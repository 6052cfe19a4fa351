import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { newsOf } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const news = await newsOf(locals.actor, org.id, queryValues(url));
	const now = Date.now();
	return {
		org: { id: news.org.id, name: news.org.name, slug: news.org.slug },
		umbrella: news.org.kind === 'network' || news.org.kind === 'city_coop',
		canWrite: news.canWrite,
		page: news.page,
		pageSize: news.pageSize,
		total: news.total,
		// Only what the page shows; staff also see their drafts and posts planned for a later date.
		posts: news.rows.map((r) => ({
			id: r.id,
			title: r.title,
			summary: r.summary,
			orgName: r.orgName,
			own: r.orgId === news.org.id,
			scope: r.scope,
			draft: r.status === 'draft',
			publishedAt: r.publishedAt,
			planned: !!r.publishedAt && r.publishedAt.getTime() > now
		}))
	};
};
