// Periodic clean-up in the server process: expired rate-limit windows and expired sign-in codes.
import { lt, sql } from 'drizzle-orm';
import { getDb } from '../db/client.ts';
import { rateLimit, verification } from '../modules/auth/auth.table.ts';

export async function cleanUp(now = new Date()): Promise<void> {
	const db = await getDb();
	const dayAgo = new Date(now.getTime() - 24 * 3600_000);
	await db.delete(rateLimit).where(lt(rateLimit.windowStart, dayAgo));
	await db.delete(verification).where(lt(verification.expiresAt, sql`${now.toISOString()}::timestamptz`));
}

/** Runs `cleanUp` hourly; returns a stop function. */
export function startHousekeeping(intervalMs = 3600_000): () => void {
	const timer = setInterval(() => {
		cleanUp().catch((e) => console.error('[housekeeping] failed', e));
	}, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
