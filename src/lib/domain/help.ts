// Vraag en aanbod: constants shared by the help and matching modules and the forms (no server imports).
import { SKILLS } from './members.ts';

/** Default help categories of a new organisation. Each matches the volunteer skill of the same name,
 * except `overig`, which any volunteer may take. */
export const DEFAULT_CATEGORIES = [...SKILLS, 'overig'] as const;

/** Categories that mean a visit at home: a VOG is required by default (coordinators can change this). */
export const HOME_VISIT_CATEGORIES: readonly string[] = [
	'gezelschap',
	'administratie',
	'mantelzorgondersteuning'
];

/** nieuw → in_behandeling → gekoppeld → uitgevoerd → geevalueerd; or geannuleerd / niet_gelukt. */
export const HELP_STATUSES = [
	'nieuw',
	'in_behandeling',
	'gekoppeld',
	'uitgevoerd',
	'geevalueerd',
	'geannuleerd',
	'niet_gelukt'
] as const;
export type HelpStatus = (typeof HELP_STATUSES)[number];

/** Requests that still wait for a volunteer. */
export const OPEN_STATUSES = ['nieuw', 'in_behandeling'] as const satisfies readonly HelpStatus[];
/** Requests where a volunteer is linked (now or in the past). */
export const MATCHED_STATUSES = [
	'gekoppeld',
	'uitgevoerd',
	'geevalueerd'
] as const satisfies readonly HelpStatus[];
export const CLOSED_STATUSES = ['geannuleerd', 'niet_gelukt'] as const satisfies readonly HelpStatus[];

/** Which status may follow which; every change is recorded as a help event. */
export const TRANSITIONS: Record<HelpStatus, readonly HelpStatus[]> = {
	nieuw: ['in_behandeling', 'gekoppeld', 'geannuleerd', 'niet_gelukt'],
	in_behandeling: ['nieuw', 'gekoppeld', 'geannuleerd', 'niet_gelukt'],
	gekoppeld: ['in_behandeling', 'uitgevoerd', 'geannuleerd', 'niet_gelukt'],
	uitgevoerd: ['geevalueerd'],
	geevalueerd: [],
	geannuleerd: [],
	niet_gelukt: []
};

export const URGENCIES = ['normal', 'soon', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const RECURRENCES = ['none', 'weekly', 'fortnightly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];
/** A recurring request makes at most this many occurrences (half a year weekly). */
export const MAX_OCCURRENCES = 26;

/** Why a request was cancelled or did not work out. */
export const CLOSE_REASONS = [
	'no_volunteer',
	'no_longer_needed',
	'resident_unreachable',
	'solved_otherwise',
	'volunteer_cancelled',
	'other'
] as const;

export const INVITATION_STATUSES = ['invited', 'accepted', 'declined', 'withdrawn'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const HELP_ORIGINS = ['self', 'on_behalf', 'intake'] as const;

/** Reimbursement per km in euro cents unless the organisation sets its own. */
export const DEFAULT_KM_RATE_CENTS = 30;
/** Sanity limits for what a volunteer logs after one request. */
export const MAX_HOURS_PER_REQUEST = 24;
export const MAX_KM_PER_REQUEST = 500;

/** A VOG counts for home visits when it was issued at most this many years ago (policy of most coops). */
export const VOG_VALID_YEARS = 3;

/** Day parts of weekly availability, in local time: [start hour, end hour). */
export const DAY_PART_HOURS = { morning: [6, 12], afternoon: [12, 17], evening: [17, 23] } as const;
