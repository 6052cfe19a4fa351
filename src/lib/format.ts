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

/** Time of day "14:00" in Amsterdam. */
export function formatTime(value: Date | string | null | undefined): string {
	if (!value) return '';
	return new Intl.DateTimeFormat(getLocale(), { timeStyle: 'short', timeZone: TIME_ZONE }).format(
		new Date(value)
	);
}

/** When an activity happens: "do 26 nov. 2026, 14:00–16:00" (the end date too when it ends another day). */
export function formatSpan(start: Date | string, end: Date | string): string {
	const day = (v: Date | string) =>
		new Intl.DateTimeFormat(getLocale(), {
			weekday: 'short',
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			timeZone: TIME_ZONE
		}).format(new Date(v));
	const sameDay = day(start) === day(end);
	return sameDay
		? `${day(start)}, ${formatTime(start)}–${formatTime(end)}`
		: `${day(start)} ${formatTime(start)} – ${day(end)} ${formatTime(end)}`;
}
