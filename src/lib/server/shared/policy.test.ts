import { describe, expect, it } from 'vitest';
import { anonymous, type Actor } from './actor.ts';
import { ForbiddenError, UnauthenticatedError } from './errors.ts';
import { authorize, can, RULES, type OrgScope } from './policy.ts';

const network = 'net';
const city = 'city';
const coopA: OrgScope = { orgId: 'a', ancestorIds: [city, network] };
const coopB: OrgScope = { orgId: 'b', ancestorIds: [city, network] };
const cityScope: OrgScope = { orgId: city, ancestorIds: [network] };

function person(memberships: { orgId: string; roles: string[] }[]): Actor {
	return {
		kind: 'person',
		userId: 'u',
		personId: 'p',
		name: 'n',
		email: null,
		memberships: memberships as never
	};
}

describe('policy', () => {
	it('a coordinator lists members of their own organisation, not of a neighbouring one', () => {
		const coordinator = person([{ orgId: 'a', roles: ['coordinator'] }]);
		expect(can(coordinator, 'member.list', coopA)).toBe(true);
		expect(can(coordinator, 'member.list', coopB)).toBe(false);
	});

	it('a city coop beheerder manages member organisations below it but never sees their member lists', () => {
		const cityAdmin = person([{ orgId: city, roles: ['beheerder'] }]);
		expect(can(cityAdmin, 'organisation.update', coopA)).toBe(true);
		expect(can(cityAdmin, 'organisation.create', cityScope)).toBe(true);
		expect(can(cityAdmin, 'member.list', coopA)).toBe(false);
		expect(can(cityAdmin, 'member.export', coopA)).toBe(false);
	});

	it('a member organisation beheerder cannot manage the city coop above it', () => {
		const coopAdmin = person([{ orgId: 'a', roles: ['beheerder'] }]);
		expect(can(coopAdmin, 'organisation.update', coopA)).toBe(true);
		expect(can(coopAdmin, 'organisation.update', cityScope)).toBe(false);
	});

	it('residents and volunteers have no staff rights, whatever their number of roles', () => {
		const member = person([
			{ orgId: 'a', roles: ['bewoner', 'vrijwilliger', 'mantelzorger', 'professional'] }
		]);
		for (const action of [
			'member.list',
			'member.decide',
			'member.registerManaged',
			'member.export',
			'organisation.update'
		] as const) {
			expect(can(member, action, coopA)).toBe(false);
		}
	});

	it('only bestuur and beheerder export the member register', () => {
		expect(can(person([{ orgId: 'a', roles: ['coordinator'] }]), 'member.export', coopA)).toBe(false);
		expect(can(person([{ orgId: 'a', roles: ['bestuur'] }]), 'member.export', coopA)).toBe(true);
	});

	it('an anonymous visitor gets 401 and a signed-in outsider 403', () => {
		expect(() => authorize(anonymous, 'member.list', coopA)).toThrow(UnauthenticatedError);
		expect(() => authorize(person([]), 'member.list', coopA)).toThrow(ForbiddenError);
	});

	it('public pages are open to everyone, also anonymous visitors', () => {
		expect(() => authorize(anonymous, 'organisation.viewPublic', coopA)).not.toThrow();
	});

	it('only organisation management rules cascade down the tree', () => {
		const cascading = Object.entries(RULES)
			.filter(([, rule]) => 'cascade' in rule && rule.cascade)
			.map(([action]) => action)
			.sort();
		expect(cascading).toEqual(['organisation.create', 'organisation.update', 'outbox.read']);
	});
});
