// Activities as an iCalendar feed (RFC 5545) that phones and calendar programs subscribe to. Pure: the
// same rows give the same text, so a feed only changes when an activity changes.
import ical, { ICalEventStatus } from 'ical-generator';
import { m } from '#lib/paraglide/messages.js';
import type { ActivityRow } from './activities.repository.ts';

/** An activity in a feed; `tentative` marks a place on the wait list (personal feed). */
export type FeedActivity = ActivityRow & { tentative?: boolean };

// A calendar belongs to the organisation, not to whoever fetched it: always its default language.
const locale = { locale: 'nl' } as const;

/** Calendar programs fetch the feed again after this many seconds (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const FEED_TTL_SECONDS = 3600;

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Where it happens: the meeting place (room, address, city), or the free address. */
export function locationOf(a: ActivityRow): string {
	if (a.placeName) return [a.placeName, a.roomName, a.placeAddress, a.placeCity].filter(Boolean).join(', ');
	return a.address ?? '';
}

function descriptionOf(a: FeedActivity, url: string): string {
	const contact = [a.contactName, a.contactPhone].filter(Boolean).join(', ');
	const accessibility = [a.accessibility, a.placeAccessibility].filter(Boolean).join(' ');
	return [
		a.status === 'cancelled' && a.cancelReason ? m.ical_reason({ reason: a.cancelReason }, locale) : '',
		a.tentative && a.status !== 'cancelled' ? m.ical_waitlist_note({}, locale) : '',
		a.description,
		a.costCents > 0
			? m.ical_cost({ amount: euro.format(a.costCents / 100) }, locale)
			: m.ical_cost_free({}, locale),
		accessibility ? m.ical_accessibility({ text: accessibility }, locale) : '',
		contact ? m.ical_contact({ contact }, locale) : '',
		m.ical_organisation({ org: a.orgName }, locale),
		m.ical_more_info({ url }, locale)
	]
		.map((part) => part.trim())
		.filter(Boolean)
		.join('\n\n');
}

function summaryOf(a: FeedActivity): string {
	if (a.status === 'cancelled') return m.ical_cancelled({ title: a.title }, locale);
	if (a.tentative) return m.ical_waitlist({ title: a.title }, locale);
	return a.title;
}

/**
 * TEXT escaping (RFC 5545 3.3.11) for the calendar name: ical-generator 11 writes NAME and X-WR-CALNAME
 * as given, so an organisation name with a comma or a line break would otherwise corrupt the feed.
 */
function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * The feed text. `absolute` turns a path of this site into a full URL (config.absoluteUrl).
 * DTSTAMP is the activity's last change: a feed has no METHOD, and then RFC 5545 (3.8.7.2) defines DTSTAMP
 * as the time the information was last revised — which also keeps the output stable between fetches.
 */
export function activitiesCalendar(
	name: string,
	activities: readonly FeedActivity[],
	absolute: (path: string) => string
): string {
	const calendar = ical({
		name: escapeText(name),
		prodId: { company: 'wijkcoop', product: 'agenda', language: 'NL' },
		ttl: FEED_TTL_SECONDS
	});
	for (const a of activities) {
		const url = absolute(`/${a.orgSlug}/agenda/${a.id}`);
		const location = locationOf(a);
		calendar.createEvent({
			id: `${a.id}@wijkcoop`,
			stamp: a.updatedAt,
			lastModified: a.updatedAt,
			start: a.startsAt,
			end: a.endsAt,
			summary: summaryOf(a),
			description: descriptionOf(a, url),
			location: location || null,
			url,
			status:
				a.status === 'cancelled'
					? ICalEventStatus.CANCELLED
					: a.tentative
						? ICalEventStatus.TENTATIVE
						: ICalEventStatus.CONFIRMED
		});
	}
	// Every content line ends with CRLF (RFC 5545 3.1), the last one too; ical-generator leaves it off.
	return `${calendar.toString()}\r\n`;
}
