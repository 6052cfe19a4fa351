import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { getDb } from '../db/client.ts';
import { rateLimit, verification } from '../modules/auth/auth.table.ts';
import { cleanUp } from './housekeeping.ts';
import { consume } from './rate-limit.ts';

useTestDatabase();

describe('housekeeping', () => {
	it('forgets rate-limit windows older than a day and expired sign-in codes, and keeps current ones', async () => {
		const now = new Date();
		await consume('old', { max: 5, windowSeconds: 60 }, new Date(now.getTime() - 2 * 24 * 3600_000));
		await consume('fresh', { max: 5, windowSeconds: 60 }, now);
		const db = await getDb();
		await db.insert(verification).values([
			{ id: 'v1', identifier: 'sign-in-otp-a', value: 'x', expiresAt: new Date(now.getTime() - 1000) },
			{ id: 'v2', identifier: 'sign-in-otp-b', value: 'y', expiresAt: new Date(now.getTime() + 60_000) }
		]);
		await cleanUp(now);
		expect((await db.select().from(rateLimit)).map((r) => r.key)).toEqual(['fresh']);
		expect((await db.select().from(verification)).map((v) => v.id)).toEqual(['v2']);
	});

	it('a rate limit window starts over once it has passed', async () => {
		const start = new Date('2026-01-01T10:00:00Z');
		for (let i = 0; i < 3; i++) await consume('window', { max: 3, windowSeconds: 60 }, start);
		await expect(consume('window', { max: 3, windowSeconds: 60 }, start)).rejects.toThrow();
		await expect(
			consume('window', { max: 3, windowSeconds: 60 }, new Date(start.getTime() + 61_000))
		).resolves.toBeUndefined();
	});
});
