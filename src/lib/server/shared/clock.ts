// Calendar days as the coop lives them: in Europe/Amsterdam, as "YYYY-MM-DD" strings (like Postgres `date`).
import { WEEKDAYS } from '#lib/domain/members.ts';

export const TIME_ZONE = 'Europe/Amsterdam';

const dayFormat = new Intl.DateTimeFormat('en-CA', {
	timeZone: TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

const hourFormat = new Intl.DateTimeFormat('en-GB', {
	hour: 'numeric',
	hourCycle: 'h23',
	timeZone: TIME_ZONE
});

/** The hour of the day (0–23) in Amsterdam. */
export function hourOf(now = new Date()): number {
	return Number(hourFormat.format(now));
}

/** Today's date in Amsterdam. */
export function today(now = new Date()): string {
	return dayFormat.format(now);
}

/** A date `days` later (or earlier, when negative). */
export function addDays(day: string, days: number): string {
	const d = new Date(`${day}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** The weekday of a date, as in availability slots (`mon` … `sun`). */
export function weekdayOf(day: string): (typeof WEEKDAYS)[number] {
	const js = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
	return WEEKDAYS[(js + 6) % 7]!;
}

/** First and last day of the month of a date. */
export function monthOf(day: string): { first: string; last: string } {
	const first = `${day.slice(0, 7)}-01`;
	const next = new Date(`${first}T12:00:00Z`);
	next.setUTCMonth(next.getUTCMonth() + 1);
	return { first, last: addDays(next.toISOString().slice(0, 10), -1) };
}

/** Monday of the ISO week of a date. */
export function weekStart(day: string): string {
	const js = new Date(`${day}T12:00:00Z`).getUTCDay();
	return addDays(day, -((js + 6) % 7));
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

/** How far Amsterdam's wall clock is ahead of UTC at `at`, in milliseconds (1 h in winter, 2 h in summer). */
function amsterdamOffset(at: number): number {
	const p = Object.fromEntries(partsFormat.formatToParts(at).map((x) => [x.type, x.value]));
	const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
	return wall - Math.floor(at / 1000) * 1000;
}

/** The instant of a local date and time "HH:MM" in Amsterdam, summer time included. A time the clock shows
 * twice (October) is its first occurrence; a time that does not exist (the hour skipped in March) is read
 * with the winter offset, so it lands an hour later. */
export function instantOf(day: string, time: string): Date {
	const [y, mo, d] = day.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
	const before = wall - amsterdamOffset(wall - 86_400_000);
	const after = wall - amsterdamOffset(wall + 86_400_000);
	const fits = [before, after].filter((at) => at + amsterdamOffset(at) === wall);
	return new Date(fits.length ? Math.min(...fits) : before);
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
	timeZone: TIME_ZONE,
	hourCycle: 'h23',
	hour: '2-digit',
	minute: '2-digit'
});

/** The time of day "HH:MM" of an instant in Amsterdam (the other way round from `instantOf`). */
export function timeOf(at: Date): string {
	return timeFormat.format(at);
}
