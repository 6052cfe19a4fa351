// The knowledge network: knowledge items, the project bank, news, courses and smart services, their
// versions and share scope, and one Dutch full-text search over all of it (ADR 0012).
import { diffWords } from 'diff';
import { z } from 'zod';
import { getDb } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { checkbox } from '../../shared/zod.ts';
import type { Actor, PersonActor } from '../../shared/actor.ts';
import { addDays, today } from '../../shared/clock.ts';
import {
	DomainError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	parseInput
} from '../../shared/errors.ts';
import { existingId } from '../../shared/ids.ts';
import { authorize, can, PERSONAL_SCOPE, requirePerson } from '../../shared/policy.ts';
import { activeMembershipsOf } from '../members/members.usecases.ts';
import { enqueueMail } from '../notifications/outbox.repository.ts';
import { asLocale, deadlineDigestMail } from '../notifications/templates.ts';
import { audit } from '../audit/audit.repository.ts';
import * as orgs from '../organisations/organisations.usecases.ts';
import { DEADLINE_WINDOW_DAYS, KNOWLEDGE_BASE_TYPES, type KnowledgeType } from '#lib/domain/knowledge.ts';
import * as repo from './knowledge.repository.ts';
import {
	detailsOf,
	diffQuery,
	itemInput,
	listFilter,
	restoreInput,
	type ItemInput
} from './knowledge.schemas.ts';

export type { KnowledgeItem } from './knowledge.repository.ts';
export { HIT_END, HIT_START } from './knowledge.repository.ts';

const PUBLIC_READER: repo.Reader = { memberOrgIds: [], reachIds: [], staffOrgIds: [] };

/** The reader as the share rule needs them: memberships, everything above them, and where they are staff. */
async function readerOf(actor: Actor): Promise<repo.Reader> {
	if (actor.kind !== 'person') return PUBLIC_READER;
	const memberOrgIds = actor.memberships.map((m) => m.orgId);
	const scopes = await Promise.all(memberOrgIds.map((id) => orgs.scopeFor(id)));
	const reachIds = [...new Set(scopes.flatMap((s) => [s.orgId, ...s.ancestorIds]))];
	const staffOrgIds = scopes.filter((s) => can(actor, 'knowledge.edit', s)).map((s) => s.orgId);
	return { memberOrgIds, reachIds, staffOrgIds };
}

/** Where an organisation sits: its city coop and network (itself when it is one). */
async function placeInTree(orgId: string) {
	const scope = await orgs.scopeFor(orgId);
	const chain = await Promise.all([scope.orgId, ...scope.ancestorIds].map((id) => orgs.organisationById(id)));
	return {
		cityId: chain.find((o) => o.kind === 'city_coop')?.id ?? null,
		networkId: chain.find((o) => o.kind === 'network')?.id ?? null
	};
}

function notVisible(actor: Actor): never {
	throw actor.kind === 'anonymous'
		? new UnauthenticatedError()
		: new NotFoundError('error_knowledge_not_found');
}

async function loadVisible(actor: Actor, itemId: string) {
	const id = existingId(itemId);
	const db = await getDb();
	const found = await repo.findItem(db, id);
	if (!found) throw new NotFoundError('error_knowledge_not_found');
	if (!(await repo.findVisible(db, id, repo.visibleTo(await readerOf(actor))))) notVisible(actor);
	return found;
}

/** Staff of the item's own organisation may change it. */
async function loadEditable(actor: Actor, itemId: string) {
	const found = await repo.findItem(await getDb(), existingId(itemId));
	if (!found) throw new NotFoundError('error_knowledge_not_found');
	const scope = await orgs.scopeFor(found.item.orgId);
	authorize(actor, 'knowledge.edit', scope);
	return found;
}

