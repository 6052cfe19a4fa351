// Every exported use case checks its policy before it does anything else. This test reads the source of
// every *.usecases.ts file and fails when an exported function's body has no policy call before its first
// database write, transaction or call into a repository — so a forgotten check is caught at once.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Exported functions that are not use cases with a policy of their own, and why. */
const NO_POLICY: Record<string, string> = {
	'organisations.resolveOrganisation':
		'looks up public facts of an organisation by slug (for the policy scope)',
	'organisations.scopeFor': 'computes the policy scope itself (ids only)',
	'organisations.subtreeOf':
		'ids of an organisation and those below it, for queries that check their own policy',
	'organisations.organisationById': 'public facts of an organisation (name, slug) for mails and headings',
	'organisations.listByKind': 'public list of organisations of one level',
	'organisations.areaForPostcode': 'maps a postcode to a public area of an organisation',
	'organisations.listManageable': 'filters every organisation through can(actor, organisation.update)',
	'members.personForUser': 'turns a verified login into its person; called by auth only',
	'members.activeMembershipsOf': 'builds the actor of a verified login; called by auth only',
	'auth.requestSignInCode': 'public by nature; guarded by rate limits',
	'auth.verifySignInCode': 'public by nature; guarded by rate limits and the code',
	'auth.signOut': 'ends the session in the request itself',
	'auth.actorFromHeaders': 'builds the actor from the session cookie',
	'places.bookRoomInTx':
		"runs inside the caller's transaction, after the caller's own policy check (bookRoom, activities)",
	'places.cancelBookingsOfActivityInTx':
		"runs inside the caller's transaction, after the caller's own policy check (activities)"
};

const POLICY_CALLS = new Set(['authorize', 'requirePerson']);

function usecaseFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? usecaseFiles(full) : name.endsWith('.usecases.ts') ? [full] : [];
	});
}

/** Calls in source order within a node. */
function callsIn(node: ts.Node): string[] {
	const names: string[] = [];
	const visit = (n: ts.Node) => {
		if (ts.isCallExpression(n)) {
			const e = n.expression;
			names.push(ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.getText() : '');
		}
		ts.forEachChild(n, visit);
	};
	visit(node);
	return names;
}

/** Looking up the organisation a request is about, to know the policy's scope, may come first. */
const SCOPE_LOOKUPS = new Set(['repo.scopeOf', 'repo.findById', 'repo.findBySlug']);
const isDataAccess = (name: string) =>
	name === 'inTransaction' ||
	(name.startsWith('repo.') && !SCOPE_LOOKUPS.has(name)) ||
	name === 'audit' ||
	name === 'enqueueMail';

describe('policy first', () => {
	const files = usecaseFiles('src/lib/server/modules');

	it('finds the use-case modules', () => {
		expect(files.length).toBeGreaterThanOrEqual(4);
	});

	for (const file of files) {
		const module = path.basename(file, '.usecases.ts');
		const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
		for (const statement of source.statements) {
			if (!ts.isFunctionDeclaration(statement) || !statement.name || !statement.body) continue;
			if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
			const name = `${module}.${statement.name.text}`;
			it(`${name} checks its policy before touching data`, () => {
				if (name in NO_POLICY) return;
				const calls = callsIn(statement.body!);
				const policy = calls.findIndex((c) => POLICY_CALLS.has(c));
				const data = calls.findIndex(isDataAccess);
				expect(policy, `${name} has no authorize()/requirePerson()`).toBeGreaterThanOrEqual(0);
				if (data >= 0) expect(policy, `${name} touches data before its policy check`).toBeLessThan(data);
			});
		}
	}

	it('the list of exceptions names only functions that exist', () => {
		const exported = new Set(
			files.flatMap((file) => {
				const module = path.basename(file, '.usecases.ts');
				return [...readFileSync(file, 'utf8').matchAll(/export async function (\w+)/g)].map(
					(m) => `${module}.${m[1]}`
				);
			})
		);
		for (const name of Object.keys(NO_POLICY)) expect(exported, name).toContain(name);
	});
});
