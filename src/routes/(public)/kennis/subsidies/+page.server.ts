import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import {
	deadlineDigestSetting,
	setDeadlineDigest,
	upcomingDeadlines
} from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

// Subsidies and investment options whose deadline is coming (the use case decides the window and what this
// reader may see), soonest first.
export const load: PageServerLoad = async ({ locals, url }) => {
	const [rows, digest] = await Promise.all([
		upcomingDeadlines(locals.actor),
		deadlineDigestSetting(locals.actor)
	]);
	const now = Date.parse(`${today()}T12:00:00Z`);
	return {
		digest,
		saved: url.searchParams.has('opgeslagen'),
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

// The weekly mail with these deadlines, for staff who ask for it; redirects so a reload never posts twice.
export const actions: Actions = {
	digest: async ({ locals, request }) =>
		handleForm(
			request,
			async (values) => setDeadlineDigest(locals.actor, values),
			() => redirect(303, localizeHref('/kennis/subsidies?opgeslagen=1'))
		)
};
