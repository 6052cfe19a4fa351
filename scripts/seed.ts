// npm run seed — fills an empty database with the fictional SAMEN030 demo. A database that already has
// organisations is left alone (use a fresh DATA_DIR for a new demo).
import { closeDatabase, database } from '#lib/server/db/client.ts';
import { isEmpty, seedDemo } from '#lib/server/seed/demo.ts';

const { engine } = await database();
if (!(await isEmpty())) {
	console.log(
		`The database (${engine}) already has data; nothing seeded. Use a fresh DATA_DIR for a new demo.`
	);
} else {
	const started = Date.now();
	const result = await seedDemo();
	console.log(
		`Seeded ${result.organisations} organisations and ${result.people} people on ${engine} in ${Date.now() - started} ms.`
	);
}
await closeDatabase();
