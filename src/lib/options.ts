// Option lists for forms, labelled from the message files. The values are the domain's constants.
import { label } from './i18n.ts';

export {
	AVAILABILITY_SLOTS,
	DAY_PARTS as DAY_PART_VALUES,
	LANGUAGES as LANGUAGE_VALUES,
	MOBILITY as MOBILITY_VALUES,
	ROLES as ROLE_VALUES,
	SELF_SERVICE_ROLES as SELF_SERVICE_ROLE_VALUES,
	SKILLS as SKILL_VALUES,
	WEEKDAYS as WEEKDAY_VALUES
} from './domain/members.ts';
export { MEMBER_ORGANISATION_KINDS as MEMBER_KIND_VALUES } from './domain/organisations.ts';

export function options(group: string, values: readonly string[]) {
	return values.map((value) => ({ value, label: label(group, value) }));
}
export {
	ACTIVITY_RECURRENCES as ACTIVITY_RECURRENCE_VALUES,
	GROUP_KINDS as GROUP_KIND_VALUES,
	GROUP_ROLES as GROUP_ROLE_VALUES,
	JOIN_POLICIES as JOIN_POLICY_VALUES,
	SHARE_SCOPES as SHARE_VALUES,
	THEMES as THEME_VALUES,
	VISIBILITIES as VISIBILITY_VALUES,
	PLACE_KINDS as PLACE_KIND_VALUES,
	FACILITIES as FACILITY_VALUES
} from './domain/activities.ts';
