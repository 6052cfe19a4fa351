/** True when a database error is a unique-constraint violation (SQLSTATE 23505), on PGlite and pg. */
export function isUniqueViolation(e: unknown): boolean {
	for (let err: unknown = e, i = 0; err && i < 4; err = (err as { cause?: unknown }).cause, i++) {
		if ((err as { code?: string }).code === '23505') return true;
	}
	return false;
}
