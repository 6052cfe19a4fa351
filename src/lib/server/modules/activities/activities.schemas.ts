import { z } from 'zod';
import {
	checkbox,
	optionalDate,
	optionalEmail,
	optionalNumber,
	optionalPhone,
	optionalText,
	optionalTime,
	optionalUuid,
	requiredText
} from '../../shared/zod.ts';
import { addDays, today } from '../../shared/clock.ts';
import {
	ACTIVITY_RECURRENCES,
	GROUP_KINDS,
	GROUP_ROLES,
	JOIN_POLICIES,
	MAX_ACTIVITY_OCCURRENCES,
	MAX_CAPACITY,
	MAX_COST_CENTS,
	MAX_DURATION_HOURS,
	SHARE_SCOPES,
	THEMES,
	VISIBILITIES
} from '#lib/domain/activities.ts';

const emptyTo =
	<T>(fallback: T) =>
	(v: unknown) =>
		v === undefined || v === '' ? fallback : v;

/** Cross-field checks run whenever the fields they read are valid themselves (see help.schemas.ts). */
const whenValid = (fields: readonly string[]): z.core.$ZodSuperRefineParams => ({
	when: (payload) => !payload.issues.some((i) => fields.includes(String(i.path?.[0])))
});

const required = <T extends z.ZodType>(schema: T) =>
	z.preprocess(
		emptyTo(undefined),
		schema.refine((v) => v !== undefined, 'validation_required')
	);

// ---------------------------------------------------------------- groups

export const groupInput = z.object({
	name: requiredText(80),
	kind: z.preprocess(emptyTo(undefined), z.enum(GROUP_KINDS, 'validation_required')),
	theme: z.preprocess(emptyTo(undefined), z.enum(THEMES, 'validation_required')),
	description: optionalText(2000),
	joinPolicy: z.preprocess(emptyTo('open'), z.enum(JOIN_POLICIES, 'validation_invalid')),
	visibility: z.preprocess(emptyTo('public'), z.enum(['public', 'members'], 'validation_invalid')),
	areaId: optionalUuid,
	contactName: optionalText(120),
	contactEmail: optionalEmail,
	contactPhone: optionalPhone
});
export type GroupInput = z.output<typeof groupInput>;

export const groupMemberInput = z.object({
	personId: z.preprocess(emptyTo(undefined), z.uuid('validation_choose_person')),
	role: z.preprocess(emptyTo('member'), z.enum(GROUP_ROLES, 'validation_invalid'))
});

export const groupDecision = z.object({
	memberId: z.preprocess(emptyTo(undefined), z.uuid('validation_invalid')),
	decision: z.enum(['accept', 'decline'], 'validation_invalid')
});

/** Archiving a group asks for a tick: "yes, stop this group". */
export const archiveInput = z.object({
	confirm: z.preprocess((v) => v === 'on' || v === 'true', z.literal(true, 'validation_confirm_required'))
});

export const memberIdInput = z.object({
	memberId: z.preprocess(emptyTo(undefined), z.uuid('validation_invalid'))
});

// ---------------------------------------------------------------- activities

/** "2,50" → 250 cents; empty → free. */
const euroCents = z.preprocess(
	(v) => (v === undefined || v === '' ? '0' : v),
	optionalNumber(0, MAX_COST_CENTS / 100).transform((v) => Math.round((v ?? 0) * 100))
);

/** Dates left out of a weekly series, typed as "2026-12-24" or "24-12-2026", one per line or comma. */
const exceptDates = z.preprocess(
	(v) => (typeof v === 'string' ? v : Array.isArray(v) ? v.join('\n') : ''),
	z
		.string()
		.max(2000, 'validation_too_long')
		.transform((s, ctx) => {
			const out: string[] = [];
			for (const raw of s.split(/[\s,;]+/).filter(Boolean)) {
				const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(raw);
				const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : raw;
				const ok =
					/^\d{4}-\d{2}-\d{2}$/.test(iso) &&
					!Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
					new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
				if (!ok) {
					ctx.addIssue({ code: 'custom', message: 'validation_except_dates' });
					return z.NEVER;
				}
				out.push(iso);
			}
			return [...new Set(out)];
		})
);

const activityFields = {
	title: requiredText(120),
	description: optionalText(4000),
	theme: z.preprocess(emptyTo(undefined), z.enum(THEMES, 'validation_required')),
	groupId: optionalUuid,
	/** A date of a course (opleiding) of the knowledge network. */
	courseId: optionalUuid,
	date: required(optionalDate),
	timeFrom: required(optionalTime),
	timeTo: required(optionalTime),
	placeId: optionalUuid,
	roomId: optionalUuid,
	address: optionalText(200),
	areaId: optionalUuid,
	capacity: optionalNumber(1, MAX_CAPACITY).refine(
		(v) => v === undefined || Number.isInteger(v),
		'validation_whole_number'
	),
	cost: euroCents,
	accessibility: optionalText(1000),
	visibility: z.preprocess(emptyTo('public'), z.enum(VISIBILITIES, 'validation_invalid')),
	share: z.preprocess(emptyTo('organisation'), z.enum(SHARE_SCOPES, 'validation_invalid')),
	contactName: optionalText(120),
	contactPhone: optionalPhone
};

