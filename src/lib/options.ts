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
