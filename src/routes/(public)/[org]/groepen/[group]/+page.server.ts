import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm, queryValues, type FormValues } from '#lib/server/http/forms.ts';
import { listAreas, resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import * as activities from '#lib/server/modules/activities/activities.usecases.ts';
import type { Actor } from '#lib/server/shared/actor.ts';

/** What the page says after an action redirected back to it (?<flag>=1). */
const DONE = ['lid', 'aangevraagd', 'gestopt', 'besloten', 'verwijderd', 'toegevoegd', 'nieuw', 'opgeslagen'];

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const view = await activities.getGroup(locals.actor, org.id, params.group);
	const q = view.canManage ? (queryValues(url).q ?? '').trim().slice(0, 100) : '';
	const [areas, found] = await Promise.all([
		view.group.areaId ? listAreas(locals.actor, org.id) : Promise.resolve([]),
		q ? activities.findMembers(locals.actor, org.id, { q }) : Promise.resolve([])
	]);
	const inGroup = new Set(view.members.map((x) => x.personId));
	return {
		org,
		...view,
		areaName: areas.find((a) => a.id === view.group.areaId)?.name ?? null,
		q,
		found: found.map((p) => ({
			personId: p.personId,
			name: p.name,
			phone: p.phone,
			inGroup: inGroup.has(p.personId)
		})),
		done: DONE.find((flag) => url.searchParams.has(flag)) ?? null
	};
};

/** Every action runs one use case on this group and comes back to the page, so a reload never posts twice. */
function act(
	run: (actor: Actor, orgId: string, groupId: string, values: FormValues) => Promise<unknown>,
	flag: (result: unknown) => string
) {
	return async ({
		locals,
		params,
		request
	}: {
		locals: App.Locals;
		params: { org: string; group: string };
		request: Request;
	}) =>
		handleForm(
			request,
			async (values) =>
				run(locals.actor, (await resolveOrganisation(params.org)).org.id, params.group, values),
			(result) => redirect(303, localizeHref(`/${params.org}/groepen/${params.group}?${flag(result)}=1`))
		);
}

export const actions: Actions = {
	join: act(
		(a, o, g) => activities.joinGroup(a, o, g),
		(status) => (status === 'active' ? 'lid' : 'aangevraagd')
	),
	leave: act(
		(a, o, g) => activities.leaveGroup(a, o, g),
		() => 'gestopt'
	),
	decide: act(
		(a, o, g, v) => activities.decideGroupMember(a, o, g, v),
		() => 'besloten'
	),
	remove: act(
		(a, o, g, v) => activities.removeGroupMember(a, o, g, v),
		() => 'verwijderd'
	),
	add: act(
		(a, o, g, v) => activities.addGroupMember(a, o, g, v),
		() => 'toegevoegd'
	)
};
