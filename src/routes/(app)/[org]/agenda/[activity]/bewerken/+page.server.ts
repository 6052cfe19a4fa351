import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import {
	activityFormContext,
	cancelActivity,
	getActivity,
	updateActivity
} from '#lib/server/modules/activities/activities.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { timeOf, today } from '#lib/server/shared/clock.ts';
import { ForbiddenError } from '#lib/server/shared/errors.ts';

/** "2,50" as people type it; empty when free. */
const euros = (cents: number) => (cents ? (cents / 100).toFixed(2).replace('.', ',') : '');

export const load: PageServerLoad = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	const context = await activityFormContext(locals.actor, org.id);
	const view = await getActivity(locals.actor, org.id, params.activity);
	// Organisers of another group see the activity but may not change it.
	if (!view.canManage) throw new ForbiddenError();
	const a = view.activity;
	return {
		org,
		activity: { id: a.id, title: a.title, status: a.status, inSeries: !!a.seriesId },
		...context,
		groups: context.groups.map((g) => ({ id: g.id, name: g.name })),
		values: {
			title: a.title,
			description: a.description,
			theme: a.theme,
			groupId: a.groupId ?? '',
			courseId: a.courseId ?? '',
			date: today(a.startsAt),
			timeFrom: timeOf(a.startsAt),
			timeTo: timeOf(a.endsAt),
			placeId: a.placeId ?? '',
			roomId: a.roomId ?? '',
			address: a.address ?? '',
			areaId: a.areaId ?? '',
			capacity: a.capacity === null ? '' : String(a.capacity),
			cost: euros(a.costCents),
			accessibility: a.accessibility,
			visibility: a.visibility,
			share: a.share,
			contactName: a.contactName ?? '',
			contactPhone: a.contactPhone ?? ''
		}
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;
const back = (params: { org: string; activity: string }, notice: string) =>
	redirect(303, localizeHref(`/${params.org}/agenda/${params.activity}?${notice}=1`));

export const actions: Actions = {
	update: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => updateActivity(locals.actor, await orgId(params.org), params.activity, values),
			() => back(params, 'gewijzigd')
		),
	cancel: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => cancelActivity(locals.actor, await orgId(params.org), params.activity, values),
			() => back(params, 'afgezegd')
		)
};
