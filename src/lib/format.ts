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

/** A calendar day "YYYY-MM-DD" with its weekday ("do 26 nov. 2026"), without shifting time zones. */
export function formatDay(day: string | null | undefined): string {
	if (!day) return '';
	return new Intl.DateTimeFormat(getLocale(), {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${day}T12:00:00Z`));
}

/** Euro amount from cents, in the reader's language. */
export function formatEuro(cents: number): string {
	return new Intl.NumberFormat(getLocale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
