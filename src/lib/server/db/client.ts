// One database handle for the whole process: embedded PGlite (default, persisted under DATA_DIR) or
// PostgreSQL through node-postgres when DATABASE_URL is set. Both speak the same SQL and run the same
// committed migrations, applied from code at start.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Db | Tx;

export interface Database {
	db: Db;
	engine: 'pglite' | 'postgres';
	close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

export interface OpenOptions {
	/** postgres:// URL; when absent the embedded PGlite is used. */
	url?: string;
	/** PGlite data directory; `memory://` for a throwaway in-memory database. */
	dataDir?: string;
	/** Pool size for PostgreSQL. */
	max?: number;
}

export async function openDatabase(options: OpenOptions = {}): Promise<Database> {
	if (options.url) {
		const pool = new pg.Pool({ connectionString: options.url, max: options.max ?? 10 });
		// An idle connection dropped by a server restart or network blip must not crash the process;
		// the pool replaces it on the next query.
		pool.on('error', (e) => console.error('[db] idle PostgreSQL connection lost:', e.message));
		const db = drizzlePg(pool, { schema }) as unknown as Db;
		await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
		return { db, engine: 'postgres', close: () => pool.end() };
	}
	const dataDir = options.dataDir ?? path.resolve(process.env.DATA_DIR ?? 'data', 'pglite');
	const inMemory = dataDir.startsWith('memory://');
	if (!inMemory) mkdirSync(dataDir, { recursive: true });
	const unlock = inMemory ? () => {} : lockDataDir(dataDir);
	try {
		// Extensions the migrations create (drizzle/0004_extensions.sql) must be loaded into PGlite first.
		const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
		const db = drizzlePglite(client, { schema }) as unknown as Db;
		await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
		return {
			db,
			engine: 'pglite',
			close: async () => {
				await client.close();
				unlock();
			}
		};
	} catch (e) {
		unlock();
		throw e;
	}
}

/**
 * PGlite is one process's database: two processes writing the same directory would corrupt it. A lock
 * file with the owner's pid refuses a second process (e.g. `npm run seed` while the server runs) and is
 * taken over when its owner is gone.
 */
function lockDataDir(dataDir: string): () => void {
	const file = `${dataDir}.lock`;
	try {
		writeFileSync(file, String(process.pid), { flag: 'wx' });
	} catch {
		const owner = Number(readFileSync(file, 'utf8'));
		if (owner !== process.pid && isAlive(owner)) {
			throw new Error(`The database in ${dataDir} is in use by process ${owner}. Stop that process first.`);
		}
		writeFileSync(file, String(process.pid));
	}
	return () => rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

let current: Database | undefined;
let opening: Promise<Database> | undefined;

/** The process-wide database, opened (and migrated) on first use from the environment. */
export async function database(): Promise<Database> {
	if (current) return current;
	opening ??= openDatabase({ url: process.env.DATABASE_URL || undefined }).then((d) => (current = d));
	return opening;
}

export async function getDb(): Promise<Db> {
	return (await database()).db;
}

/** Tests and scripts install their own database (e.g. in-memory PGlite). */
export function useDatabase(d: Database): void {
	current = d;
	opening = Promise.resolve(d);
}

export async function closeDatabase(): Promise<void> {
	const d = current;
	current = undefined;
	opening = undefined;
	if (d) await d.close();
}

/** Rows of a raw SQL query, on either engine (both drivers return `{ rows }`). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
	const result = (await db.execute(query)) as unknown as { rows: T[] };
	return result.rows;
}
