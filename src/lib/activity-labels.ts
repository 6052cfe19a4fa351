// Labels of the activity and group form fields, for the error summaries of the forms that hold them.
import { m } from '#lib/paraglide/messages.js';

export function activityFieldLabels(): Record<string, string> {
	return {
		title: m.activity_field_title(),
		description: m.activity_field_description(),
		theme: m.activity_field_theme(),
		groupId: m.activity_field_group(),
		date: m.activity_field_date(),
		timeFrom: m.activity_field_time_from(),
		timeTo: m.activity_field_time_to(),
		recurrence: m.activity_field_recurrence(),
		repeatUntil: m.activity_field_repeat_until(),
		exceptDates: m.activity_field_except_dates(),
		placeId: m.activity_field_place(),
		roomId: m.activity_field_room(),
		address: m.activity_field_address(),
		areaId: m.activity_field_area(),
		capacity: m.activity_field_capacity(),
		cost: m.activity_field_cost(),
		accessibility: m.activity_field_accessibility(),
		visibility: m.activity_field_visibility(),
		share: m.activity_field_share(),
		contactName: m.activity_field_contact_name(),
		contactPhone: m.activity_field_contact_phone(),
		reason: m.activity_field_reason(),
		guests: m.activity_field_guests(),
		personId: m.activity_field_person()
	};
}

export function groupFieldLabels(): Record<string, string> {
	return {
		name: m.group_field_name(),
		kind: m.group_field_kind(),
		theme: m.group_field_theme(),
		description: m.group_field_description(),
		joinPolicy: m.group_field_join_policy(),
		visibility: m.group_field_visibility(),
		areaId: m.group_field_area(),
		contactName: m.group_field_contact_name(),
		contactEmail: m.group_field_contact_email(),
		contactPhone: m.group_field_contact_phone(),
		personId: m.activity_field_person(),
		role: m.group_field_role()
	};
}
