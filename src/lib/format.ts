// Dates and times in the reader's language (nl: "23 nov. 2026"), whatever the server's own locale is.
import { getLocale } from '#lib/paraglide/runtime.js';

const TIME_ZONE = 'Europe/Amsterdam';

export function formatDate(value: Date | string | null | undefined): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(
		new Date(value)
	);
}

export function formatDateTime(value: Date | string | null | undefined): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(getLocale(), {
		dateStyle: 'short',
		timeStyle: 'short',
		timeZone: TIME_ZONE
	}).format(new Date(value));
}
