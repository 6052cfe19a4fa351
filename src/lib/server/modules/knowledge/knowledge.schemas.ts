import { z } from 'zod';
import {
	optionalDate,
	optionalEmail,
	optionalNumber,
	optionalPhone,
	optionalText,
	optionalUrl,
	requiredText
} from '../../shared/zod.ts';
import {
	KNOWLEDGE_SCOPES,
	KNOWLEDGE_STATUSES,
	KNOWLEDGE_THEMES,
	KNOWLEDGE_TYPES,
	PROJECT_STATUSES
} from '#lib/domain/knowledge.ts';

const emptyTo =
	<T>(fallback: T) =>
	(v: unknown) =>
		v === undefined || v === '' ? fallback : v;

/** Cross-field checks run whenever the fields they read are valid themselves (see help.schemas.ts). */
const whenValid = (fields: readonly string[]): z.core.$ZodSuperRefineParams => ({
	when: (payload) => !payload.issues.some((i) => fields.includes(String(i.path?.[0])))
});

/** Tags typed as "zorg, vrijwilligers; buurthuis": lower case, unique, at most 12 of 40 characters. */
const tags = z.preprocess(
	(v) => (typeof v === 'string' ? v : Array.isArray(v) ? v.join(',') : ''),
	z
		.string()
		.max(600, 'validation_too_long')
		.transform((s) => [
			...new Set(
				s
					.split(/[,;\n]+/)
					.map((t) => t.trim().toLowerCase())
					.filter(Boolean)
			)
		])
		.refine((list) => list.length <= 12, 'validation_too_many_tags')
		.refine((list) => list.every((t) => t.length <= 40), 'validation_tag_too_long')
);

/** Euros typed the Dutch way ("1.500" or "1500,50") into whole cents. */
const euros = z.preprocess(
	(v) => (typeof v === 'string' ? v.replace(/\.(?=\d{3}(\D|$))/g, '') : v),
	optionalNumber(0, 100_000_000).transform((v) => (v === undefined ? undefined : Math.round(v * 100)))
);

/** The fields every item has. */
const common = {
	type: z.preprocess(emptyTo(undefined), z.enum(KNOWLEDGE_TYPES, 'validation_required')),
	title: requiredText(160),
	summary: optionalText(600),
	body: optionalText(50_000),
	theme: z.preprocess(emptyTo(undefined), z.enum(KNOWLEDGE_THEMES, 'validation_required')),
	tags,
	scope: z.preprocess(emptyTo('organisation'), z.enum(KNOWLEDGE_SCOPES, 'validation_invalid')),
	status: z.preprocess(emptyTo('published'), z.enum(KNOWLEDGE_STATUSES, 'validation_invalid')),
	contactName: optionalText(120),
	contactEmail: optionalEmail,
	contactPhone: optionalPhone,
	link: optionalUrl,
	note: optionalText(300)
};

/** Type-specific fields, all optional in the form; `superRefine` asks for what a type needs. */
const specific = {
	// subsidie
	funder: optionalText(160),
	amountMin: euros,
	amountMax: euros,
	deadline: optionalDate,
	eligibility: optionalText(2000),
	// opleiding, smart service
	provider: optionalText(160),
	price: optionalText(120),
	areasServed: optionalText(300),
	// project
	goal: optionalText(2000),
	targetGroup: optionalText(600),
	approach: optionalText(4000),
	budget: euros,
	funding: optionalText(600),
	results: optionalText(4000),
	projectStatus: z.preprocess(emptyTo(undefined), z.enum(PROJECT_STATUSES, 'validation_invalid').optional()),
	// nieuws
	publishedAt: optionalDate
};

export const itemInput = z.object({ ...common, ...specific }).superRefine(
	(v, ctx) => {
		const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		if (v.type === 'subsidie') {
			if (!v.funder) issue('funder', 'validation_required');
			if (v.amountMin !== undefined && v.amountMax !== undefined && v.amountMax < v.amountMin)
				issue('amountMax', 'validation_amount_order');
		}
		if (v.type === 'project') {
			if (!v.goal) issue('goal', 'validation_required');
			if (!v.projectStatus) issue('projectStatus', 'validation_required');
		}
		if ((v.type === 'smart_service' || v.type === 'opleiding') && !v.provider)
			issue('provider', 'validation_required');
		if (v.type !== 'nieuws' && v.type !== 'project' && !v.body && !v.summary)
			issue('body', 'validation_required');
	},
	whenValid([
		'type',
		'funder',
		'amountMin',
		'amountMax',
		'goal',
		'projectStatus',
		'provider',
		'body',
		'summary'
	])
);
export type ItemInput = z.output<typeof itemInput>;

/** The type-specific facts kept in `details` (the rest are columns). */
export function detailsOf(v: ItemInput): Record<string, unknown> {
	const pick = (keys: (keyof ItemInput)[]) =>
		Object.fromEntries(keys.filter((k) => v[k] !== undefined && v[k] !== '').map((k) => [k, v[k]]));
	const base = pick(['link']);
	switch (v.type) {
		case 'subsidie':
			return { ...base, ...pick(['funder', 'amountMin', 'amountMax', 'eligibility']) };
		case 'opleiding':
		case 'smart_service':
			return { ...base, ...pick(['provider', 'price', 'areasServed']) };
		case 'project':
			return { ...base, ...pick(['goal', 'targetGroup', 'approach', 'budget', 'funding', 'results']) };
		default:
			return base;
	}
}

export const listFilter = z.object({
	q: optionalText(200).catch(undefined),
	type: z.enum(KNOWLEDGE_TYPES).optional().catch(undefined),
	theme: z.enum(KNOWLEDGE_THEMES).optional().catch(undefined),
	scope: z.enum(KNOWLEDGE_SCOPES).optional().catch(undefined),
	page: z.coerce.number().int().min(1).max(1000).catch(1)
});
export type ListFilter = z.output<typeof listFilter>;

export const restoreInput = z.object({
	version: z.coerce.number('validation_invalid').int('validation_invalid').min(1, 'validation_invalid')
});

export const diffQuery = z.object({
	from: z.coerce.number().int().min(1).optional().catch(undefined),
	to: z.coerce.number().int().min(1).optional().catch(undefined)
});
