// The one form pattern. A route action parses nothing itself: it hands the submitted values to a use
// case. Domain errors become `fail(status, { values, errors, message })`, so the page re-renders with what
// the user typed and translated messages (also without JavaScript). Auth errors become error pages through
// `handleError` in hooks.server.ts, which gives every AppError its status and message key.
import { fail, isHttpError, isRedirect, type ActionFailure } from '@sveltejs/kit';
import { AppError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../shared/errors.ts';

export type FormValues = Record<string, string | string[]>;

export interface FormFailure {
	values: FormValues;
	errors: Record<string, string>;
	message: string;
}

/** Fields never sent back to the browser. */
const SECRET_FIELDS = new Set(['code', 'password']);

/** NUL characters are never meaningful in a form and PostgreSQL refuses them in text: drop them. */
const clean = (value: string) => value.replaceAll('\u0000', '');

export async function formValues(request: Request): Promise<FormValues> {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		return {};
	}
	const values: FormValues = {};
	for (const [key, value] of data) {
		if (typeof value !== 'string') continue;
		const text = clean(value);
		const existing = values[key];
		if (existing === undefined) values[key] = text;
		else values[key] = Array.isArray(existing) ? [...existing, text] : [existing, text];
	}
	return values;
}

function isAuthError(e: unknown) {
	return e instanceof UnauthenticatedError || e instanceof ForbiddenError || e instanceof NotFoundError;
}

/**
 * Runs a form action. `run` gets the submitted values; `done` turns the result into the response (usually
 * a redirect, or data for a success message).
 */
export async function handleForm<T, R>(
	request: Request,
	run: (values: FormValues) => Promise<T>,
	done: (result: T, values: FormValues) => R
): Promise<R | ActionFailure<FormFailure>> {
	const values = await formValues(request);
	let result: T;
	try {
		result = await run(values);
	} catch (e) {
		// Not signed in / not allowed / not found: the error page (hooks.server.ts handleError sets the status).
		if (isRedirect(e) || isHttpError(e) || isAuthError(e)) throw e;
		if (e instanceof AppError) {
			const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k)));
			return fail(e.status, { values: kept, errors: e.fieldErrors, message: e.messageKey });
		}
		throw e;
	}
	return done(result, values);
}

/** Query-string values as a plain object (for filters). */
export function queryValues(url: URL): Record<string, string> {
	return Object.fromEntries([...url.searchParams].map(([k, v]) => [k, clean(v)]));
}
