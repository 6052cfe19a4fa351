// One database handle for the whole process: embedded PGlite (default, persisted under DATA_DIR) or
// PostgreSQL through node-postgres when DATABASE_URL is set. Both speak the same SQL and run the same
// committed migrations, applied from code at start.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
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
		const db = drizzlePg(pool, { schema }) as unknown as Db;
		await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
		return { db, engine: 'postgres', close: () => pool.end() };
	}
	const dataDir = options.dataDir ?? path.resolve(process.env.DATA_DIR ?? 'data', 'pglite');
	if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
	const client = await PGlite.create(dataDir);
	const db = drizzlePglite(client, { schema }) as unknown as Db;
	await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
	return { db, engine: 'pglite', close: () => client.close() };
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
