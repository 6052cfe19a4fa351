import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm, queryValues } from '#lib/server/http/forms.ts';
import {
	addAgendaItem,
	conveneMeeting,
	getMeeting,
	grantProxy,
	recordAttendance,
	revokeProxy,
	searchMembersForProxy
} from '#lib/server/modules/governance/governance.usecases.ts';
import { browse } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { listMembers } from '#lib/server/modules/members/members.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { today } from '#lib/server/shared/clock.ts';
import { can } from '#lib/server/shared/policy.ts';

/** GET searches on this page (no JavaScript): q = attendance, lid = my proxy holder, van/naar = a paper
 * proxy's grantor and holder, stuk = a document for an agenda item. */
const SEARCHES = ['q', 'lid', 'van', 'naar', 'stuk'] as const;
/** Notices after a redirect: `?aanwezig=1` and so on. */
const NOTICES = [
	'nieuw',
	'telaat',
	'agendapunt',
	'aanwezig',
	'gemachtigd',
	'vastgelegd',
	'ingetrokken'
] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	const view = await getMeeting(locals.actor, org.id, params.meeting);
	const query = queryValues(url);
	const search = Object.fromEntries(
		SEARCHES.map((k) => [k, (query[k] ?? '').trim().slice(0, 100)])
	) as Record<(typeof SEARCHES)[number], string>;
	const { meeting, canManage } = view;
	const canVote = can(locals.actor, 'governance.vote', scope);
	const me = locals.actor.kind === 'person' ? locals.actor.personId : null;
	// Proxies are given before the meeting; attendance is taken once the members are invited.
	const beforeMeeting = meeting.status === 'draft' || meeting.status === 'convened';
	const takingAttendance = canManage && (meeting.status === 'convened' || meeting.status === 'held');
	const present = new Set(view.attendance.map((a) => a.personId));

	const [found, holders, grantors, paperHolders, documents] = await Promise.all([
		takingAttendance && search.q.length >= 2
			? listMembers(locals.actor, org.id, { q: search.q, status: 'active', page: 1 }).then((r) =>
					r.rows.map((p) => ({ personId: p.personId, name: p.name, present: present.has(p.personId) }))
				)
			: [],
		canVote && beforeMeeting && !view.myProxy && search.lid
			? searchMembersForProxy(locals.actor, org.id, search.lid).then((r) =>
					r.filter((p) => p.personId !== me)
				)
			: [],
		canManage && beforeMeeting && search.van ? searchMembersForProxy(locals.actor, org.id, search.van) : [],
		canManage && beforeMeeting && search.naar ? searchMembersForProxy(locals.actor, org.id, search.naar) : [],
		// Documents are knowledge items the reader may see (no second file store).
		canManage && search.stuk.length >= 2
			? browse(locals.actor, { q: search.stuk }).then((r) =>
					r.rows.slice(0, 10).map((d) => ({ id: d.id, title: d.title, type: d.type, orgName: d.orgName }))
				)
			: []
	]);

	return {
		org,
		meeting: {
			id: meeting.id,
			title: meeting.title,
			status: meeting.status,
			startsAt: meeting.startsAt,
			day: today(meeting.startsAt),
			place: meeting.place,
			onlineUrl: meeting.onlineUrl,
			invitedAt: meeting.invitedAt,
			invitedLate: meeting.invitedLate
		},
		noticeDays: view.noticeDays,
		maxProxies: view.maxProxies,
		deadline: view.noticeDeadline,
		deadlineDay: today(view.noticeDeadline),
		deadlinePast: Date.now() > view.noticeDeadline.getTime(),
		agenda: view.agenda.map((a) => ({
			id: a.id,
			title: a.title,
			description: a.description,
			documentId: a.documentId
		})),
		proposals: view.proposals.map((p) => ({
			id: p.id,
			title: p.title,
			status: p.status,
			cast: p.cast,
			iVoted: p.iVoted
		})),
		attendance: view.attendance.map((a) => ({ personId: a.personId, name: a.name })),
		attendanceCount: view.attendanceCount,
		proxies: view.proxies.map((p) => ({ id: p.id, grantorName: p.grantorName, holderName: p.holderName })),
		myProxy: view.myProxy ? { holderName: view.myProxy.holderName } : null,
		heldForMe: view.heldForMe.map((p) => p.name),
		canManage,
		canVote,
		beforeMeeting,
		takingAttendance,
		search,
		found,
		holders,
		grantors,
		paperHolders,
		documents,
		notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;
/** Back to the meeting page with a notice, at the section that was used. */
const back = (params: { org: string; meeting: string }, notice: string, section: string) =>
	redirect(303, localizeHref(`/${params.org}/alv/${params.meeting}?${notice}=1#${section}`));

// Every action but `convene` redirects, so reloading the page never posts twice. Convening shows its
// result (mails sent, members who need a paper invitation) on the page itself; posting it again is refused.
export const actions: Actions = {
	agenda: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => addAgendaItem(locals.actor, await orgId(params.org), params.meeting, values),
			() => back(params, 'agendapunt', 'agenda')
		),
	convene: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => conveneMeeting(locals.actor, await orgId(params.org), params.meeting, values),
			(result) => ({ convened: result })
		),
	attendance: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => recordAttendance(locals.actor, await orgId(params.org), params.meeting, values),
			() => back(params, 'aanwezig', 'aanwezig')
		),
	proxy: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => grantProxy(locals.actor, await orgId(params.org), params.meeting, values),
			(_, values) =>
				values.grantorId ? back(params, 'vastgelegd', 'papier') : back(params, 'gemachtigd', 'machtiging')
		),
	revoke: async ({ locals, params, request }) =>
		handleForm(
			request,
			async () => revokeProxy(locals.actor, await orgId(params.org), params.meeting),
			() => back(params, 'ingetrokken', 'machtiging')
		)
};
