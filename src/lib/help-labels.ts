// Labels of the help request fields, for the error summary of every form that holds them.
import { m } from '#lib/paraglide/messages.js';
import { formatDay } from './format.ts';
import { label } from './i18n.ts';

export function helpFieldLabels(): Record<string, string> {
	return {
		categoryId: m.help_field_category(),
		description: m.help_field_description(),
		date: m.help_field_date(),
		flexible: m.help_field_flexible(),
		timeFrom: m.help_field_time_from(),
		timeTo: m.help_field_time_to(),
		recurrence: m.help_field_recurrence(),
		repeatUntil: m.help_field_repeat_until(),
		urgency: m.help_field_urgency(),
		address: m.field_address(),
		postcode: m.field_postcode(),
		pickup: m.help_field_pickup(),
		destination: m.help_field_destination(),
		needsVog: m.help_field_needs_vog(),
		needsCar: m.help_field_needs_car(),
		language: m.help_field_language(),
		personId: m.help_field_resident()
	};
}

/** Name of a help category: its own name, or the translated default. */
export function categoryLabel(c: { key: string; name: string | null }): string {
	return c.name ?? label('category', c.key);
}

/** "do 26 nov. 2026, 10:00–12:00", or "date to be agreed". */
export function whenLabel(r: {
	date: string | null;
	timeFrom: string | null;
	timeTo: string | null;
}): string {
	if (!r.date) return m.help_when_flexible();
	const time = r.timeFrom ? (r.timeTo ? `${r.timeFrom}–${r.timeTo}` : r.timeFrom) : '';
	return [formatDay(r.date), time].filter(Boolean).join(', ');
}
