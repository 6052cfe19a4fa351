import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { browse, HIT_END, HIT_START } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';

/** The text around the hits is Markdown: its marks (##, **, `, |) and line breaks read as noise. */
const plain = (text: string) => text.replace(/[#*_`|>]+/g, '').replace(/\s+/g, ' ');

/**
 * A search highlight as pieces of text, some of them hits. The page renders them as text inside <mark>,
 * so Svelte escapes everything a writer typed; no HTML is built here.
 */
function highlightParts(highlight: string): { text: string; hit: boolean }[] {
	const hits = new RegExp(`(${HIT_START}[^${HIT_END}]*${HIT_END})`);
	return plain(highlight)
		.trim()
		.split(hits)
		.filter(Boolean)
		.map((piece) =>
			piece.startsWith(HIT_START)
				? { text: piece.slice(1, -1), hit: true }
				: { text: piece.replaceAll(HIT_START, '').replaceAll(HIT_END, ''), hit: false }
		);
}

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
