// Fixed-window rate limiting stored in the database, so limits survive restarts and hold across
// several app servers sharing one PostgreSQL.
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '../db/client.ts';
import { RateLimitedError } from './errors.ts';

export interface Limit {
	/** Maximum number of hits in one window. */
	max: number;
	windowSeconds: number;
}

/** Counts one hit for `key`; throws RateLimitedError when the window's maximum is exceeded. */
export async function consume(key: string, limit: Limit, now = new Date()): Promise<void> {
	const db = await getDb();
	const windowStart = now.toISOString();
	const expired = new Date(now.getTime() - limit.windowSeconds * 1000).toISOString();
	const rows = await queryRows<{ count: number }>(
		db,
		sql`
		insert into rate_limit (key, window_start, count) values (${key}, ${windowStart}, 1)
		on conflict (key) do update set
			count = case when rate_limit.window_start <= ${expired} then 1 else rate_limit.count + 1 end,
			window_start = case when rate_limit.window_start <= ${expired} then ${windowStart}::timestamptz else rate_limit.window_start end
		returning count`
	);
	const count = Number(rows[0]?.count ?? 0);
	if (count > limit.max) throw new RateLimitedError();
}

export const LIMITS = {
	/** Codes asked for one e-mail address. */
	signInPerEmail: { max: 5, windowSeconds: 15 * 60 },
	/** Codes asked from one network address (a walk-in point may serve many people). */
	signInPerIp: { max: 30, windowSeconds: 15 * 60 },
	/** Attempts to enter a code for one address. */
	verifyPerEmail: { max: 10, windowSeconds: 15 * 60 },
	/** Join requests from one account. */
	joinPerPerson: { max: 10, windowSeconds: 60 * 60 }
} satisfies Record<string, Limit>;
