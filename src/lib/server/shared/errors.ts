// The one error type of the domain. Every error carries an i18n message key (messages/*.json) and an
// HTTP status; routes turn it into a form failure or an error page. Nothing here knows about SvelteKit.
import type { z } from 'zod';

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
	readonly messageKey: string;
	readonly status: number;
	readonly fieldErrors: FieldErrors;

	constructor(messageKey: string, status: number, fieldErrors: FieldErrors = {}) {
		super(messageKey);
		this.name = new.target.name;
		this.messageKey = messageKey;
		this.status = status;
		this.fieldErrors = fieldErrors;
	}
}

/** Input did not pass validation; `fieldErrors` maps field name → message key. */
export class ValidationError extends AppError {
	constructor(fieldErrors: FieldErrors, messageKey = 'error_form_invalid') {
		super(messageKey, 400, fieldErrors);
	}
}

/** A business rule refused the operation (e.g. "already a member"). */
export class DomainError extends AppError {
	constructor(messageKey: string, status = 409, fieldErrors: FieldErrors = {}) {
		super(messageKey, status, fieldErrors);
	}
}

export class UnauthenticatedError extends AppError {
	constructor() {
		super('error_sign_in_required', 401);
	}
}

export class ForbiddenError extends AppError {
	constructor() {
		super('error_forbidden', 403);
	}
}

export class NotFoundError extends AppError {
	constructor(messageKey = 'error_not_found') {
		super(messageKey, 404);
	}
}

export class RateLimitedError extends AppError {
	constructor() {
		super('error_rate_limited', 429);
	}
}

/** Message keys used by zod schemas start with this prefix; anything else falls back by issue code. */
const KEY = /^(error|validation)_[a-z0-9_]+$/;

function keyForIssue(issue: z.core.$ZodIssue): string {
	if (KEY.test(issue.message)) return issue.message;
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined || issue.input === '' ? 'validation_required' : 'validation_invalid';
		case 'too_small':
			return issue.origin === 'string' && issue.minimum === 1
				? 'validation_required'
				: 'validation_too_short';
		case 'too_big':
			return 'validation_too_long';
		case 'invalid_format':
			return issue.format === 'email' ? 'validation_email' : 'validation_invalid';
		default:
			return 'validation_invalid';
	}
}

/** One message key per form field (the first issue of each), for the issues of a failed parse. */
function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], errors: FieldErrors = {}): FieldErrors {
	for (const issue of issues) {
		const field = issue.path.length ? String(issue.path[0]) : '_form';
		errors[field] ??= keyForIssue(issue);
	}
	return errors;
}

/** Parses `input` with `schema` or throws a ValidationError with one message key per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	throw new ValidationError(fieldErrorsOf(result.error.issues));
}

/** Parses one form with two schemas (e.g. the request and who it is for) and reports all errors at once. */
export function parseBoth<A extends z.ZodType, B extends z.ZodType>(
	a: A,
	b: B,
	input: unknown
): [z.output<A>, z.output<B>] {
	const ra = a.safeParse(input);
	const rb = b.safeParse(input);
	if (ra.success && rb.success) return [ra.data, rb.data];
	const errors: FieldErrors = {};
	if (!ra.success) fieldErrorsOf(ra.error.issues, errors);
	if (!rb.success) fieldErrorsOf(rb.error.issues, errors);
	throw new ValidationError(errors);
}
