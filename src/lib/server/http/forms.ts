// The one form pattern. A route action parses nothing itself: it hands the submitted values to a use
// case. Domain errors become `fail(status, { values, errors, message })`, so the page re-renders with what
// the user typed and translated messages (also without JavaScript). Auth errors become error pages through
// `handleError` in hooks.server.ts, which gives every AppError its status and message key.
import { fail, isHttpError, isRedirect, type ActionFailure } from '@sveltejs/kit';
import {
	AppError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	ValidationError
} from '../shared/errors.ts';

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
	return textFields(data);
}

/** The text fields of a form (files are left out). */
function textFields(data: FormData): FormValues {
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
		return failureOf(e, values);
	}
	return done(result, values);
}

/** The one way an error of a form action becomes a form failure; anything else is thrown on. */
function failureOf(e: unknown, values: FormValues): ActionFailure<FormFailure> {
	// Not signed in / not allowed / not found: the error page (hooks.server.ts handleError sets the status).
	if (isRedirect(e) || isHttpError(e) || isAuthError(e)) throw e;
	if (e instanceof AppError) {
		const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k)));
		return fail(e.status, { values: kept, errors: e.fieldErrors, message: e.messageKey });
	}
	throw e;
}

/** A file from a multipart form, read into memory (the body size limit of scripts/start.ts bounds it). */
export interface UploadedFile {
	name: string;
	bytes: Uint8Array;
}

/** A body larger than BODY_SIZE_LIMIT: SvelteKit's request stream fails with status 413. */
const isTooLarge = (e: unknown) =>
	typeof e === 'object' && e !== null && 'status' in e && (e as { status: unknown }).status === 413;

/**
 * `handleForm` for a form with `enctype="multipart/form-data"`: `run` also gets the files, by field name
 * (a file input left empty arrives as a file without name and bytes). Errors become the same form failure.
 */
export async function handleUpload<T, R>(
	request: Request,
	run: (values: FormValues, files: Record<string, UploadedFile>) => Promise<T>,
	done: (result: T, values: FormValues) => R
): Promise<R | ActionFailure<FormFailure>> {
	let data: FormData | undefined;
	try {
		data = await request.formData();
	} catch (e) {
		if (isTooLarge(e)) return failureOf(new ValidationError({}, 'validation_file_too_large'), {});
	}
	const values = data ? textFields(data) : {};
	let result: T;
	try {
		const files: Record<string, UploadedFile> = {};
		for (const [key, value] of data ?? []) {
			if (typeof value === 'string' || key in files) continue;
			files[key] = { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
		}
		result = await run(values, files);
	} catch (e) {
		return failureOf(e, values);
	}
	return done(result, values);
}

/** Query-string values as a plain object (for filters). */
export function queryValues(url: URL): Record<string, string> {
	return Object.fromEntries([...url.searchParams].map(([k, v]) => [k, clean(v)]));
}
