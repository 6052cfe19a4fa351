// npm start — builds the app when there is no current build, applies migrations, seeds the demo into an
// empty database (SEED=0 switches that off), then serves on HOST:PORT (default 127.0.0.1:3000).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';

const BUILD_INPUTS = [
	'src',
	'messages',
	'static',
	'drizzle',
	'project.inlang/settings.json',
	'vite.config.ts',
	'package-lock.json'
];
const STAMP = 'build/.source-hash';

function files(entry: string): string[] {
	if (!existsSync(entry)) return [];
	if (statSync(entry).isFile()) return [entry];
	return readdirSync(entry, { withFileTypes: true })
		.filter((d) => !(d.isDirectory() && d.name === 'paraglide'))
		.flatMap((d) => files(path.join(entry, d.name)));
}

function sourceHash(): string {
	const hash = createHash('sha256');
	for (const file of BUILD_INPUTS.flatMap(files).sort()) hash.update(file).update(readFileSync(file));
	return hash.digest('hex');
}

const hash = sourceHash();
if (!existsSync('build/index.js') || !existsSync(STAMP) || readFileSync(STAMP, 'utf8') !== hash) {
	console.log('Building wijkcoop (first start or changed sources)…');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	writeFileSync(STAMP, hash);
}

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const shown = host === '0.0.0.0' ? 'localhost' : host;
// The public address. Behind a TLS proxy set ORIGIN=https://your.domain; mails and cookies use it too.
process.env.ORIGIN ??= `http://${shown}:${port}`;
// Knowledge attachments may be 10 MB (MAX_ATTACHMENT_BYTES); the rest is room for the multipart form around them.
process.env.BODY_SIZE_LIMIT ??= '12M';
// adapter-node takes the protocol from a header and otherwise assumes https, which would make every form
// POST over plain http fail its cross-site check. We set that header ourselves from ORIGIN (never from
// the client), so the check holds for the protocol we really serve.
const PROTOCOL_HEADER = 'x-wijkcoop-proto';
process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
const protocol = new URL(process.env.ORIGIN).protocol.replace(':', '');

// Migrations and the demo seed run here, before the server opens the (single-process) database itself.
const { closeDatabase, database } = await import('#lib/server/db/client.ts');
const { engine } = await database();
if (process.env.SEED !== '0') {
	const { isEmpty, seedDemo, DEMO_ACCOUNTS } = await import('#lib/server/seed/demo.ts');
	if (await isEmpty()) {
		const result = await seedDemo();
		console.log(`Demo data added: ${result.organisations} organisations, ${result.people} people.`);
		console.log(`Demo sign-in (the code arrives in /postvak): ${Object.values(DEMO_ACCOUNTS).join(', ')}`);
	}
}
await closeDatabase();

const { handler } = (await import(path.resolve('build/handler.js'))) as {
	handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
};
const server = createServer((req, res) => {
	req.headers[PROTOCOL_HEADER] = protocol;
	handler(req, res, () => {
		res.statusCode = 404;
		res.end();
	});
});
server.listen(port, host, () => console.log(`wijkcoop runs on ${engine}: open ${process.env.ORIGIN}`));

// SIGTERM/SIGINT: stop taking requests, let the app close its database (hooks.server.ts listens for
// 'sveltekit:shutdown'), then exit. PGlite must close its data directory cleanly.
let stopping = false;
function shutdown(signal: string) {
	if (stopping) return;
	stopping = true;
	console.log(`${signal}: stopping…`);
	server.close(() => process.emit('sveltekit:shutdown' as never, signal as never));
	server.closeIdleConnections();
	setTimeout(() => {
		console.error('Shutdown took too long; exiting.');
		process.exit(1);
	}, 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
