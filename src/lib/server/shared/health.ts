import { sql } from 'drizzle-orm';
import { database } from '../db/client.ts';

export async function health(): Promise<{ ok: boolean; database: string }> {
	try {
		const d = await database();
		await d.db.execute(sql`select 1`);
		return { ok: true, database: d.engine };
	} catch {
		return { ok: false, database: 'unavailable' };
	}
}
