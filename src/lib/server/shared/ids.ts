import { z } from 'zod';
import { NotFoundError } from './errors.ts';

const uuid = z.uuid();

/** Is this a well-formed id (a uuid)? */
export function isId(value: unknown): value is string {
	return typeof value === 'string' && uuid.safeParse(value).success;
}

/** An id that came from a URL or a form: a malformed one simply finds nothing (404), never a database
 * error (500). */
export function existingId(value: unknown): string {
	if (isId(value)) return value;
	throw new NotFoundError();
}
