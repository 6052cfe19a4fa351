// Reading a form failure (from `handleForm`) back into fields: the value typed, and the error key.
export interface FailureLike {
	values?: Record<string, string | string[]>;
	errors?: Record<string, string>;
	message?: string;
}

export function valueOf(
	form: FailureLike | null | undefined,
	name: string,
	fallback: string | null | undefined = ''
): string {
	const v = form?.values?.[name];
	if (v === undefined) return fallback ?? '';
	return Array.isArray(v) ? (v[0] ?? '') : v;
}

export function valuesOf(
	form: FailureLike | null | undefined,
	name: string,
	fallback: readonly string[] = []
): string[] {
	if (!form?.values) return [...fallback];
	const v = form.values[name];
	return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function errorOf(form: FailureLike | null | undefined, name: string): string | undefined {
	return form?.errors?.[name];
}
