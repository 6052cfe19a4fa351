// Each test file gets its own real database with the real migrations: in-memory PGlite, or — in the
// "postgres" Vitest project — a fresh database on the PostgreSQL server of TEST_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { closeDatabase, openDatabase, useDatabase, type Database } from '#lib/server/db/client.ts';

export const engine = process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	const base = process.env.TEST_DATABASE_URL;
	if (!base) throw new Error('TEST_DATABASE_URL is not set');
	const name = `wk_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	await admin.query(`create database ${name}`);
	await admin.end();
	const url = new URL(base);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const c = new pg.Client({ connectionString: base });
			await c.connect();
			await c.query(`drop database if exists ${name} with (force)`);
			await c.end();
		}
	};
}

/** Opens a fresh, migrated database for this test file and installs it as the app's database. */
export function useTestDatabase(): { current: () => Database } {
	let db: Database | undefined;
	let drop: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		if (engine === 'postgres') {
			const created = await createPostgresDatabase();
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
