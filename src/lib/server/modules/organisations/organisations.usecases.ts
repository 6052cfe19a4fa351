import { getDb } from '../../db/client.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../shared/actor.ts';
import { DomainError, NotFoundError, parseInput } from '../../shared/errors.ts';
import { existingId } from '../../shared/ids.ts';
import { authorize, can, type OrgScope } from '../../shared/policy.ts';
import { slugify } from '../../shared/slug.ts';
import { audit } from '../audit/audit.repository.ts';
import { allowedParentKinds, type OrganisationKind } from '#lib/domain/organisations.ts';
import * as repo from './organisations.repository.ts';
import {
	areaInput,
	memberOverviewFilter,
	organisationInput,
	organisationUpdate
} from './organisations.schemas.ts';

export type { Area, Organisation } from './organisations.repository.ts';

/** Resolves a slug from a URL to the organisation and its policy scope, or 404. */
export async function resolveOrganisation(
	slug: string
): Promise<{ org: repo.Organisation; scope: OrgScope }> {
	// Slugs are made by slugify(): anything else in the URL cannot be an organisation.
	if (!/^[a-z0-9-]{1,80}$/.test(slug)) throw new NotFoundError('error_organisation_not_found');
	const db = await getDb();
	const org = await repo.findBySlug(db, slug);
	if (!org) throw new NotFoundError('error_organisation_not_found');
	return { org, scope: await repo.scopeOf(db, org.id) };
}

/** The policy scope of an organisation (itself and its ancestors). Reveals nothing but ids. */
export async function scopeFor(orgId: string): Promise<OrgScope> {
	return repo.scopeOf(await getDb(), orgId);
}

/** The organisation and every organisation below it. Reveals nothing but ids. */
export async function subtreeOf(orgId: string): Promise<string[]> {
	return repo.subtreeIds(await getDb(), orgId);
}

/** Public facts of an organisation by id (for mails and headings), or 404. */
export async function organisationById(orgId: string): Promise<repo.Organisation> {
	const org = await repo.findById(await getDb(), orgId);
	if (!org) throw new NotFoundError('error_organisation_not_found');
	return org;
}

/** Everything on an organisation's public page: no personal data. */
const isUmbrella = (kind: string) => kind === 'network' || kind === 'city_coop';

export async function getPublicOrganisation(actor: Actor, slug: string) {
	const { org, scope } = await resolveOrganisation(slug);
	authorize(actor, 'organisation.viewPublic', scope);
	const db = await getDb();
	const [areas, parents, kids] = await Promise.all([
		repo.areasOf(db, org.id),
		repo.ancestors(db, org.id),
		repo.children(db, org.id)
	]);
	return {
		org,
		areas,
		parents,
		children: kids,
		canEdit: can(actor, 'organisation.update', scope),
		canManageMembers: can(actor, 'member.list', scope),
		// Help is asked and coordinated in member organisations, not in a network or city coop.
		canAskHelp: !isUmbrella(org.kind) && can(actor, 'help.request', scope),
		canCoordinateHelp: !isUmbrella(org.kind) && can(actor, 'help.coordinate', scope)
	};
}

/** A city coop's (or network's) public overview of its member organisations, optionally by wijk. */
export async function memberOverview(actor: Actor, slug: string, filter: unknown) {
	const { org, scope } = await resolveOrganisation(slug);
	authorize(actor, 'organisation.viewPublic', scope);
	const { wijk } = parseInput(memberOverviewFilter, filter);
	const db = await getDb();
	const wijken = (await repo.areasOf(db, org.id)).filter((a) => a.kind === 'wijk');
	const members = await repo.children(db, org.id, wijk);
	const areas = await repo.areasOfMany(
		db,
		members.map((m) => m.id)
	);
	const areasByOrg = Map.groupBy(areas, (a) => a.orgId);
	return {
		org,
		wijken,
		selectedWijk: wijk ?? null,
		members: members.map((m) => ({ ...m, areas: areasByOrg.get(m.id) ?? [] }))
	};
}

/** Networks and city coops for the public home page. */
export async function listPublicTree(actor: Actor) {
	authorize(actor, 'organisation.viewPublic', { orgId: '', ancestorIds: [] });
	const db = await getDb();
	const all = await repo.listAll(db);
	return {
		networks: all.filter((o) => o.kind === 'network'),
		cityCoops: all.filter((o) => o.kind === 'city_coop'),
		members: all.filter((o) => o.kind !== 'network' && o.kind !== 'city_coop')
	};
}

/** Organisations of one level (e.g. all networks); public facts only. */
export async function listByKind(kind: OrganisationKind) {
	return repo.listByKind(await getDb(), kind);
}

/** Organisations this actor may manage (beheerder there or on an ancestor). */
export async function listManageable(actor: Actor) {
	const all = await repo.listAll(await getDb());
	const parentOf = new Map(all.map((o) => [o.id, o.parentId]));
	const scopeInMemory = (id: string): OrgScope => {
		const ancestorIds: string[] = [];
		for (let p = parentOf.get(id); p; p = parentOf.get(p)) ancestorIds.push(p);
		return { orgId: id, ancestorIds };
	};
	return all.filter((o) => can(actor, 'organisation.update', scopeInMemory(o.id)));
}

/** First path segments the app uses itself; an organisation cannot take them as its slug. */
export const RESERVED_SLUGS = new Set([
	'inloggen',
	'uitloggen',
	'postvak',
	'profiel',
	'beheer',
	'healthz',
	'api',
	'en',
	'nl',
	'static',
	'mijn',
	'uitnodiging',
	'ical',
	'kennis',
	'zoeken',
	'projecten',
	'opleidingen',
	'diensten'
]);