function columnsOf(data: ItemInput) {
	return {
		type: data.type,
		title: data.title,
		summary: data.summary ?? '',
		body: data.body ?? '',
		theme: data.theme,
		tags: data.tags,
		scope: data.scope,
		status: data.status,
		details: detailsOf(data),
		deadline: data.type === 'subsidie' ? (data.deadline ?? null) : null,
		projectStatus: data.type === 'project' ? (data.projectStatus ?? null) : null,
		publishedAt:
			data.type === 'nieuws'
				? data.publishedAt
					? new Date(`${data.publishedAt}T06:00:00Z`)
					: new Date()
				: null,
		contactName: data.contactName ?? null,
		contactEmail: data.contactEmail ?? null,
		contactPhone: data.contactPhone ?? null
	};
}

function snapshot(item: repo.KnowledgeItem) {
	const { title, summary, body, theme, tags, scope, status, details, deadline, projectStatus, type } = item;
	return {
		title,
		summary,
		body,
		fields: { type, theme, tags, scope, status, details, deadline, projectStatus }
	};
}

// ---------------------------------------------------------------- lists and search

/** The knowledge base (or one type of it: projects, news, courses, smart services) as this reader may see it. */
export async function browse(
	actor: Actor,
	input: unknown,
	types: readonly KnowledgeType[] = KNOWLEDGE_BASE_TYPES
) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const filter = listFilter.parse(input ?? {});
	const reader = await readerOf(actor);
	const result = await repo.search(await getDb(), {
		visible: repo.visibleTo(reader),
		q: filter.q,
		types: filter.type && types.includes(filter.type) ? [filter.type] : types,
		theme: filter.theme,
		scope: filter.scope,
		page: filter.page,
		order: types.includes('nieuws') && types.length === 1 ? 'published' : 'relevance'
	});
	return { ...result, filter, canWrite: reader.staffOrgIds.length > 0 };
}

/** One search box over knowledge, projects, news, courses, activities and organisations. */
export async function searchEverything(actor: Actor, input: unknown) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const filter = listFilter.parse(input ?? {});
	if (!filter.q || filter.q.trim().length < 2)
		return { filter, items: null, activities: [], organisations: [] };
	const reader = await readerOf(actor);
	const db = await getDb();
	const [items, activities, organisations] = await Promise.all([
		repo.search(db, {
			visible: repo.visibleTo(reader),
			q: filter.q,
			types: filter.type ? [filter.type] : undefined,
			theme: filter.theme,
			scope: filter.scope,
			page: filter.page
		}),
		filter.type ? Promise.resolve([]) : repo.searchActivities(db, filter.q, reader.memberOrgIds),
		filter.type ? Promise.resolve([]) : repo.searchOrganisations(db, filter.q)
	]);
	return { filter, items, activities, organisations };
}

/** Subsidies and investment options with a deadline in the coming 90 days. */
export async function upcomingDeadlines(actor: Actor) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const reader = await readerOf(actor);
	const first = today();
	const last = addDays(first, DEADLINE_WINDOW_DAYS);
	const result = await repo.search(await getDb(), {
		visible: repo.visibleTo(reader),
		types: ['subsidie'],
		page: 1,
		pageSize: 100,
		order: 'deadline'
	});
	return result.rows.filter((r) => r.deadline && r.deadline >= first && r.deadline <= last);
}

/**
 * News of an organisation: its own posts; for a city coop or the network also the posts its organisations
 * share upward. Only what this reader may see.
 */
export async function newsOf(actor: Actor, orgId: string, input: unknown) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'knowledge.view', scope);
	const org = await orgs.organisationById(orgId);
	const filter = listFilter.parse(input ?? {});
	const reader = await readerOf(actor);
	const db = await getDb();
	const umbrella = org.kind === 'network' || org.kind === 'city_coop';
	const orgIds = umbrella ? await descendants(orgId) : [orgId];
	const result = await repo.search(db, {
		visible: repo.visibleTo(reader),
		types: ['nieuws'],
		orgIds,
		// An umbrella shows its organisations' posts only when they were shared with it (or with everyone).
		extra: umbrella ? repo.sharedWithUmbrella(orgId, org.kind === 'city_coop') : undefined,
		page: filter.page,
		order: 'published'
	});
	return {
		org,
		rows: result.rows,
		total: result.total,
		page: result.page,
		pageSize: result.pageSize,
		canWrite: can(actor, 'knowledge.edit', scope)
	};
}

