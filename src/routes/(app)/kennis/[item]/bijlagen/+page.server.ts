import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm, handleUpload } from '#lib/server/http/forms.ts';
import { addAttachment, removeAttachment } from '#lib/server/modules/knowledge/attachments.usecases.ts';
import { getItem } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { ForbiddenError, UnauthenticatedError } from '#lib/server/shared/errors.ts';

/** Notices after a redirect: `?toegevoegd=1` and `?weggehaald=1`. */
const NOTICES = ['toegevoegd', 'weggehaald'] as const;

// The attachments of one item: staff of the item's organisation add and remove files here.
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const view = await getItem(locals.actor, params.item);
	if (!view.canEdit)
		throw locals.actor.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
	return {
		item: { id: view.item.id, title: view.item.title },
		attachments: view.attachments,
		notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null
	};
};

const back = (item: string, notice: (typeof NOTICES)[number]) =>
	redirect(303, localizeHref(`/kennis/${item}/bijlagen?${notice}=1`));

/** A file input left empty: the use case says "choose a file". */
const NO_FILE = { name: '', bytes: new Uint8Array(0) };

export const actions: Actions = {
	upload: async ({ locals, params, request }) =>
		handleUpload(
			request,
			(_values, files) => addAttachment(locals.actor, params.item, files.file ?? NO_FILE),
			() => back(params.item, 'toegevoegd')
		),
	remove: async ({ locals, params, request }) =>
		handleForm(
			request,
			(values) => removeAttachment(locals.actor, params.item, values.attachmentId),
			() => back(params.item, 'weggehaald')
		)
};
