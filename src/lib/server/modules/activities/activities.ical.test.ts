// The calendar feed, read back by an independent parser (ical.js) as a phone's calendar would. No database.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { activitiesCalendar, type FeedActivity } from './activities.ical.ts';

// ical.js leaves properties it does not know raw; RFC 5545 (3.8.8.2) makes TEXT the default value type of
// a non-standard property, so read the calendar's name as TEXT like calendar programs do.
(ICAL.design.icalendar.property as Record<string, object>)['x-wr-calname'] = { defaultType: 'text' };

const absolute = (path: string) => `https://wijkcoop.example${path}`;

let n = 0;
function activity(overrides: Partial<FeedActivity> = {}): FeedActivity {
	n++;
	return {
		id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
		orgId: '10000000-0000-4000-8000-000000000001',
		orgSlug: 'buurtcoop-oost',
		orgName: 'Buurtcoöperatie Oost',
		groupId: null,
		groupName: null,
		seriesId: null,
		courseId: null,
		recurrence: 'none',
		title: 'Koffieochtend',
		description: 'Samen koffie drinken.',
		theme: 'ontmoeten',
		startsAt: new Date('2026-11-26T09:00:00Z'),
		endsAt: new Date('2026-11-26T11:00:00Z'),
		placeId: '20000000-0000-4000-8000-000000000001',
		placeName: 'Buurthuis De Linde',
		placeAddress: 'Lindelaan 4',
		placeCity: 'Utrecht',
		roomId: null,
		roomName: null,
		address: null,
		areaId: null,
		areaName: null,
		capacity: null,
		costCents: 0,
		accessibility: '',
		placeAccessibility: '',
		visibility: 'public',
		share: 'organisation',
		status: 'scheduled',
		cancelReason: null,
		contactName: null,
		contactPhone: null,
		updatedAt: new Date('2026-11-01T12:00:00Z'),
		taken: 0,
		waiting: 0,
		...overrides
	};
}

function parse(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent');
	return { calendar, events, byUid: (uid: string) => events.find((e) => new ICAL.Event(e).uid === uid)! };
}

