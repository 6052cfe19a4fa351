// Fails when the Drizzle schema and the committed migrations in drizzle/ differ: runs drizzle-kit
// generate against a scratch copy of the migrations and requires that it finds nothing to write.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';

const scratch = 'node_modules/.cache/wijkcoop-dbcheck';
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
try {
	cpSync('drizzle', `${scratch}/drizzle`, { recursive: true });
	const config = `${scratch}/drizzle.config.json`;
	writeFileSync(
		config,
		JSON.stringify({
			dialect: 'postgresql',
			schema: './src/lib/server/db/schema.ts',
			out: `./${scratch}/drizzle`
		})
	);
	let log: string;
	try {
		log = execFileSync('npx', ['drizzle-kit', 'generate', '--config', config], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe']
		});
	} catch (e) {
		const err = e as { stdout?: string; stderr?: string };
		console.error(err.stdout, err.stderr);
		console.error('db:check: drizzle-kit failed.');
		process.exit(1);
	}
	if (!/No schema changes/i.test(log)) {
		console.error(log);
		console.error(
			'db:check: the schema has changes without a migration. Run `npm run db:generate` and commit drizzle/.'
		);
		process.exit(1);
	}
	console.log('db:check: schema and committed migrations agree.');
} finally {
	rmSync(scratch, { recursive: true, force: true });
}
