// Option lists for forms, labelled from the message files. The values are the domain's constants.
import { label } from './i18n.ts';

export const ROLE_VALUES = [
	'bewoner',
	'vrijwilliger',
	'mantelzorger',
	'professional',
	'sociaal_ondernemer',
	'coordinator',
	'bestuur',
	'beheerder',
	'partner'
] as const;
export const SELF_SERVICE_ROLE_VALUES = [
	'bewoner',
	'vrijwilliger',
	'mantelzorger',
	'professional',
	'sociaal_ondernemer'
] as const;
export const SKILL_VALUES = [
	'vervoer',
	'boodschappen',
	'klussen',
	'gezelschap',
	'maaltijden',
	'administratie',
	'digitale_hulp',
	'tuin',
	'mantelzorgondersteuning'
] as const;
export const LANGUAGE_VALUES = ['nl', 'en', 'tr', 'ar', 'pl', 'de', 'fr', 'es', 'zgh', 'pap'] as const;
export const MOBILITY_VALUES = ['car', 'bike', 'foot'] as const;
export const WEEKDAY_VALUES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PART_VALUES = ['morning', 'afternoon', 'evening'] as const;
export const MEMBER_KIND_VALUES = [
	'wijkcooperatie',
	'buurtcooperatie',
	'dorpscooperatie',
	'zorgcooperatie',
	'bbbo',
	'stadsdorp',
	'bewonersinitiatief'
] as const;

export function options(group: string, values: readonly string[]) {
	return values.map((value) => ({ value, label: label(group, value) }));
}
