// Each test file gets its own real database with the real migrations: in-memory PGlite, or — in the
// "postgres" Vitest project — a fresh database on the PostgreSQL server of TEST_DATABASE_URL.
import { afterAll, beforeAll } from 'vitest';
import { closeDatabase, openDatabase, useDatabase, type Database } from '#lib/server/db/client.ts';
import { createPostgresDatabase } from './postgres.ts';

export const engine = process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/** Opens a fresh, migrated database for this test file and installs it as the app's database. */
export function useTestDatabase(): { current: () => Database } {
	let db: Database | undefined;
	let drop: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		if (engine === 'postgres') {
			const base = process.env.TEST_DATABASE_URL;
			if (!base) throw new Error('TEST_DATABASE_URL is not set');
			const created = await createPostgresDatabase(base, 'wk_test');
			drop = created.drop;
			db = await openDatabase({ url: created.url, max: 5 });
		} else {
			db = await openDatabase({ dataDir: 'memory://' });
		}
		useDatabase(db);
	});
	afterAll(async () => {
		await closeDatabase();
		await drop?.();
	});
	return { current: () => db! };
}
