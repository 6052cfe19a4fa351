import { getDb, type Tx } from './client.ts';

/** Runs `work` in one transaction: all of it reaches the database, or none of it. */
export async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
	const db = await getDb();
	return db.transaction(work);
}