async function uniqueSlug(name: string): Promise<string> {
	const db = await getDb();
	const slugged = slugify(name) || 'organisatie';
	const base = RESERVED_SLUGS.has(slugged) ? `${slugged}-org` : slugged;
	for (let i = 1; ; i++) {
		const slug = i === 1 ? base : `${base}-${i}`;
		if (!(await repo.slugExists(db, slug))) return slug;
	}
}

/** Creates an organisation under `parentId` (null only for a new network, by the system). */
export async function createOrganisation(actor: Actor, parentId: string | null, input: unknown) {
	const db = await getDb();
	const parent = parentId ? await repo.findById(db, parentId) : undefined;
	if (parentId && !parent) throw new NotFoundError('error_organisation_not_found');
	const scope: OrgScope = parent ? await repo.scopeOf(db, parent.id) : { orgId: '', ancestorIds: [] };
	// A network (no parent) has no scope anyone holds roles in: only the system (admin CLI) creates one.
	authorize(actor, 'organisation.create', scope);
	const data = parseInput(organisationInput, input);
	const allowed = allowedParentKinds(data.kind);
	if (parent ? !allowed.includes(parent.kind) : allowed.length > 0) {
		throw new DomainError('error_organisation_wrong_parent', 400, {
			kind: 'error_organisation_wrong_parent'
		});
	}
	// Two organisations with the same name created at the same moment may pick the same free slug; the
	// unique index refuses the second, which then picks the next one.
	for (let attempt = 0; ; attempt++) {
		const slug = await uniqueSlug(data.name);
		try {
			return await inTransaction(async (tx) => {
				const org = await repo.insert(tx, { ...data, slug, parentId: parent?.id ?? null });
				await audit(tx, actor, {
					action: 'organisation.create',
					subjectType: 'organisation',
					subjectId: org.id,
					orgId: org.id
				});
				return org;
			});
		} catch (e) {
			if (!isUniqueViolation(e) || attempt >= 4) throw e;
		}
	}
}

export async function updateOrganisation(actor: Actor, orgId: string, input: unknown) {
	const db = await getDb();
	authorize(actor, 'organisation.update', await repo.scopeOf(db, orgId));
	const data = parseInput(organisationUpdate, input);
	return inTransaction(async (tx) => {
		const org = await repo.update(tx, orgId, data);
		await audit(tx, actor, {
			action: 'organisation.update',
			subjectType: 'organisation',
			subjectId: orgId,
			orgId
		});
		return org;
	});
}

export async function listAreas(actor: Actor, orgId: string) {
	const db = await getDb();
	authorize(actor, 'organisation.viewPublic', await repo.scopeOf(db, orgId));
	return repo.areasOf(db, orgId);
}

/** Wijken of the parent (city coop) that a member organisation's buurt can belong to. */
export async function parentWijken(actor: Actor, orgId: string) {
	const db = await getDb();
	const scope = await repo.scopeOf(db, orgId);
	authorize(actor, 'organisation.viewPublic', scope);
	const parentId = scope.ancestorIds[0];
	if (!parentId) return [];
	return (await repo.areasOf(db, parentId)).filter((a) => a.kind === 'wijk');
}

async function checkWijk(orgId: string, wijkId: string | undefined) {
	if (!wijkId) return;
	const wijken = await parentWijken({ kind: 'system', reason: 'validate wijk' }, orgId);
	if (!wijken.some((w) => w.id === wijkId)) {
		throw new DomainError('validation_invalid', 400, { wijkId: 'validation_invalid' });
	}
}

export async function addArea(actor: Actor, orgId: string, input: unknown) {
	const db = await getDb();
	authorize(actor, 'organisation.update', await repo.scopeOf(db, orgId));
	const data = parseInput(areaInput, input);
	await checkWijk(orgId, data.wijkId);
	return inTransaction(async (tx) => {
		const created = await repo.insertArea(tx, orgId, data).catch((e: unknown) => {
			throw isUniqueViolation(e)
				? new DomainError('error_area_exists', 409, { name: 'error_area_exists' })
				: e;
		});
		await audit(tx, actor, { action: 'area.create', subjectType: 'area', subjectId: created.id, orgId });
		return created;
	});
}

export async function updateArea(actor: Actor, orgId: string, areaId: string, input: unknown) {
	const db = await getDb();
	authorize(actor, 'organisation.update', await repo.scopeOf(db, orgId));
	existingId(areaId);
	const data = parseInput(areaInput, input);
	await checkWijk(orgId, data.wijkId);
	return inTransaction(async (tx) => {
		const updated = await repo.updateArea(tx, orgId, areaId, data).catch((e: unknown) => {
			throw isUniqueViolation(e)
				? new DomainError('error_area_exists', 409, { name: 'error_area_exists' })
				: e;
		});
		if (!updated) throw new NotFoundError();
		await audit(tx, actor, { action: 'area.update', subjectType: 'area', subjectId: areaId, orgId });
		return updated;
	});
}

export async function removeArea(actor: Actor, orgId: string, areaId: string) {
	const db = await getDb();
	authorize(actor, 'organisation.update', await repo.scopeOf(db, orgId));
	existingId(areaId);
	return inTransaction(async (tx) => {
		if (!(await repo.deleteArea(tx, orgId, areaId))) throw new NotFoundError();
		await audit(tx, actor, { action: 'area.delete', subjectType: 'area', subjectId: areaId, orgId });
	});
}

export async function areaForPostcode(orgId: string, postcode: string | undefined) {
	if (!postcode) return undefined;
	return repo.areaForPostcode(await getDb(), orgId, postcode);
}