describe('the iCalendar feed of activities', () => {
	it('parses as one calendar with one event per activity', () => {
		const list = [activity(), activity({ title: 'Wandelen' }), activity({ title: 'Breien' })];
		const { calendar, events } = parse(activitiesCalendar('Agenda Oost', list, absolute));
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toContain('wijkcoop');
		expect(events).toHaveLength(3);
	});

	it('carries a stable UID, the start and end as UTC instants, the title, the place and the link', () => {
		const a = activity({ roomName: 'Zaal 2' });
		const text = activitiesCalendar('Agenda Oost', [a], absolute);
		const vevent = parse(text).events[0]!;
		const event = new ICAL.Event(vevent);
		expect(event.uid).toBe(`${a.id}@wijkcoop`);
		expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-26T09:00:00.000Z');
		expect(event.endDate.toJSDate().toISOString()).toBe('2026-11-26T11:00:00.000Z');
		expect(event.startDate.zone?.tzid).toBe('UTC');
		expect(text).toContain('DTSTART:20261126T090000Z');
		expect(event.summary).toBe('Koffieochtend');
		expect(event.location).toBe('Buurthuis De Linde, Zaal 2, Lindelaan 4, Utrecht');
		expect(vevent.getFirstPropertyValue('url')).toBe(
			`https://wijkcoop.example/buurtcoop-oost/agenda/${a.id}`
		);
		expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
		// The same activity gives the same UID in the next fetch, so the calendar updates it in place.
		expect(activitiesCalendar('Agenda Oost', [a], absolute)).toBe(text);
	});

	it('stamps and dates the last change from the activity itself', () => {
		const vevent = parse(activitiesCalendar('Agenda Oost', [activity()], absolute)).events[0]!;
		const at = (name: string) => (vevent.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
		expect(at('dtstamp')).toBe('2026-11-01T12:00:00.000Z');
		expect(at('last-modified')).toBe('2026-11-01T12:00:00.000Z');
	});

	it('uses the free address when the activity has no meeting place', () => {
		const a = activity({
			placeId: null,
			placeName: null,
			placeAddress: null,
			placeCity: null,
			address: 'Parkweg 1, Zeist'
		});
		expect(new ICAL.Event(parse(activitiesCalendar('x', [a], absolute)).events[0]!).location).toBe(
			'Parkweg 1, Zeist'
		);
	});

	it('describes the activity with its cost, accessibility and contact, in Dutch', () => {
		const a = activity({
			costCents: 350,
			accessibility: 'Rolstoeltoegankelijk.',
			contactName: 'Els',
			contactPhone: '06 12345678'
		});
		const description = new ICAL.Event(parse(activitiesCalendar('x', [a], absolute)).events[0]!).description;
		expect(description).toContain('Samen koffie drinken.');
		expect(description).toMatch(/Kosten: €\s3,50/);
		expect(description).toContain('Toegankelijkheid: Rolstoeltoegankelijk.');
		expect(description).toContain('Contact: Els, 06 12345678');
		expect(description).toContain(`https://wijkcoop.example/buurtcoop-oost/agenda/${a.id}`);
		const free = new ICAL.Event(parse(activitiesCalendar('x', [activity()], absolute)).events[0]!)
			.description;
		expect(free).toContain('Kosten: gratis');
	});

	it('marks a cancelled activity CANCELLED and says so in the title', () => {
		const a = activity({ status: 'cancelled', cancelReason: 'De zaal is dicht.' });
		const vevent = parse(activitiesCalendar('x', [a, activity()], absolute)).byUid(`${a.id}@wijkcoop`);
		expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(new ICAL.Event(vevent).summary).toBe('Gaat niet door: Koffieochtend');
		expect(new ICAL.Event(vevent).description).toContain('Reden: De zaal is dicht.');
	});

	it('marks a place on the wait list TENTATIVE', () => {
		const vevent = parse(activitiesCalendar('x', [activity({ tentative: true })], absolute)).events[0]!;
		expect(vevent.getFirstPropertyValue('status')).toBe('TENTATIVE');
		expect(new ICAL.Event(vevent).summary).toBe('Wachtlijst: Koffieochtend');
	});

	it('names the calendar and asks to be fetched again every hour', () => {
		const { calendar } = parse(activitiesCalendar('Agenda Buurtcoöperatie Oost, Noord; Zuid', [], absolute));
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda Buurtcoöperatie Oost, Noord; Zuid');
		expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
		// A line break in a name cannot start a property of its own.
		const broken = parse(activitiesCalendar('Oost\nMETHOD:CANCEL', [], absolute)).calendar;
		expect(broken.getFirstPropertyValue('x-wr-calname')).toBe('Oost\nMETHOD:CANCEL');
		expect(broken.getFirstPropertyValue('method')).toBeNull();
	});

	it('keeps commas, semicolons, line breaks, emoji and accents intact', () => {
		const title = 'Soep, brood; en ëten 🍲';
		const description = 'Regel één,\nregel twee; met \\ en 😊.';
		const a = activity({
			title,
			description,
			placeName: 'Café ’t Hoekje, achterzaal',
			placeAddress: 'Kerkstraat 1; 2e verdieping',
			placeCity: 'Den Haag'
		});
		const event = new ICAL.Event(parse(activitiesCalendar('x', [a], absolute)).events[0]!);
		expect(event.summary).toBe(title);
		expect(event.description.startsWith(`${description}\n\n`)).toBe(true);
		expect(event.location).toBe('Café ’t Hoekje, achterzaal, Kerkstraat 1; 2e verdieping, Den Haag');
	});

	it('folds long lines at 75 octets without breaking a character in two', () => {
		const description = 'ë🙂 Zoë zegt: '.repeat(40);
		const text = activitiesCalendar('x', [activity({ description })], absolute);
		const lines = text.split('\r\n');
		for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
		expect(text).not.toContain('\uFFFD');
		expect(new ICAL.Event(parse(text).events[0]!).description.startsWith(description.trim())).toBe(true);
	});

	it('ends every line with CRLF', () => {
		const text = activitiesCalendar('x', [activity({ description: 'a\nb\r\nc' })], absolute);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});
});