const descendants = (orgId: string) => orgs.subtreeOf(orgId);

/** Public news of an organisation (and what its organisations share with everyone) for its RSS/Atom feed. */
export async function newsFeed(actor: Actor, orgId: string) {
	const scope = await orgs.scopeFor(orgId);
	authorize(actor, 'knowledge.view', scope);
	const org = await orgs.organisationById(orgId);
	const umbrella = org.kind === 'network' || org.kind === 'city_coop';
	const result = await repo.search(await getDb(), {
		visible: repo.visibleTo(PUBLIC_READER),
		types: ['nieuws'],
		orgIds: umbrella ? await descendants(orgId) : [orgId],
		page: 1,
		pageSize: 50,
		order: 'published'
	});
	return { org, rows: result.rows };
}

// ---------------------------------------------------------------- one item

export async function getItem(actor: Actor, itemId: string) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const { item, orgName, orgSlug } = await loadVisible(actor, itemId);
	const db = await getDb();
	const scope = await orgs.scopeFor(item.orgId);
	const [attachments, versions, copies, origin] = await Promise.all([
		repo.attachmentsOf(db, item.id),
		repo.versionsOf(db, item.id),
		item.type === 'project' ? repo.copiesOf(db, item.id) : Promise.resolve([]),
		item.originId ? repo.findItem(db, item.originId) : Promise.resolve(undefined)
	]);
	const reader = await readerOf(actor);
	const originVisible = origin ? await repo.findVisible(db, origin.item.id, repo.visibleTo(reader)) : false;
	return {
		// The contact person is for people who are signed in (as with activities); visitors see the organisation.
		item:
			actor.kind === 'anonymous'
				? { ...item, contactName: null, contactPhone: null, contactEmail: null }
				: item,
		orgName,
		orgSlug,
		attachments,
		versions: versions.length,
		copies,
		origin:
			origin && originVisible
				? { id: origin.item.id, title: origin.item.title, orgName: origin.orgName }
				: null,
		canEdit: can(actor, 'knowledge.edit', scope),
		/** Organisations where the reader may take this project over as a draft. */
		canUseIn: item.type === 'project' ? reader.staffOrgIds.filter((id) => id !== item.orgId) : []
	};
}

/** What the item form needs: the organisations the actor may write for. */
export async function writeContext(actor: Actor) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const reader = await readerOf(actor);
	if (!reader.staffOrgIds.length)
		throw actor.kind === 'anonymous' ? new UnauthenticatedError() : new ForbiddenError();
	const list = await Promise.all(reader.staffOrgIds.map((id) => orgs.organisationById(id)));
	return { organisations: list.map((o) => ({ id: o.id, name: o.name, slug: o.slug, kind: o.kind })) };
}

export async function createItem(actor: Actor, orgId: string, input: unknown) {
	const scope = await orgs.scopeFor(existingId(orgId));
	authorize(actor, 'knowledge.edit', scope);
	const data = parseInput(itemInput, input);
	const tree = await placeInTree(scope.orgId);
	const by = actor.kind === 'person' ? actor.personId : null;
	return inTransaction(async (tx) => {
		const item = await repo.insertItem(tx, {
			orgId: scope.orgId,
			...tree,
			...columnsOf(data),
			version: 1,
			createdBy: by,
			updatedBy: by
		});
		await repo.insertVersion(tx, {
			itemId: item.id,
			version: 1,
			...snapshot(item),
			note: data.note ?? null,
			createdBy: by
		});
		await audit(tx, actor, {
			action: 'knowledge.create',
			subjectType: 'knowledge_item',
			subjectId: item.id,
			orgId: scope.orgId
		});
		return item;
	});
}

