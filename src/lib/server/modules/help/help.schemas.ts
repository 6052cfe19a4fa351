import { z } from 'zod';
import {
	checkbox,
	optionalDate,
	optionalNumber,
	optionalPhone,
	optionalPostcode,
	optionalText,
	optionalTime,
	optionalUuid,
	requiredNumber,
	requiredText
} from '../../shared/zod.ts';
import { addDays, today } from '../../shared/clock.ts';
import { LANGUAGES, SKILLS } from '#lib/domain/members.ts';
import {
	CLOSE_REASONS,
	HELP_STATUSES,
	MAX_HOURS_PER_REQUEST,
	MAX_KM_PER_REQUEST,
	MAX_OCCURRENCES,
	RECURRENCES,
	URGENCIES
} from '#lib/domain/help.ts';

/** Cross-field checks run whenever the fields they read are valid themselves, so a form shows every problem
 * at once (by default zod skips them as soon as any field, e.g. the category, is missing). */
const whenValid = (fields: readonly string[]): z.core.$ZodSuperRefineParams => ({
	when: (payload) => !payload.issues.some((i) => fields.includes(String(i.path?.[0])))
});

const emptyTo =
	<T>(fallback: T) =>
	(v: unknown) =>
		v === undefined || v === '' ? fallback : v;

/** What a help request says; who it is for is decided by the use case (self, on behalf, intake). */
export const helpRequestInput = z
	.object({
		categoryId: z.preprocess(emptyTo(undefined), z.uuid('validation_required')),
		description: requiredText(2000),
		address: optionalText(200),
		postcode: optionalPostcode,
		pickup: optionalText(200),
		destination: optionalText(200),
		flexible: checkbox,
		date: optionalDate,
		timeFrom: optionalTime,
		timeTo: optionalTime,
		urgency: z.preprocess(emptyTo('normal'), z.enum(URGENCIES, 'validation_invalid')),
		needsVog: checkbox,
		needsCar: checkbox,
		language: z.preprocess(emptyTo(undefined), z.enum(LANGUAGES, 'validation_invalid').optional()),
		recurrence: z.preprocess(emptyTo('none'), z.enum(RECURRENCES, 'validation_invalid')),
		repeatUntil: optionalDate
	})
	.superRefine(
		(v, ctx) => {
			const now = today();
			const issue = (path: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [path], message });
			if (!v.flexible && !v.date) issue('date', 'validation_date_or_flexible');
			if (v.date && !v.flexible) {
				if (v.date < now) issue('date', 'validation_date_past');
				else if (v.date > addDays(now, 366)) issue('date', 'validation_date_too_far');
			}
			if (v.timeFrom && v.timeTo && v.timeTo <= v.timeFrom) issue('timeTo', 'validation_time_order');
			if (v.recurrence !== 'none') {
				if (v.flexible || !v.date) issue('recurrence', 'validation_recurrence_needs_date');
				else if (!v.repeatUntil) issue('repeatUntil', 'validation_required');
				else if (v.repeatUntil < v.date) issue('repeatUntil', 'validation_repeat_until_order');
				else {
					const step = v.recurrence === 'weekly' ? 7 : 14;
					const days = (Date.parse(v.repeatUntil) - Date.parse(v.date)) / 86_400_000;
					if (Math.floor(days / step) + 1 > MAX_OCCURRENCES)
						issue('repeatUntil', 'validation_too_many_occurrences');
				}
			}
		},
		whenValid(['flexible', 'date', 'timeFrom', 'timeTo', 'recurrence', 'repeatUntil'])
	);
export type HelpRequestInput = z.output<typeof helpRequestInput>;

/** A referral by a mantelzorger or professional for someone who may not be a member yet. */
export const onBehalfInput = z.object({
	contactName: requiredText(120),
	contactPhone: z.preprocess(
		emptyTo(undefined),
		optionalPhone.refine((v) => v !== undefined, 'validation_required')
	),
	consent: z.preprocess(
		(v) => v === 'on' || v === 'true' || v === true,
		z.literal(true, 'validation_consent_required')
	)
});

/** The coordinator's intake: the request is for a member of this organisation. */
export const intakeInput = z.object({
	personId: z.preprocess(emptyTo(undefined), z.uuid('validation_choose_resident'))
});

export const intakeSearch = z.object({
	q: optionalText(100).catch(undefined)
});

export const boardFilter = z.object({
	status: z.enum(HELP_STATUSES).optional().catch(undefined),
	categoryId: optionalUuid.catch(undefined),
	areaId: optionalUuid.catch(undefined),
	urgency: z.enum(URGENCIES).optional().catch(undefined),
	from: optionalDate.catch(undefined),
	to: optionalDate.catch(undefined),
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});
export type BoardFilter = z.output<typeof boardFilter>;

export const demandFilter = z.object({
	weeks: z.coerce.number().int().min(1).max(26).catch(8)
});

export const assignInput = z.object({
	volunteerId: z.preprocess(emptyTo(undefined), z.uuid('validation_required'))
});

export const inviteInput = z.object({
	volunteerIds: z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.uuid('validation_invalid')).min(1, 'validation_choose_one').max(10, 'validation_too_many')
	)
});

export const closeInput = z.object({
	outcome: z.enum(['geannuleerd', 'niet_gelukt'], 'validation_required'),
	reason: z.preprocess(emptyTo(undefined), z.enum(CLOSE_REASONS, 'validation_required')),
	note: optionalText(500)
});

export const reportInput = z.object({
	hours: requiredNumber(0.25, MAX_HOURS_PER_REQUEST),
	km: z.preprocess(emptyTo('0'), requiredNumber(0, MAX_KM_PER_REQUEST)),
	note: optionalText(500)
});

export const feedbackInput = z.object({
	rating: z.preprocess(
		(v) => (v === undefined || v === '' ? undefined : Number(v)),
		z
			.number('validation_rating')
			.int('validation_rating')
			.min(1, 'validation_rating')
			.max(5, 'validation_rating')
	),
	comment: optionalText(1000),
	block: checkbox
});

export const offerInput = z
	.object({
		categoryId: z.preprocess(emptyTo(undefined), z.uuid('validation_required')),
		date: z.preprocess(
			emptyTo(undefined),
			optionalDate.refine((v) => v !== undefined, 'validation_required')
		),
		timeFrom: optionalTime,
		timeTo: optionalTime,
		description: requiredText(500),
		seats: optionalNumber(1, 8)
	})
	.superRefine(
		(v, ctx) => {
			if (v.date && v.date < today())
				ctx.addIssue({ code: 'custom', path: ['date'], message: 'validation_date_past' });
			if (v.timeFrom && v.timeTo && v.timeTo <= v.timeFrom)
				ctx.addIssue({ code: 'custom', path: ['timeTo'], message: 'validation_time_order' });
		},
		whenValid(['date', 'timeFrom', 'timeTo'])
	);

export const categoryInput = z.object({
	name: requiredText(60),
	skill: z.preprocess(emptyTo(undefined), z.enum(SKILLS, 'validation_invalid').optional()),
	requiresVog: checkbox,
	active: checkbox
});

export const settingsInput = z.object({
	kmRate: requiredNumber(0, 1)
});

export const preferenceInput = z.object({
	pausedUntil: optionalDate,
	digest: checkbox
});

export const statusNote = z.object({ note: optionalText(500) });
