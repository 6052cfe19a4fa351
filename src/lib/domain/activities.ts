// Groups, activities, the agenda and meeting places: constants shared by the server modules and the forms
// (no server imports).

/** Leefstijlclub (walking, cooking, exercise), buurtnetwerk (street or theme), interest group. */
export const GROUP_KINDS = ['leefstijlclub', 'buurtnetwerk', 'interessegroep'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** Themes of groups and activities; the agenda filters on them. */
export const THEMES = [
	'wandelen',
	'bewegen',
	'koken',
	'ontmoeten',
	'creatief',
	'tuin',
	'digitaal',
	'cultuur',
	'gezondheid',
	'straat',
	'overig'
] as const;
export type Theme = (typeof THEMES)[number];

/** open: anyone in the organisation joins at once; request: an organiser accepts; closed: organisers add. */
export const JOIN_POLICIES = ['open', 'request', 'closed'] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];

export const GROUP_ROLES = ['organiser', 'member'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];
export const GROUP_MEMBER_STATUSES = ['pending', 'active'] as const;

/** Who sees an activity: everyone (also without an account), members of the organisation, or the group. */
export const VISIBILITIES = ['public', 'members', 'group'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** How far a public activity is shared upward: only the organisation's own agenda, also the city coop's
 * agenda, or also the network's. */
export const SHARE_SCOPES = ['organisation', 'city', 'network'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];

export const ACTIVITY_STATUSES = ['scheduled', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const ACTIVITY_RECURRENCES = ['none', 'weekly', 'fortnightly'] as const;
export type ActivityRecurrence = (typeof ACTIVITY_RECURRENCES)[number];

/** confirmed: has a place; waitlist: waits in order of sign-up; cancelled: signed off (kept for history). */
export const SIGNUP_STATUSES = ['confirmed', 'waitlist', 'cancelled'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** A recurring activity makes at most this many occurrences (a year weekly). */
export const MAX_ACTIVITY_OCCURRENCES = 52;
export const MAX_CAPACITY = 500;
/** Cost in euro cents; at most € 500. */
export const MAX_COST_CENTS = 50_000;
/** An activity or booking lasts at most this many hours. */
export const MAX_DURATION_HOURS = 24;

export const PLACE_KINDS = [
	'buurtwerkkamer',
	'buurthuis',
	'cafe',
	'bibliotheek',
	'zorglocatie',
	'buiten',
	'overig'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const FACILITIES = [
	'rolstoeltoegankelijk',
	'invalidentoilet',
	'lift',
	'ringleiding',
	'keuken',
	'koffie_thee',
	'beamer',
	'wifi',
	'parkeren',
	'tuin'
] as const;
export type Facility = (typeof FACILITIES)[number];

export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