/** Saves a change as a new version; the old text stays in the history. */
export async function updateItem(actor: Actor, itemId: string, input: unknown) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const { item } = await loadEditable(actor, itemId);
	const data = parseInput(itemInput, input);
	if (data.type !== item.type) throw new DomainError('error_knowledge_type_fixed');
	const by = actor.kind === 'person' ? actor.personId : null;
	return inTransaction(async (tx) => {
		const updated = await repo.updateItem(tx, item.id, {
			...columnsOf(data),
			version: item.version + 1,
			updatedBy: by
		});
		await repo.insertVersion(tx, {
			itemId: item.id,
			version: updated.version,
			...snapshot(updated),
			note: data.note ?? null,
			createdBy: by
		});
		await audit(tx, actor, {
			action: 'knowledge.update',
			subjectType: 'knowledge_item',
			subjectId: item.id,
			orgId: item.orgId,
			details: { version: updated.version }
		});
		return updated;
	});
}

export async function versionHistory(actor: Actor, itemId: string) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const { item, orgName } = await loadVisible(actor, itemId);
	const scope = await orgs.scopeFor(item.orgId);
	return {
		item,
		orgName,
		// Who wrote a version is shown to signed-in readers only.
		versions: (await repo.versionsOf(await getDb(), item.id)).map((v) =>
			actor.kind === 'anonymous' ? { ...v, byName: null } : v
		),
		canRestore: can(actor, 'knowledge.edit', scope)
	};
}

/** The words added and removed between two versions (default: the previous one and the current one). */
export async function compareVersions(actor: Actor, itemId: string, input: unknown) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const { item } = await loadVisible(actor, itemId);
	const q = diffQuery.parse(input ?? {});
	const to = Math.min(q.to ?? item.version, item.version);
	const from = Math.min(q.from ?? Math.max(1, to - 1), to);
	const db = await getDb();
	const [a, b] = await Promise.all([repo.versionOf(db, item.id, from), repo.versionOf(db, item.id, to)]);
	if (!a || !b) throw new NotFoundError('error_version_not_found');
	const text = (v: typeof a) => `${v.title}\n\n${v.summary}\n\n${v.body}`;
	return {
		item,
		from,
		to,
		parts: diffWords(text(a), text(b)).map((p) => ({
			value: p.value,
			added: !!p.added,
			removed: !!p.removed
		}))
	};
}

/** Makes an old version the current text again (as a new version, so nothing is lost). */
export async function restoreVersion(actor: Actor, itemId: string, input: unknown) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const { item } = await loadEditable(actor, itemId);
	const { version } = parseInput(restoreInput, input);
	const old = await repo.versionOf(await getDb(), item.id, version);
	if (!old) throw new NotFoundError('error_version_not_found');
	const by = actor.kind === 'person' ? actor.personId : null;
	const f = old.fields as Partial<repo.KnowledgeItem>;
	return inTransaction(async (tx) => {
		const updated = await repo.updateItem(tx, item.id, {
			title: old.title,
			summary: old.summary,
			body: old.body,
			theme: f.theme ?? item.theme,
			tags: f.tags ?? item.tags,
			details: f.details ?? item.details,
			deadline: f.deadline ?? null,
			projectStatus: f.projectStatus ?? null,
			version: item.version + 1,
			updatedBy: by
		});
		await repo.insertVersion(tx, {
			itemId: item.id,
			version: updated.version,
			...snapshot(updated),
			note: `restore:${version}`,
			createdBy: by
		});
		await audit(tx, actor, {
			action: 'knowledge.restore',
			subjectType: 'knowledge_item',
			subjectId: item.id,
			orgId: item.orgId,
			details: { restored: version, version: updated.version }
		});
		return updated;
	});
}

