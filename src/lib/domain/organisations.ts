/** Levels and types of organisations. Shared by schema, validation and UI (via message keys). */
export const ORGANISATION_KINDS = [
	'network',
	'city_coop',
	'wijkcooperatie',
	'buurtcooperatie',
	'dorpscooperatie',
	'zorgcooperatie',
	'bbbo',
	'stadsdorp',
	'bewonersinitiatief'
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const MEMBER_ORGANISATION_KINDS = ORGANISATION_KINDS.filter(
	(k): k is Exclude<OrganisationKind, 'network' | 'city_coop'> => k !== 'network' && k !== 'city_coop'
);

/** Which kind of parent each kind needs. A network is the root; city coops sit in a network; member
 * organisations sit in a city coop (or directly in the network where no city coop exists yet). */
export function allowedParentKinds(kind: OrganisationKind): readonly OrganisationKind[] {
	if (kind === 'network') return [];
	if (kind === 'city_coop') return ['network'];
	return ['city_coop', 'network'];
}

export const AREA_KINDS = ['wijk', 'buurt'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
