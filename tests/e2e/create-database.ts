// Creates a fresh, empty PostgreSQL database for one e2e run and prints its URL. Called synchronously from
// playwright.config.ts (which cannot await) when TEST_DATABASE_URL is set.
import { createPostgresDatabase } from '../helpers/postgres.ts';

const base = process.argv[2];
if (!base) throw new Error('usage: create-database.ts <postgres url>');
process.stdout.write((await createPostgresDatabase(base, 'wk_e2e')).url);