/** "Use this project": a draft copy in one's own organisation that keeps a link to the original. */
export async function useProject(actor: Actor, itemId: string, orgId: string) {
	const scope = await orgs.scopeFor(existingId(orgId));
	authorize(actor, 'knowledge.useProject', scope);
	const { item } = await loadVisible(actor, itemId);
	if (item.type !== 'project') throw new DomainError('error_not_a_project');
	if (item.orgId === scope.orgId) throw new DomainError('error_project_is_yours');
	const tree = await placeInTree(scope.orgId);
	const by = actor.kind === 'person' ? actor.personId : null;
	return inTransaction(async (tx) => {
		const copy = await repo.insertItem(tx, {
			orgId: scope.orgId,
			...tree,
			type: 'project',
			title: item.title,
			summary: item.summary,
			body: item.body,
			theme: item.theme,
			tags: item.tags,
			scope: 'organisation',
			status: 'draft',
			details: { ...item.details, results: undefined },
			projectStatus: 'idee',
			originId: item.id,
			version: 1,
			createdBy: by,
			updatedBy: by
		});
		await repo.insertVersion(tx, {
			itemId: copy.id,
			version: 1,
			...snapshot(copy),
			note: `copy:${item.id}`,
			createdBy: by
		});
		await audit(tx, actor, {
			action: 'knowledge.use_project',
			subjectType: 'knowledge_item',
			subjectId: copy.id,
			orgId: scope.orgId,
			details: { originId: item.id }
		});
		return copy;
	});
}

// ---------------------------------------------------------------- the weekly deadline mail

/** Whether the person gets the weekly mail with coming subsidy deadlines; offered to staff (bestuur). */
export async function deadlineDigestSetting(actor: Actor) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	if (actor.kind !== 'person') return { canSubscribe: false, subscribed: false };
	const reader = await readerOf(actor);
	const pref = await repo.preferenceOf(await getDb(), actor.personId);
	return { canSubscribe: reader.staffOrgIds.length > 0 && !!actor.email, subscribed: !!pref?.deadlineDigest };
}

export async function setDeadlineDigest(actor: Actor, input: unknown) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const me: PersonActor = requirePerson(actor);
	if (!(await readerOf(me)).staffOrgIds.length) throw new ForbiddenError();
	const { digest } = parseInput(z.object({ digest: checkbox }), input);
	await inTransaction(async (tx) => {
		await repo.setPreference(tx, me.personId, { deadlineDigest: digest });
		await audit(tx, actor, {
			action: 'knowledge.deadline_digest',
			subjectType: 'person',
			subjectId: me.personId,
			details: { digest }
		});
	});
	return digest;
}

/** Once a week: each subscriber hears the subsidy deadlines of the coming 90 days that they may see. */
export async function sendDeadlineDigests(actor: Actor, now = new Date()) {
	authorize(actor, 'knowledge.jobs', PERSONAL_SCOPE);
	const db = await getDb();
	const due = await repo.digestSubscribers(db, new Date(now.getTime() - 6.5 * 86_400_000));
	let sent = 0;
	for (const s of due) {
		const reader: PersonActor = {
			kind: 'person',
			userId: null,
			personId: s.personId,
			name: '',
			email: s.email,
			memberships: await activeMembershipsOf(s.personId)
		};
		const items = await upcomingDeadlines(reader);
		await inTransaction(async (tx) => {
			if (items.length && s.email) {
				await enqueueMail(
					tx,
					deadlineDigestMail(
						s.email,
						items.map((i) => ({
							id: i.id,
							title: i.title,
							deadline: i.deadline!,
							funder: String(i.details.funder ?? '')
						})),
						asLocale(s.locale)
					)
				);
				sent++;
			}
			await repo.setPreference(tx, s.personId, { lastDigestAt: now });
		});
	}
	return sent;
}
