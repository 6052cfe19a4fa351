// Vitest runs server code only (use cases against real databases); no Svelte or SvelteKit plugin is
// needed. Messages are compiled by `npm run i18n` before the run (see package.json test:unit).
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks',
		env: { AUTH_SECRET: 'test-secret-for-vitest-only-0123456789', DEMO_MAILBOX: '1' },
		// Every suite runs on embedded PGlite; with TEST_DATABASE_URL also on a real PostgreSQL server.
		projects: [
			{
				extends: true,
				test: {
					name: 'pglite',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					env: { TEST_DB_ENGINE: 'pglite' }
				}
			},
			...(process.env.TEST_DATABASE_URL
				? [
						{
							extends: true,
							test: {
								name: 'postgres',
								include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
								env: { TEST_DB_ENGINE: 'postgres' }
							}
						}
					]
				: [])
		]
	}
});
