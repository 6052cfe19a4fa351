import { z } from 'zod';

const uuid = z.uuid();
const NO_SUCH_ID = '00000000-0000-0000-0000-000000000000';

/** An id from the URL. A malformed one simply finds nothing (404), instead of a database error. */
export function asUuid(value: string): string {
	return uuid.safeParse(value).success ? value : NO_SUCH_ID;
}
