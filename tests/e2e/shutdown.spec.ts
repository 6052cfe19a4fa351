// Stopping and starting: a second app of its own (own port, own database directory; the build is shared)
// must stop cleanly on SIGTERM — PGlite closes its data directory — and start again on the same data.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

/** Processes below `pid` (npm → sh → node scripts/start.ts). */
function descendants(pid: number): { pid: number; args: string }[] {
	const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
		.split('\n')
		.map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
		.filter((m) => m !== null)
		.map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
	const found: { pid: number; args: string }[] = [];
	const parents = [pid];
	while (parents.length) {
		const parent = parents.pop();
		for (const row of table.filter((r) => r.ppid === parent)) {
			found.push(row);
			parents.push(row.pid);
		}
	}
	return found;
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function isServer(pid: number): boolean {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('scripts/start.ts');
	} catch {
		return false;
	}
}

interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

/** `npm start` in its own process group, as an operator would run it. */
class App {
	readonly port: number;
	readonly child: ChildProcess;
	readonly exited: Promise<Exit>;
	output = '';
	/** Server processes seen, also after they lost their parent. */
	private readonly servers = new Set<number>();

	constructor(port: number, dataDir: string) {
		this.port = port;
		this.child = spawn('npm', ['start'], {
			cwd: PROJECT_DIR,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: {
				...process.env,
				HOST: '127.0.0.1',
				PORT: String(port),
				ORIGIN: `http://127.0.0.1:${port}`,
				DATA_DIR: dataDir,
				SEED: '1',
				SMTP_URL: '',
				DEMO_MAILBOX: '1'
			}
		});
		this.child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
		this.child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
		this.exited = new Promise((resolve) =>
			this.child.once('exit', (code, signal) => resolve({ code, signal }))
		);
	}

	get url() {
		return `http://127.0.0.1:${this.port}`;
	}

	async health(): Promise<number> {
		if (this.child.exitCode !== null || this.child.signalCode !== null)
			throw new Error(`the app stopped before it was ready:\n${this.output}`);
		try {
			return (await fetch(`${this.url}/healthz`)).status;
		} catch {
			return 0;
		}
	}

	async ready() {
		// The first start may build the app if the sources changed since the test server started.
		await expect.poll(() => this.health(), { timeout: 240_000, intervals: [250, 500, 1000] }).toBe(200);
	}

	/** The node process that serves (below npm and sh). */
	server(): number {
		const server = descendants(this.child.pid!).find((p) =>
			/^(\S*\/)?node\s+scripts\/start\.ts/.test(p.args)
		);
		if (!server) throw new Error(`no server process below npm (pid ${this.child.pid})`);
		this.servers.add(server.pid);
		return server.pid;
	}

	async exit(withinMs: number): Promise<Exit | 'still running'> {
		let timer: NodeJS.Timeout | undefined;
		const timeout = new Promise<'still running'>((resolve) => {
			timer = setTimeout(() => resolve('still running'), withinMs);
		});
		const result = await Promise.race([this.exited, timeout]);
		clearTimeout(timer);
		return result;
	}

	/** Last resort after a failed test: stop whatever is left of this app's processes. */
	async kill() {
		const running = this.child.exitCode === null && this.child.signalCode === null;
		const tree = running ? [this.child.pid!, ...descendants(this.child.pid!).map((p) => p.pid)] : [];
		// A server that lost its parent; checked by its command line, as its number may have been reused.
		const orphans = [...this.servers].filter((pid) => isServer(pid));
		const left = [...new Set([...tree, ...orphans])].filter(isRunning);
		for (const pid of left) process.kill(pid, 'SIGTERM');
		await expect.poll(() => left.filter(isRunning), { timeout: 15_000 }).toEqual([]);
	}
}

test.describe('a second app on its own database', () => {
	test.describe.configure({ mode: 'serial', timeout: 300_000 });
	let dataDir = '';
	const apps: App[] = [];

	test.beforeAll(() => {
		dataDir = mkdtempSync(path.join(tmpdir(), 'wijkcoop-e2e-shutdown-'));
	});

	test.afterAll(async () => {
		for (const app of apps) await app.kill();
		rmSync(dataDir, { recursive: true, force: true });
	});

	const start = async () => {
		const app = new App(await freePort(), dataDir);
		apps.push(app);
		await app.ready();
		return app;
	};

	test('the server stops on SIGTERM with exit code 0 and starts again on the same database', async () => {
		const first = await start();
		// The demo was seeded into the new database.
		expect((await fetch(`${first.url}/wijkcooperatie-overvecht-samen`)).status).toBe(200);

		process.kill(first.server(), 'SIGTERM');
		expect(await first.exit(10_000), first.output).toEqual({ code: 0, signal: null });
		expect(first.output).toContain('SIGTERM: stopping');
		expect(first.output).not.toContain('Shutdown took too long');

		// PGlite reopens its directory: the data of the first run is there (and not seeded twice).
		const second = await start();
		expect(second.output).not.toContain('Demo data added');
		expect(await (await fetch(`${second.url}/healthz`)).json()).toEqual({ ok: true, database: 'pglite' });
		expect((await fetch(`${second.url}/wijkcooperatie-overvecht-samen`)).status).toBe(200);

		process.kill(second.server(), 'SIGTERM');
		expect(await second.exit(10_000), second.output).toEqual({ code: 0, signal: null });
	});

	test('SIGTERM sent to `npm start` itself (as a container runtime does) stops the server', async () => {
		// The start script ends in `exec node …`, so the signal reaches the server itself, not a shell.
		const app = await start();
		const server = app.server();
		process.kill(app.child.pid!, 'SIGTERM');
		expect(await app.exit(10_000), app.output).toEqual({ code: 0, signal: null });
		await expect.poll(() => isRunning(server), { timeout: 10_000 }).toBe(false);
	});
});
