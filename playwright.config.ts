// End-to-end tests: the real app (`npm start`: build if stale, migrate, seed the demo) on a loopback port
// with a fresh embedded database, driven by Debian's Chromium. See tests/e2e/.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// The runner loads this file, and so does every worker it forks. The runner makes one directory for the
// run (the database, the signed-in sessions) and picks a port once; the workers inherit both through the
// environment.
function newRunDir(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'wijkcoop-e2e-'));
	// The server has been stopped by the time the runner exits.
	process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
	return dir;
}
const runDir = (process.env.E2E_RUN_DIR ??= newRunDir());
// A port per run (unless given), so two runs on one machine do not meet.
process.env.E2E_PORT ??= String(41000 + (process.pid % 8000));

const port = Number(process.env.E2E_PORT);
const dataDir = path.join(runDir, 'data');
const baseURL = `http://127.0.0.1:${port}`;

// With TEST_DATABASE_URL (CI) a second app runs on PostgreSQL, on a fresh database of its own, and the
// flows that write (join, managed member) and the authorisation matrix run against it too.
if (process.env.TEST_DATABASE_URL && !process.env.E2E_PG_URL) {
	const created = spawnSync(
		process.execPath,
		['tests/e2e/create-database.ts', process.env.TEST_DATABASE_URL],
		{
			encoding: 'utf8'
		}
	);
	if (created.status !== 0) throw new Error(`could not create the e2e database: ${created.stderr}`);
	process.env.E2E_PG_URL = created.stdout.trim();
}
const pgUrl = process.env.E2E_PG_URL;
const pgPort = port + 1;
const pgBaseURL = `http://127.0.0.1:${pgPort}`;

function server(url: string, env: Record<string, string>) {
	return {
		command: 'npm start',
		url: `${url}/healthz`,
		// The first start builds the app (about a minute).
		timeout: 300_000,
		reuseExistingServer: false,
		stdout: 'ignore' as const,
		stderr: 'pipe' as const,
		// SIGTERM lets the app close its database cleanly (scripts/start.ts).
		gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
		env: {
			HOST: '127.0.0.1',
			ORIGIN: url,
			SEED: '1',
			// No mail server: mails stay in the outbox, which the demo shows at /postvak.
			SMTP_URL: '',
			DEMO_MAILBOX: '1',
			...env
		}
	};
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	// One app with one embedded database (PGlite serialises queries): tests run one after another.
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
	use: {
		baseURL,
		locale: 'nl-NL',
		trace: 'retain-on-failure',
		browserName: 'chromium',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				// Small /dev/shm in containers makes Chromium crash without this.
				'--disable-dev-shm-usage'
			]
		}
	},
	projects: [
		{ name: 'pglite', use: { baseURL } },
		...(pgUrl
			? [
					{
						name: 'postgres',
						use: { baseURL: pgBaseURL },
						testMatch: /(join|managed-member|authz|bad-input|help|activities|knowledge|governance)\.spec\.ts$/
					}
				]
			: [])
	],
	webServer: [
		server(baseURL, { PORT: String(port), DATA_DIR: dataDir }),
		// The PostgreSQL app waits for the first one, which builds the app if needed.
		...(pgUrl
			? [
					server(pgBaseURL, {
						PORT: String(pgPort),
						DATABASE_URL: pgUrl,
						DATA_DIR: path.join(runDir, 'data-pg')
					})
				]
			: [])
	]
});
