// npm run admin -- <command> [options]. Administration from the command line, acting as the system.
//   create-network --name "500WIJKCOÖPERATIES" [--description "…"]
//   create-network-admin --email a@b.nl --name "Naam" [--network <slug>]
//   list
import { parseArgs } from 'node:util';
import { closeDatabase, database } from '#lib/server/db/client.ts';
import { grantRoles } from '#lib/server/modules/members/members.usecases.ts';
import {
	createOrganisation,
	listByKind,
	listPublicTree,
	resolveOrganisation
} from '#lib/server/modules/organisations/organisations.usecases.ts';
import { systemActor } from '#lib/server/shared/actor.ts';
import { AppError } from '#lib/server/shared/errors.ts';

const USAGE = `Usage:
  npm run admin -- create-network --name "<name>" [--description "<text>"]
  npm run admin -- create-network-admin --email <address> --name "<name>" [--network <slug>]
  npm run admin -- list`;

const { positionals, values } = parseArgs({
	allowPositionals: true,
	options: {
		name: { type: 'string' },
		email: { type: 'string' },
		network: { type: 'string' },
		description: { type: 'string' }
	}
});
const actor = systemActor('admin cli');

async function networkFor(slug: string | undefined) {
	if (slug) return (await resolveOrganisation(slug)).org;
	const networks = await listByKind('network');
	if (networks.length === 1) return networks[0]!;
	throw new Error(
		networks.length === 0
			? 'There is no network yet. Create one first: npm run admin -- create-network --name "…"'
			: `There are several networks; choose one with --network (${networks.map((n) => n.slug).join(', ')}).`
	);
}

async function run(command: string | undefined): Promise<string> {
	switch (command) {
		case 'create-network': {
			const org = await createOrganisation(actor, null, {
				name: values.name,
				kind: 'network',
				description: values.description
			});
			return `Network created: ${org.name} (/${org.slug})`;
		}
		case 'create-network-admin': {
			const network = await networkFor(values.network);
			const { person } = await grantRoles(actor, network.id, {
				email: values.email,
				name: values.name,
				roles: ['beheerder']
			});
			return `${person.name} <${values.email}> is now beheerder of ${network.name}. Sign in at /inloggen with that address.`;
		}
		case 'list': {
			const tree = await listPublicTree(actor);
			return [...tree.networks, ...tree.cityCoops, ...tree.members]
				.map((o) => `${o.kind.padEnd(20)} /${o.slug}  ${o.name}`)
				.join('\n');
		}
		default:
			throw new Error(USAGE);
	}
}

let code = 0;
try {
	await database();
	console.log(await run(positionals[0]));
} catch (e) {
	code = 1;
	if (e instanceof AppError) {
		const fields = Object.entries(e.fieldErrors)
			.map(([field, key]) => `  --${field}: ${key}`)
			.join('\n');
		console.error(`Refused: ${e.messageKey}${fields ? `\n${fields}` : ''}`);
	} else {
		console.error(e instanceof Error ? e.message : e);
	}
} finally {
	await closeDatabase();
}
process.exit(code);
