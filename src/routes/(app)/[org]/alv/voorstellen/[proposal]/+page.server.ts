import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm, queryValues } from '#lib/server/http/forms.ts';
import {
	castVote,
	closeVoting,
	getMeeting,
	getProposal,
	openVoting,
	recordPaperVote,
	searchMembersForProxy
} from '#lib/server/modules/governance/governance.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { NotFoundError } from '#lib/server/shared/errors.ts';

/** Notices after a redirect: `?gestemd=1` and so on. */
const NOTICES = ['nieuw', 'geopend', 'gesloten', 'gestemd', 'machtiging', 'papier'] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org } = await resolveOrganisation(params.org);
	const view = await getProposal(locals.actor, org.id, params.proposal);
	const p = view.proposal;
	// The meeting gives the agenda item and the members whose proxy the reader holds. A meeting bestuur has
	// not convened yet is hidden from members: then there is simply no proxy to vote with.
	const meeting = await getMeeting(locals.actor, org.id, p.meetingId).catch((e: unknown) => {
		if (e instanceof NotFoundError) return null;
		throw e;
	});
	const votingOpen = p.status === 'open' && (!p.closesAt || p.closesAt.getTime() > Date.now());
	// Entering a paper vote: bestuur looks the member up by name (`?lid=`).
	const lid = (queryValues(url).lid ?? '').trim().slice(0, 100);
	const found =
		view.canManage && votingOpen && lid ? await searchMembersForProxy(locals.actor, org.id, lid) : [];
	const voted = new Set(view.participants.map((c) => c.personId));
	return {
		org,
		proposal: {
			id: p.id,
			title: p.title,
			text: p.text,
			kind: p.kind,
			options: p.options,
			ballot: p.ballot,
			majority: p.majority,
			quorumPercent: p.quorumPercent,
			status: p.status,
			closesAt: p.closesAt,
			closedAt: p.closedAt,
			eligible: p.eligible,
			result: p.result
		},
		meeting: { id: view.meeting.id, title: view.meeting.title },
		agendaItem: meeting?.agenda.find((a) => a.id === p.agendaItemId)?.title ?? null,
		// Only bestuur sees who took part; to others a vote already cast shows up as an error after sending.
		heldForMe: (meeting?.heldForMe ?? []).map((h) => ({ ...h, voted: voted.has(h.personId) })),
		myProxyHolder: meeting?.myProxy?.holderName ?? null,
		cast: view.cast,
		iVoted: view.iVoted,
		votingOpen,
		participants: view.participants,
		votes: view.votes,
		canManage: view.canManage,
		lid,
		found: found.map((f) => ({ ...f, voted: voted.has(f.personId) })),
		notice: NOTICES.find((n) => url.searchParams.has(n)) ?? null
	};
};

const orgId = async (slug: string) => (await resolveOrganisation(slug)).org.id;
const back = (params: { org: string; proposal: string }, notice: string, hash = '') =>
	redirect(303, localizeHref(`/${params.org}/alv/voorstellen/${params.proposal}?${notice}=1`) + hash);

// Every action redirects, so reloading the page never votes twice.
export const actions: Actions = {
	vote: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => castVote(locals.actor, await orgId(params.org), params.proposal, values),
			(_, values) => back(params, values.forPersonId ? 'machtiging' : 'gestemd')
		),
	paper: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => recordPaperVote(locals.actor, await orgId(params.org), params.proposal, values),
			() => back(params, 'papier', '#stem-op-papier')
		),
	open: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) => openVoting(locals.actor, await orgId(params.org), params.proposal, values),
			() => back(params, 'geopend')
		),
	close: async ({ locals, params, request }) =>
		handleForm(
			request,
			async () => closeVoting(locals.actor, await orgId(params.org), params.proposal),
			() => back(params, 'gesloten')
		)
};
