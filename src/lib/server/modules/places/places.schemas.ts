import { z } from 'zod';
import {
	checkbox,
	multiChoice,
	optionalDate,
	optionalEmail,
	optionalNumber,
	optionalPhone,
	optionalPostcode,
	optionalText,
	optionalTime,
	optionalUuid,
	requiredText
} from '../../shared/zod.ts';
import { addDays, instantOf, today } from '../../shared/clock.ts';
import { FACILITIES, MAX_DURATION_HOURS, PLACE_KINDS } from '#lib/domain/activities.ts';
import { WEEKDAYS } from '#lib/domain/members.ts';

/** Cross-field checks run whenever the fields they read are valid themselves (see help.schemas.ts). */
const whenValid = (fields: readonly string[]): z.core.$ZodSuperRefineParams => ({
	when: (payload) => !payload.issues.some((i) => fields.includes(String(i.path?.[0])))
});

const emptyTo =
	<T>(fallback: T) =>
	(v: unknown) =>
		v === undefined || v === '' ? fallback : v;

/** Nothing chosen: "fill this in"; something unknown (a tampered form): "not right". */
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
	z.preprocess(
		emptyTo(undefined),
		z.enum(values, { error: (i) => (i.input === undefined ? 'validation_required' : 'validation_invalid') })
	);

const given = (v: string | undefined): string => v ?? '';
const requiredDate = z.preprocess(
	emptyTo(undefined),
	optionalDate.refine((v) => v !== undefined, 'validation_required').transform(given)
);
const requiredTime = z.preprocess(
	emptyTo(undefined),
	optionalTime.refine((v) => v !== undefined, 'validation_required').transform(given)
);

/** The public facts of a meeting place. */
export const placeInput = z.object({
	name: requiredText(120),
	kind: choice(PLACE_KINDS),
	description: optionalText(2000),
	address: requiredText(200),
	postcode: optionalPostcode,
	city: optionalText(100),
	accessibility: optionalText(1000),
	facilities: multiChoice(FACILITIES),
	contactName: optionalText(120),
	email: optionalEmail,
	phone: optionalPhone
});
export type PlaceInput = z.output<typeof placeInput>;

/** Editing also decides whether the place is shown (an unticked box hides it from the public list). */
export const placeUpdate = placeInput.extend({ active: checkbox });

/** Form field names of the weekly opening hours: `mon_opens1`, `mon_closes1`, `mon_opens2`, … */
export const PERIODS = [1, 2] as const;
export const hoursField = (day: (typeof WEEKDAYS)[number], edge: 'opens' | 'closes', period: 1 | 2) =>
	`${day}_${edge}${period}`;

export interface OpeningPeriod {
	weekday: (typeof WEEKDAYS)[number];
	opens: string;
	closes: string;
}

const hoursFields = Object.fromEntries(
	WEEKDAYS.flatMap((day) =>
		PERIODS.flatMap((p) => [
			[hoursField(day, 'opens', p), optionalTime],
			[hoursField(day, 'closes', p), optionalTime]
		])
	)
) as Record<string, typeof optionalTime>;

/**
 * Opening hours per weekday, at most two periods a day (a lunch break in between). A period needs both
 * times, and closes after it opens; the second period starts after the first has closed. Empty: closed.
 */
const isTime = (v: string | undefined) => v === undefined || /^\d{2}:\d{2}$/.test(v);

export const openingHoursInput = z
	.object(hoursFields)
	.superRefine((v, ctx) => {
		const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		for (const day of WEEKDAYS) {
			let previousCloses: string | undefined;
			for (const p of PERIODS) {
				const opensKey = hoursField(day, 'opens', p);
				const closesKey = hoursField(day, 'closes', p);
				const opens = v[opensKey];
				const closes = v[closesKey];
				// A time that is not a time already has its own error; its period is checked once fixed.
				if (!isTime(opens) || !isTime(closes)) continue;
				if (!opens && !closes) continue;
				if (!opens) issue(opensKey, 'validation_required');
				else if (!closes) issue(closesKey, 'validation_required');
				else if (closes <= opens) issue(closesKey, 'validation_closes_before_opens');
				else if (previousCloses && opens < previousCloses) issue(opensKey, 'validation_periods_overlap');
				if (opens && closes) previousCloses = closes;
			}
		}
	})
	.transform((v): OpeningPeriod[] =>
		WEEKDAYS.flatMap((weekday) =>
			PERIODS.flatMap((p) => {
				const opens = v[hoursField(weekday, 'opens', p)];
				const closes = v[hoursField(weekday, 'closes', p)];
				return opens && closes ? [{ weekday, opens, closes }] : [];
			})
		)
	);

export const EXCEPTION_KINDS = ['closed', 'hours'] as const;

/** One date on which the place is closed, or open at other hours; with a short note (e.g. "Koningsdag"). */
export const exceptionInput = z
	.object({
		date: requiredDate,
		status: choice(EXCEPTION_KINDS),
		opens: optionalTime,
		closes: optionalTime,
		note: optionalText(200)
	})
	.superRefine(
		(v, ctx) => {
			const issue = (path: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [path], message });
			if (v.date < today()) issue('date', 'validation_date_past');
			else if (v.date > addDays(today(), 366)) issue('date', 'validation_date_too_far');
			if (v.status === 'hours') {
				if (!v.opens) issue('opens', 'validation_required');
				if (!v.closes) issue('closes', 'validation_required');
				if (v.opens && v.closes && v.closes <= v.opens) issue('closes', 'validation_closes_before_opens');
			}
		},
		whenValid(['date', 'status', 'opens', 'closes'])
	)
	.transform((v) => ({
		date: v.date,
		opens: v.status === 'hours' ? (v.opens ?? null) : null,
		closes: v.status === 'hours' ? (v.closes ?? null) : null,
		note: v.note ?? null
	}));

/** A room that groups can book. */
export const roomInput = z.object({
	name: requiredText(80),
	capacity: optionalNumber(1, 1000).refine(
		(v) => v === undefined || Number.isInteger(v),
		'validation_whole_number'
	),
	facilities: multiChoice(FACILITIES)
});

/**
 * A booking of a room on one day, in local time. It ends after it starts, lasts at most
 * MAX_DURATION_HOURS and does not start in the past.
 */
export const bookingInput = z
	.object({
		roomId: z.preprocess(emptyTo(undefined), z.uuid('validation_required')),
		groupId: optionalUuid,
		date: requiredDate,
		timeFrom: requiredTime,
		timeTo: requiredTime,
		title: requiredText(120)
	})
	.superRefine(
		(v, ctx) => {
			const issue = (path: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [path], message });
			const startsAt = instantOf(v.date, v.timeFrom);
			const endsAt = instantOf(v.date, v.timeTo);
			if (v.date < today()) issue('date', 'validation_date_past');
			else if (v.date > addDays(today(), 366)) issue('date', 'validation_date_too_far');
			else if (startsAt < new Date()) issue('timeFrom', 'validation_time_past');
			if (endsAt <= startsAt) issue('timeTo', 'validation_end_before_start');
			else if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_HOURS * 3_600_000)
				issue('timeTo', 'validation_too_long_duration');
		},
		whenValid(['date', 'timeFrom', 'timeTo'])
	)
	.transform((v) => ({
		roomId: v.roomId,
		groupId: v.groupId ?? null,
		title: v.title,
		startsAt: instantOf(v.date, v.timeFrom),
		endsAt: instantOf(v.date, v.timeTo)
	}));
export type BookingInput = z.output<typeof bookingInput>;
