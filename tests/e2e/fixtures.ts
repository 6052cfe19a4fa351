// `test` with signed-in pages. Sign-in is rate limited per address and per network address, so each
// account signs in once per run: its session (cookies) is kept in the run's directory and reused by every
// test after that, also by a worker that replaced one after a failure.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { signIn } from './helpers.ts';

function runDir(): string {
	const dir = process.env.E2E_RUN_DIR;
	if (!dir) throw new Error('E2E_RUN_DIR is not set: run the tests with `npm run test:e2e`.');
	return dir;
}
const SESSIONS_DIR = path.join(runDir(), 'sessions');
/** One session file per app (PGlite and PostgreSQL runs have their own databases) and address. */
const sessionFile = (baseURL: string | undefined, email: string) =>
	path.join(SESSIONS_DIR, new URL(baseURL ?? 'http://x').port, `${email}.json`);

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface Sessions {
	/** The cookies of a signed-in session for this address (signing in on first use). */
	of(email: string): Promise<StorageState>;
}

interface Fixtures {
	/** A new page in its own context, signed in as `email`. Closed after the test. */
	pageAs: (email: string, options?: BrowserContextOptions) => Promise<Page>;
}

export const test = base.extend<Fixtures, { sessions: Sessions }>({
	sessions: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL } = workerInfo.project.use;
			const cache = new Map<string, Promise<StorageState>>();
			const signInOnce = async (email: string): Promise<StorageState> => {
				const file = sessionFile(baseURL, email);
				if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StorageState;
				const context = await browser.newContext({ baseURL });
				try {
					await signIn(await context.newPage(), email);
					const state = await context.storageState();
					mkdirSync(path.dirname(file), { recursive: true });
					writeFileSync(file, JSON.stringify(state));
					return state;
				} finally {
					await context.close();
				}
			};
			await use({
				of(email) {
					let state = cache.get(email);
					if (!state) {
						state = signInOnce(email);
						cache.set(email, state);
						// A failed sign-in is not remembered: the next test tries again.
						state.catch(() => cache.delete(email));
					}
					return state;
				}
			});
		},
		{ scope: 'worker' }
	],
	pageAs: async ({ browser, baseURL, sessions }, use) => {
		const contexts: BrowserContext[] = [];
		await use(async (email, options = {}) => {
			const context = await browser.newContext({
				baseURL,
				...options,
				storageState: await sessions.of(email)
			});
			contexts.push(context);
			return context.newPage();
		});
		for (const context of contexts) await context.close();
	}
});

export { expect } from '@playwright/test';
