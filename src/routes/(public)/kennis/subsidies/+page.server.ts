import type { PageServerLoad } from './$types';
import { upcomingDeadlines } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

// Subsidies and investment options whose deadline is coming (the use case decides the window and what this
// reader may see), soonest first.
export const load: PageServerLoad = async ({ locals }) => {
	const rows = await upcomingDeadlines(locals.actor);
	const now = Date.parse(`${today()}T12:00:00Z`);
	return {
		rows: rows.map((r) => ({
			id: r.id,
			title: r.title,
			orgName: r.orgName,
			status: r.status,
			deadline: r.deadline!,
			daysLeft: Math.round((Date.parse(`${r.deadline}T12:00:00Z`) - now) / DAY_MS),
			funder: str(r.details.funder),
			amountMin: num(r.details.amountMin),
			amountMax: num(r.details.amountMax)
		}))
	};
};
