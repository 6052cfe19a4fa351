import { z } from 'zod';
import { NotFoundError } from './errors.ts';

const uuid = z.uuid();

/** An id that came from a URL or a form: a malformed one simply finds nothing (404), never a database
 * error (500). */
export function existingId(value: unknown): string {
	if (typeof value === 'string' && uuid.safeParse(value).success) return value;
	throw new NotFoundError();
}
