/** Roles a person can hold in one organisation. `beheerder` on a city coop or network is the city/network
 * admin; `partner` is a read-only role for funders (aggregates only). */
export const ROLES = [
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
export type Role = (typeof ROLES)[number];

/** Roles an applicant may ask for when joining; the others are given by bestuur or beheerder. */
export const SELF_SERVICE_ROLES = [
	'bewoner',
	'vrijwilliger',
	'mantelzorger',
	'professional',
	'sociaal_ondernemer'
] as const satisfies readonly Role[];

export const MEMBERSHIP_STATUSES = ['pending', 'active', 'declined', 'ended'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
/** A slot of weekly availability, e.g. `tue-afternoon`. */
export type AvailabilitySlot = `${(typeof WEEKDAYS)[number]}-${(typeof DAY_PARTS)[number]}`;
export const AVAILABILITY_SLOTS = WEEKDAYS.flatMap((d) =>
	DAY_PARTS.map((p) => `${d}-${p}` as AvailabilitySlot)
);

export const MOBILITY = ['car', 'bike', 'foot'] as const;

/** Skills a volunteer can offer. They match the default help categories of Vraag en aanbod. */
export const SKILLS = [
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

/** Languages a person speaks (ISO 639-1), used later for matching by shared language. */
export const LANGUAGES = ['nl', 'en', 'tr', 'ar', 'pl', 'de', 'fr', 'es', 'zgh', 'pap'] as const;

/** Languages the app and its e-mails are available in (messages/*.json). */
export const UI_LOCALES = ['nl', 'en'] as const;
