// Creates a fresh, empty PostgreSQL database for one e2e run and prints its URL. Called synchronously from
// playwright.config.ts (which cannot await) when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const base = process.argv[2];
if (!base) throw new Error('usage: create-database.ts <postgres url>');
const name = `wk_e2e_${randomBytes(5).toString('hex')}`;
const client = new pg.Client({ connectionString: base });
await client.connect();
await client.query(`create database ${name}`);
await client.end();
const url = new URL(base);
url.pathname = `/${name}`;
process.stdout.write(url.toString());
