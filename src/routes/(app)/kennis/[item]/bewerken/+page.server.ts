import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import { getItem, updateItem, type KnowledgeItem } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';
import { ForbiddenError, UnauthenticatedError } from '#lib/server/shared/errors.ts';

const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** Cents back into euros as people type them: "1500" or "1500,50". */
function euros(v: unknown): string {
	if (typeof v !== 'number' || !Number.isFinite(v)) return '';
	return v % 100 === 0 ? String(v / 100) : (v / 100).toFixed(2).replace('.', ',');
}

/** The saved item as form values: the same names the form sends. */
function formValuesOf(item: KnowledgeItem): Record<string, string> {
	const d = item.details;
	return {
		type: item.type,
		title: item.title,
		summary: item.summary,
		body: item.body,
		theme: item.theme,
		tags: item.tags.join(', '),
		scope: item.scope,
		status: item.status,
		funder: text(d.funder),
		amountMin: euros(d.amountMin),
		amountMax: euros(d.amountMax),
		deadline: item.deadline ?? '',
		eligibility: text(d.eligibility),
		provider: text(d.provider),
		price: text(d.price),
		areasServed: text(d.areasServed),
		goal: text(d.goal),
		targetGroup: text(d.targetGroup),
		approach: text(d.approach),
		budget: euros(d.budget),
		funding: text(d.funding),
		results: text(d.results),
		projectStatus: item.projectStatus ?? '',
		// A news post keeps its date unless it is changed (empty would make it today's).
		publishedAt: item.publishedAt ? today(item.publishedAt) : '',
		contactName: item.contactName ?? '',
		contactEmail: item.contactEmail ?? '',
		contactPhone: item.contactPhone ?? '',
		link: text(d.link),
		note: ''
	};
}

export const load: PageServerLoad = async ({ locals, params }) => {
	const view = await getItem(locals.actor, params.item);
	// Readers who may not change it get the error page now, not after typing (updateItem checks again).
	if (!view.canEdit)
		throw locals.actor.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
	return {
		item: { id: view.item.id, title: view.item.title, type: view.item.type },
		orgName: view.orgName,
		values: formValuesOf(view.item)
	};
};

export const actions: Actions = {
	update: async ({ locals, params, request }) =>
		handleForm(
			request,
			(values) => updateItem(locals.actor, params.item, values),
			(updated) => redirect(303, localizeHref(`/kennis/${updated.id}?gewijzigd=1`))
		)
};