type ActivityShape = {
	date?: string;
	timeFrom?: string;
	timeTo?: string;
	placeId?: string;
	address?: string;
	visibility: string;
	groupId?: string;
	share: string;
};

function checkActivity(v: ActivityShape, ctx: z.core.$RefinementCtx, isNew: boolean) {
	const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
	const now = today();
	if (v.date) {
		if (isNew && v.date < now) issue('date', 'validation_date_past');
		else if (v.date > addDays(now, 730)) issue('date', 'validation_date_too_far');
	}
	if (v.timeFrom && v.timeTo) {
		if (v.timeTo <= v.timeFrom) issue('timeTo', 'validation_end_before_start');
	}
	if (!v.placeId && !v.address) issue('address', 'validation_place_or_address');
	if (v.visibility === 'group' && !v.groupId) issue('visibility', 'validation_group_visibility_needs_group');
	if (v.visibility !== 'public' && v.share !== 'organisation')
		issue('share', 'validation_share_needs_public');
}

export const activityInput = z
	.object({
		...activityFields,
		recurrence: z.preprocess(emptyTo('none'), z.enum(ACTIVITY_RECURRENCES, 'validation_invalid')),
		repeatUntil: optionalDate,
		exceptDates
	})
	.superRefine(
		(v, ctx) => {
			checkActivity(v, ctx, true);
			const issue = (path: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [path], message });
			if (v.recurrence !== 'none' && v.date) {
				if (!v.repeatUntil) issue('repeatUntil', 'validation_required');
				else if (v.repeatUntil < v.date) issue('repeatUntil', 'validation_repeat_until_order');
				else if (occurrenceDates(v.date, v.repeatUntil, v.recurrence, []).length > MAX_ACTIVITY_OCCURRENCES)
					issue('repeatUntil', 'validation_too_many_occurrences');
			}
		},
		whenValid([
			'date',
			'timeFrom',
			'timeTo',
			'placeId',
			'address',
			'visibility',
			'groupId',
			'share',
			'recurrence',
			'repeatUntil'
		])
	);
export type ActivityInput = z.output<typeof activityInput>;

/** Changing one occurrence (and, when asked, the later ones of its series). */
export const activityUpdate = z
	.object({ ...activityFields, applyToSeries: checkbox, notify: checkbox })
	.superRefine(
		(v, ctx) => checkActivity(v, ctx, false),
		whenValid(['date', 'timeFrom', 'timeTo', 'placeId', 'address', 'visibility', 'groupId', 'share'])
	);
export type ActivityUpdate = z.output<typeof activityUpdate>;

export const cancelActivityInput = z.object({
	reason: requiredText(300),
	applyToSeries: checkbox
});

/** The dates of a series from `first` to `until`, minus the exceptions. */
export function occurrenceDates(
	first: string,
	until: string | undefined,
	recurrence: string,
	except: string[]
) {
	if (recurrence === 'none' || !until) return except.includes(first) ? [] : [first];
	const step = recurrence === 'weekly' ? 7 : 14;
	const out: string[] = [];
	for (
		let d = first;
		d <= until && out.length <= MAX_ACTIVITY_OCCURRENCES + except.length;
		d = addDays(d, step)
	) {
		if (!except.includes(d)) out.push(d);
	}
	return out;
}

/** Duration limit, checked where both instants are known (DST makes local times unreliable for this). */
export const MAX_DURATION_MS = MAX_DURATION_HOURS * 3_600_000;

// ---------------------------------------------------------------- sign-ups and attendance

export const signUpInput = z.object({
	guests: z.preprocess(
		emptyTo('0'),
		z.coerce
			.number('validation_number_range')
			.int('validation_whole_number')
			.min(0, 'validation_number_range')
			.max(4, 'validation_number_range')
	)
});

export const signUpOtherInput = z.object({
	personId: z.preprocess(emptyTo(undefined), z.uuid('validation_choose_person')),
	guests: signUpInput.shape.guests
});

export const signupIdInput = z.object({
	signupId: optionalUuid
});

export const attendanceInput = z.object({
	present: z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.uuid('validation_invalid')).max(MAX_CAPACITY * 5, 'validation_too_many')
	)
});

// ---------------------------------------------------------------- agenda

export const agendaFilter = z.object({
	from: optionalDate.catch(undefined),
	to: optionalDate.catch(undefined),
	areaId: optionalUuid.catch(undefined),
	theme: z.enum(THEMES).optional().catch(undefined),
	free: z.preprocess((v) => v === '1' || v === 'on' || v === 'true', z.boolean()).catch(false),
	groupId: optionalUuid.catch(undefined)
});
export type AgendaFilter = z.output<typeof agendaFilter>;

export const personSearch = z.object({ q: optionalText(100).catch(undefined) });
