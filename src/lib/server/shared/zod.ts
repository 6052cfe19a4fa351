// Small zod building blocks shared by all modules' schemas. Form fields arrive as strings; an empty
// field means "not given".
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

export const requiredText = (max = 200) =>
	z.preprocess(
		trimmed,
		z.string('validation_required').min(1, 'validation_required').max(max, 'validation_too_long')
	);

export const optionalText = (max = 200) =>
	z.preprocess(emptyToUndefined, z.string().trim().max(max, 'validation_too_long').optional());

export const optionalEmail = z.preprocess(
	emptyToUndefined,
	z.email('validation_email').max(254, 'validation_too_long').toLowerCase().optional()
);

export const requiredEmail = z.preprocess(
	trimmed,
	z.email('validation_email').max(254, 'validation_too_long').toLowerCase()
);

/** Dutch and international phone numbers: digits, spaces, dashes, an optional leading +. */
export const optionalPhone = z.preprocess(
	emptyToUndefined,
	z
		.string()
		.trim()
		.regex(/^\+?[0-9][0-9 ()-]{7,18}$/, 'validation_phone')
		.optional()
);

/** Dutch postcode, normalised to "1234 AB". */
export const optionalPostcode = z.preprocess(
	emptyToUndefined,
	z
		.string()
		.trim()
		.regex(/^[1-9][0-9]{3}\s?[a-zA-Z]{2}$/, 'validation_postcode')
		.transform((v) => `${v.slice(0, 4)} ${v.slice(-2).toUpperCase()}`)
		.optional()
);

export const optionalUrl = z.preprocess(
	emptyToUndefined,
	z
		.url({ protocol: /^https?$/, error: 'validation_url' })
		.max(300, 'validation_too_long')
		.optional()
);

export const optionalUuid = z.preprocess(emptyToUndefined, z.uuid('validation_invalid').optional());

/** A checkbox group or multi-select: one value, many values or none. */
export const multiChoice = <T extends readonly [string, ...string[]]>(options: T) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
		z.array(z.enum(options, 'validation_invalid'))
	);

/** A single checkbox that must be ticked. */
export const mustBeChecked = z.preprocess(
	(v) => v === 'on' || v === 'true' || v === true,
	z.literal(true, 'validation_consent_required')
);

export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** A decimal number as people type it in the Netherlands: "2,5" or "2.5". */
const decimal = (v: unknown) => {
	if (typeof v !== 'string') return v;
	const s = v.trim().replace(',', '.');
	return s === '' ? undefined : /^-?[0-9]+(\.[0-9]+)?$/.test(s) ? Number(s) : Number.NaN;
};

export const requiredNumber = (min: number, max: number) =>
	z.preprocess(
		decimal,
		z
			.number({ error: (i) => (i.input === undefined ? 'validation_required' : 'validation_decimal') })
			.min(min, 'validation_number_range')
			.max(max, 'validation_number_range')
	);

export const optionalNumber = (min: number, max: number) =>
	z.preprocess(
		decimal,
		z
			.number('validation_decimal')
			.min(min, 'validation_number_range')
			.max(max, 'validation_number_range')
			.optional()
	);

/** A calendar date "YYYY-MM-DD" (the value of `<input type="date">`) that exists. */
export const optionalDate = z.preprocess(
	emptyToUndefined,
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'validation_date')
		.refine(
			(v) =>
				!Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
			'validation_date'
		)
		.optional()
);

/** A time of day "HH:MM" (the value of `<input type="time">`). */
export const optionalTime = z.preprocess(
	emptyToUndefined,
	z
		.string()
		.regex(/^([01][0-9]|2[0-3]):[0-5][0-9](:00)?$/, 'validation_time')
		.transform((v) => v.slice(0, 5))
		.optional()
);
