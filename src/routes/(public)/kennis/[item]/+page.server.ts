import type { PageServerLoad } from './$types';
import { courseDates } from '#lib/server/modules/activities/activities.usecases.ts';
import { getItem } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';
import { renderMarkdown } from '#lib/server/shared/markdown.ts';

/** Notices after a redirect to this page: `?nieuw=1` and so on. */
const NOTICES = ['nieuw', 'gewijzigd', 'overgenomen', 'hersteld'] as const;

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
/** Only web addresses become links (the schema allows nothing else; this keeps old rows honest too). */
const webLink = (v: unknown) => (typeof v === 'string' && /^https?:\/\//i.test(v) ? v : null);
const cents = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export const load: PageServerLoad = async ({ locals, params, url }) => {
	// The use case hides what this reader may not see (404, or 401 for a visitor) and leaves out the
	// contact person for visitors without an account.
	const view = await getItem(locals.actor, params.item);
	const { item } = view;
	const d = item.details;
	// A course's dates are activities of the coops that plan it; signing up happens there.
	const dates = item.type === 'opleiding' ? await courseDates(locals.actor, item.id) : [];
	return {
		dates: dates.map((a) => ({
			id: a.id,
			title: a.title,
			startsAt: a.startsAt,
			endsAt: a.endsAt,
			orgSlug: a.orgSlug,
			orgName: a.orgName,
			full: a.capacity !== null && a.taken >= a.capacity
		})),
		item: {
			id: item.id,
			type: item.type,
			title: item.title,
			summary: item.summary,
			theme: item.theme,
			tags: item.tags,
			scope: item.scope,
			status: item.status,
			version: item.version,
			updatedAt: item.updatedAt,
			publishedAt: item.publishedAt,
			deadline: item.deadline,
			closed: !!item.deadline && item.deadline < today(),
			projectStatus: item.projectStatus,
			contactName: item.contactName,
			contactEmail: item.contactEmail,
			contactPhone: item.contactPhone
		},
		// Safe for {@html}: markdown-it passes no raw HTML and sanitize-html keeps only a short list of tags,
		// attributes and link schemes (src/lib/server/shared/markdown.ts, with its tests).
		bodyHtml: renderMarkdown(item.body),
		facts: {
			link: webLink(d.link),
			funder: text(d.funder),
			amountMin: cents(d.amountMin),
			amountMax: cents(d.amountMax),
			eligibility: text(d.eligibility),
			provider: text(d.provider),
			price: text(d.price),
			areasServed: text(d.areasServed),
			goal: text(d.goal),
			targetGroup: text(d.targetGroup),
			approach: text(d.approach),
			budget: cents(d.budget),
			funding: text(d.funding),
			results: text(d.results)
		},
		orgName: view.orgName,
		orgSlug: view.orgSlug,
		attachments: view.attachments,
		versions: view.versions,
		copies: view.copies,
		origin: view.origin,
		canEdit: view.canEdit,
		canUse: view.canUseIn.length > 0,
		signedIn: locals.actor.kind === 'person',
		notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null
	};
};
