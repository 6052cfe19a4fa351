import type { PageServerLoad } from './$types';
import { myHours } from '#lib/server/modules/help/help.usecases.ts';

/** How many past years the selector offers; older or future years in ?jaar= fall back to this year. */
const YEARS_BACK = 9;

function thisYear(): number {
	return Number(
		new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date())
	);
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const current = thisYear();
	const asked = Number(url.searchParams.get('jaar'));
	const year = Number.isInteger(asked) && asked <= current && asked >= current - YEARS_BACK ? asked : current;
	return {
		hours: await myHours(locals.actor, year),
		years: Array.from({ length: YEARS_BACK + 1 }, (_, i) => current - i)
	};
};
