// Authorisation of every route, found by reading src/routes — so a new route is checked the day it is
// added, and a route nobody classified fails this file. Every page, endpoint and form action that is
// not public must refuse (401/403/404, never a redirect) people who may not use it, and must not show
// them personal data of the organisation's members.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import ts from 'typescript';
import { expect, test } from './fixtures.ts';
import { DEMO } from './helpers.ts';

const ROUTES_DIR = fileURLToPath(new URL('../../src/routes', import.meta.url));

/** Open to everyone, signed in or not (/postvak only while the demo has no mail server). */
const PUBLIC = [
	'/',
	'/[org]',
	'/[org]/organisaties',
	'/inloggen',
	'/uitloggen',
	'/postvak',
	'/healthz',
	// The agenda, groups and meeting places: public facts; their use cases hide members-only and group
	// activities and groups (tested in activities.test.ts), and their actions need a member.
	'/[org]/agenda',
	'/[org]/agenda.ics',
	'/[org]/agenda/[activity]',
	'/[org]/agenda/[activity]/poster',
	'/[org]/deze-week',
	'/[org]/groepen',
	'/[org]/groepen/[group]',
	'/[org]/groepen/[group]/agenda.ics',
	'/[org]/plekken',
	'/[org]/plekken/[place]',
	// The knowledge network: every list, page and feed shows only what the reader may see (the share
	// scope, tested in knowledge.test.ts); an organisation-only item of Overvecht is "not found" for others.
	'/kennis',
	'/kennis/[item]',
	'/kennis/[item]/versies',
	'/kennis/subsidies',
	'/zoeken',
	'/projecten',
	'/opleidingen',
	'/diensten',
	'/[org]/nieuws',
	'/[org]/nieuws.xml',
	'/[org]/nieuws.atom'
];

/** Any signed-in person may use these: their own profile, and asking to join an organisation. */
const ANY_PERSON = [
	'/profiel',
	'/[org]/lid-worden',
	'/mijn/taken',
	'/mijn/uren',
	'/mijn/hulpvragen',
	'/mijn/activiteiten',
	// Staff of any organisation write for their own organisation and take over projects they may see;
	// everyone else is refused by the use case.
	'/kennis/nieuw',
	'/kennis/[item]/overnemen'
];

/** Every member of the organisation may use these (ask for help, see offers); nobody from outside. */
const MEMBERS_ONLY = [
	'/[org]/hulpvragen/nieuw',
	'/[org]/aanbod',
	// The general assembly: every member sees it and votes (one member, one vote); bestuur's forms on these
	// pages are refused to others by the use cases.
	'/[org]/alv',
	'/[org]/alv/[meeting]',
	'/[org]/alv/voorstellen/[proposal]'
];

/** The private link in an invitation mail and the private calendar link: the token is the credential, an
 * unknown one is "not found"; likewise a made-up attachment id (downloads are checked in attachments.test.ts). */
const TOKEN_ROUTES = ['/uitnodiging/[token]', '/ical/[token]', '/kennis/[item]/bijlagen/[attachment]'];

/** Who may use a route, to prove its URL is real (an outsider's 404 means nothing on a wrong URL). */
const OWNERS: Record<string, string> = {
	'/[org]/leden/export': DEMO.accounts.bestuur,
	'/beheer': DEMO.accounts.networkAdmin,
	'/beheer/organisaties/[org]': DEMO.accounts.networkAdmin,
	'/beheer/organisaties/nieuw': DEMO.accounts.networkAdmin,
	// Taking over a project is for another coop's staff (Overvecht's own project is not theirs to copy).
	'/kennis/[item]/overnemen': DEMO.accounts.otherCoordinator,
	// Preparing the general assembly is bestuur's work, not the coordinator's.
	'/[org]/alv/nieuw': DEMO.accounts.bestuur,
	'/[org]/alv/instellingen': DEMO.accounts.bestuur,
	'/[org]/alv/[meeting]/voorstel/nieuw': DEMO.accounts.bestuur
};
const DEFAULT_OWNER = DEMO.accounts.coordinator;

/** Query strings a route needs to be about Overvecht. */
const QUERIES: Record<string, string> = { '/beheer/organisaties/nieuw': `?parent=${DEMO.overvecht}` };

const REFUSED = [401, 403, 404];
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

interface Route {
	/** The route id without groups, e.g. /[org]/leden/[membership]. */
	id: string;
	files: string[];
	/** What can be called: GET for a page, each exported method of an endpoint, each form action. */
	calls: Call[];
	params: string[];
}

interface Call {
	method: string;
	/** Form action name: 'default' or a named action (?/name). */
	action?: string;
}

/** Names exported by a module, and the keys of `export const actions = { … }`. */
function exportsOf(file: string): { names: string[]; actions: string[] } {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const names: string[] = [];
	const actions: string[] = [];
	const exported = (node: ts.Node) =>
		ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
	for (const statement of source.statements) {
		if (ts.isFunctionDeclaration(statement) && exported(statement) && statement.name)
			names.push(statement.name.text);
		if (ts.isVariableStatement(statement) && exported(statement)) {
			for (const declaration of statement.declarationList.declarations) {
				if (!ts.isIdentifier(declaration.name)) continue;
				names.push(declaration.name.text);
				if (declaration.name.text !== 'actions') continue;
				let value = declaration.initializer;
				while (value && (ts.isSatisfiesExpression(value) || ts.isAsExpression(value)))
					value = value.expression;
				if (!value || !ts.isObjectLiteralExpression(value))
					throw new Error(`${file}: cannot read the actions (not an object literal)`);
				for (const property of value.properties) {
					if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
						throw new Error(`${file}: cannot read an action name`);
					actions.push(property.name.text);
				}
			}
		}
		if (ts.isExportDeclaration(statement)) throw new Error(`${file}: re-exports are not understood here`);
	}
	return { names, actions };
}

function discoverRoutes(dir = ROUTES_DIR): Route[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const files = entries.filter((e) => e.isFile() && /^\+(page|server)\b/.test(e.name)).map((e) => e.name);
	const nested = entries
		.filter((e) => e.isDirectory())
		.flatMap((e) => discoverRoutes(path.join(dir, e.name)));
	if (!files.length) return nested;
	const segments = path
		.relative(ROUTES_DIR, dir)
		.split(path.sep)
		.filter((s) => s && !/^\(.*\)$/.test(s));
	const id = `/${segments.join('/')}`;
	const calls: Call[] = [];
	if (files.some((f) => f.startsWith('+page'))) calls.push({ method: 'GET' });
	for (const file of files) {
		const full = path.join(dir, file);
		if (/^\+page\.server\.[jt]s$/.test(file))
			for (const action of exportsOf(full).actions) calls.push({ method: 'POST', action });
		if (/^\+server\.[jt]s$/.test(file)) {
			const methods = exportsOf(full).names.filter((n) => HTTP_METHODS.includes(n) || n === 'fallback');
			if (!methods.length) throw new Error(`${full}: no request handler found`);
			// A `fallback` handler answers every other method; PATCH stands in for them.
			for (const method of methods) calls.push({ method: method === 'fallback' ? 'PATCH' : method });
		}
	}
	const params = [...id.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
	return [
		{ id, files: files.map((f) => path.join(path.relative(ROUTES_DIR, dir), f)), calls, params },
		...nested
	];
}

const ROUTES = discoverRoutes();
const FILLABLE_PARAMS = [
	'org',
	'membership',
	'request',
	'token',
	'activity',
	'group',
	'place',
	'item',
	'attachment',
	'meeting',
	'proposal'
];

test('every route is either public or checked for authorisation below', () => {
	const ids = ROUTES.map((r) => r.id);
	const unknownParams = ROUTES.filter((r) => r.params.some((p) => !FILLABLE_PARAMS.includes(p))).map(
		(r) => `${r.id} (${r.files.join(', ')}): teach authz.spec.ts how to fill [${r.params.join('], [')}]`
	);
	expect(unknownParams, 'routes this file cannot check').toEqual([]);
	expect(
		[...PUBLIC, ...ANY_PERSON, ...MEMBERS_ONLY, ...TOKEN_ROUTES].filter((id) => !ids.includes(id)),
		'listed routes that no longer exist'
	).toEqual([]);
	expect(ROUTES.filter((r) => !r.calls.length).map((r) => r.id)).toEqual([]);
	expect(ids.filter((id) => !PUBLIC.includes(id)).length).toBeGreaterThan(0);
});

/** What was known about Overvecht before the check, to fill URLs and to recognise leaked data. */
interface Known {
	membershipId: string;
	/** A help request of Overvecht that is not the demo resident's own. */
	requestId: string;
	/** An activity, a group and a meeting place of Overvecht. */
	activityId: string;
	groupId: string;
	placeId: string;
	/** A knowledge item Overvecht shares with nobody else, and one it shares with everyone (for the public
	 * pages, which must open for visitors). */
	itemId: string;
	publicItemId: string;
	/** A project shared with everyone (another coop may take it over). */
	projectId: string;
	/** Overvecht's general assembly and one of its proposals. */
	meetingId: string;
	proposalId: string;
	pendingIds: string[];
	personalData: { owner: string; text: string }[];
}

async function learnOvervecht(pageAs: (email: string) => Promise<Page>): Promise<Known> {
	const page = await pageAs(DEMO.accounts.coordinator);
	await page.goto(`/${DEMO.overvecht}/leden`);
	const rows = page.locator('tbody tr');
	await expect(rows.first().getByRole('link')).toBeVisible();
	const personalData: Known['personalData'] = [
		{ owner: DEMO.accounts.coordinator, text: DEMO.coordinatorName }
	];
	const demoNames = ['Carla Coördinator', 'Bert Bestuur', 'Vera Vrijwilliger', 'Bep Bewoner'];
	let membershipId = '';
	for (const row of await rows.all()) {
		const cells = (await row.locator('td').allInnerTexts()).map((c) => c.trim());
		const name = (await row.getByRole('link').innerText()).trim();
		const [, , , phone = '', email = ''] = cells;
		const owner = email || name;
		personalData.push({ owner, text: name });
		if (phone) personalData.push({ owner, text: phone });
		if (email) personalData.push({ owner, text: email });
		// A member registered by the coordinator (no account): every member page exists for them, also
		// …/bewerken.
		const href = (await row.getByRole('link').getAttribute('href')) ?? '';
		const managed = (cells[0] ?? '').includes('zonder account');
		if (!membershipId && managed && !demoNames.includes(name)) membershipId = href.split('/').pop() ?? '';
	}
	expect(membershipId).toMatch(/^[0-9a-f-]{36}$/);
	expect(personalData.length).toBeGreaterThan(20);

	await page.goto(`/${DEMO.overvecht}/aanmeldingen`);
	const pendingIds = await page
		.locator('input[name="membershipId"]')
		.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
	expect(pendingIds.length).toBeGreaterThan(0);

	await page.goto(`/${DEMO.overvecht}/hulpvragen`);
	let requestId = '';
	for (const row of await page.locator('tbody tr').all()) {
		const text = await row.innerText();
		if (text.includes('Bep Bewoner')) continue;
		requestId = ((await row.getByRole('link').first().getAttribute('href')) ?? '').split('/').pop() ?? '';
		if (requestId) break;
	}
	expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

	const firstId = async (path: string, pattern: RegExp) => {
		await page.goto(`/${DEMO.overvecht}/${path}`);
		for (const link of await page.locator('main a').all()) {
			const found = pattern.exec((await link.getAttribute('href')) ?? '');
			if (found) return found[1]!;
		}
		return '';
	};
	const uuid = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
	const activityId = await firstId('agenda', new RegExp(`/agenda/${uuid}$`));
	const groupId = await firstId('groepen', new RegExp(`/groepen/${uuid}$`));
	const placeId = await firstId('plekken', new RegExp(`/plekken/${uuid}$`));
	const firstItem = async (scope: string, list = '/kennis') => {
		await page.goto(`${list}?scope=${scope}`);
		for (const link of await page.locator('main a').all()) {
			const found = new RegExp(`^/kennis/${uuid}$`).exec((await link.getAttribute('href')) ?? '');
			if (found) return found[1]!;
		}
		return '';
	};
	const itemId = await firstItem('organisation');
	const publicItemId = await firstItem('public');
	const projectId = await firstItem('public', '/projecten');
	const meetingId = await firstId('alv', new RegExp(`/alv/${uuid}$`));
	const proposalId = await firstId(`alv/${meetingId}`, new RegExp(`/alv/voorstellen/${uuid}$`));
	for (const id of [activityId, groupId, placeId, itemId, publicItemId, projectId, meetingId, proposalId])
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
	return {
		membershipId,
		requestId,
		activityId,
		groupId,
		placeId,
		itemId,
		publicItemId,
		projectId,
		meetingId,
		proposalId,
		pendingIds,
		personalData
	};
}

function urlOf(route: Route, known: Known): string {
	const filled = route.id
		.replace('[org]', DEMO.overvecht)
		.replace('[membership]', known.membershipId)
		.replace('[request]', known.requestId)
		.replace('[activity]', known.activityId)
		.replace('[group]', known.groupId)
		.replace('[place]', known.placeId)
		.replace(
			'[item]',
			route.id === '/kennis/[item]/overnemen'
				? known.projectId
				: PUBLIC.includes(route.id) || TOKEN_ROUTES.includes(route.id)
					? known.publicItemId
					: known.itemId
		)
		.replace('[attachment]', '00000000-0000-4000-8000-000000000000')
		.replace('[meeting]', known.meetingId)
		.replace('[proposal]', known.proposalId)
		// Nobody knows a valid invitation token but the volunteer who got the mail.
		.replace('[token]', 'onbekend-token-0123456789abcdef');
	return filled + (QUERIES[route.id] ?? '');
}

/** What an attacker would send: approve a pending request, make themselves beheerder, add someone. */
function attackBody(known: Known): string {
	return new URLSearchParams({
		membershipId: known.pendingIds[0]!,
		decision: 'approve',
		roles: 'beheerder',
		name: 'Indringer Authz',
		address: 'Dreef 1',
		postcode: '3563 AA',
		consent: 'on',
		kind: 'wijkcooperatie',
		reason: 'authz-test'
	}).toString();
}

async function call(
	request: APIRequestContext,
	baseURL: string,
	url: string,
	c: Call,
	variant: 'form' | 'enhance',
	body: string
): Promise<APIResponse> {
	if (c.method === 'GET') return request.get(url, { maxRedirects: 0 });
	const target =
		c.action && c.action !== 'default' ? `${url}${url.includes('?') ? '&' : '?'}/${c.action}` : url;
	return request.fetch(target, {
		method: c.method,
		maxRedirects: 0,
		data: body,
		headers: {
			origin: baseURL,
			'content-type': 'application/x-www-form-urlencoded',
			...(variant === 'enhance'
				? { accept: 'application/json', 'x-sveltekit-action': 'true' }
				: { accept: 'text/html' })
		}
	});
}

/** The variants of one call: a form action is posted as a plain form and as `use:enhance` does. */
const variantsOf = (c: Call) => (c.action ? (['form', 'enhance'] as const) : (['form'] as const));
const callName = (c: Call, variant: string) => (c.action ? `POST ?/${c.action} (${variant})` : c.method);

test('every route that is not public refuses visitors, outsiders and members without a role, and leaks no member data', async ({
	playwright,
	baseURL,
	pageAs,
	sessions
}) => {
	test.setTimeout(120_000);
	const known = await learnOvervecht(pageAs);
	const body = attackBody(known);
	const checked = ROUTES.filter((r) => !PUBLIC.includes(r.id) && !TOKEN_ROUTES.includes(r.id));
	const contexts = new Map<string | null, APIRequestContext>();
	const contextFor = async (email: string | null) => {
		let context = contexts.get(email);
		if (!context) {
			context = await playwright.request.newContext({
				baseURL,
				storageState: email ? await sessions.of(email) : undefined
			});
			contexts.set(email, context);
		}
		return context;
	};

	const failures: string[] = [];
	const leaks = (text: string, actorEmail: string | null) =>
		known.personalData.filter((d) => d.owner !== actorEmail && text.includes(d.text)).map((d) => d.text);

	// 1. The URLs are real: the people who may use them get the page.
	for (const route of checked) {
		const owner = OWNERS[route.id] ?? DEFAULT_OWNER;
		const response = await call(
			await contextFor(owner),
			baseURL!,
			urlOf(route, known),
			{ method: 'GET' },
			'form',
			''
		);
		if (response.status() !== 200)
			failures.push(`${route.id}: GET as ${owner} → ${response.status()}, expected 200`);
	}
	// …and a form post with these headers reaches the action (it is not stopped by the CSRF check).
	const control = await call(
		await contextFor(DEFAULT_OWNER),
		baseURL!,
		`/${DEMO.overvecht}/leden/nieuw`,
		{ method: 'POST', action: 'default' },
		'form',
		''
	);
	expect(control.status(), 'an empty form from the coordinator reaches validation').toBe(400);

	// 2. The people who may not use them.
	const actors = [
		{ name: 'signed out', email: null, appliesTo: () => true },
		{ name: 'coordinator of Lombok', email: DEMO.accounts.otherCoordinator, appliesTo: () => true },
		{ name: 'member of Overvecht without a role', email: DEMO.accounts.resident, appliesTo: () => true },
		// Higher levels manage organisations but never see a member organisation's people.
		{
			name: 'network beheerder',
			email: DEMO.accounts.networkAdmin,
			appliesTo: (r: Route) => r.id.startsWith('/[org]/') && !ANY_PERSON.includes(r.id)
		}
	];
	let cells = 0;
	for (const actor of actors) {
		const request = await contextFor(actor.email);
		for (const route of checked.filter((r) => actor.appliesTo(r))) {
			// Anyone signed in may use their profile and ask to join; outsiders still see no member data.
			// Their posts are sent empty so that they change nothing.
			const anyPerson =
				(ANY_PERSON.includes(route.id) && actor.email !== null) ||
				(MEMBERS_ONLY.includes(route.id) && actor.email === DEMO.accounts.resident);
			for (const c of route.calls) {
				for (const variant of variantsOf(c)) {
					cells++;
					const cell = `${route.id} ${callName(c, variant)} as ${actor.name}`;
					const response = await call(
						request,
						baseURL!,
						urlOf(route, known),
						c,
						variant,
						anyPerson ? '' : body
					);
					const status = response.status();
					const text = await response.text();
					if (anyPerson ? status >= 500 || (status >= 300 && status < 400) : !REFUSED.includes(status))
						failures.push(
							`${cell} → ${status}${status >= 300 && status < 400 ? ` (to ${response.headers().location})` : ''}`
						);
					if (text.includes('Cross-site POST form submissions are forbidden'))
						failures.push(`${cell} → stopped by the CSRF check, not by authorisation`);
					const leaked = leaks(text, actor.email);
					if (leaked.length) failures.push(`${cell} → shows ${leaked.slice(0, 3).join(', ')}`);
				}
			}
		}
	}

	// 3. Public pages are public, and show no member's personal data either.
	for (const route of ROUTES.filter((r) => PUBLIC.includes(r.id))) {
		const response = await call(
			await contextFor(null),
			baseURL!,
			urlOf(route, known),
			{ method: 'GET' },
			'form',
			''
		);
		if (response.status() !== 200)
			failures.push(`${route.id} (public): GET signed out → ${response.status()}`);
		// The demo mailbox shows mails to members by design (and only in the demo).
		const leaked = route.id === '/postvak' ? [] : leaks(await response.text(), null);
		if (leaked.length) failures.push(`${route.id} (public) shows ${leaked.slice(0, 3).join(', ')}`);
	}

	// 4. A made-up invitation token shows nothing and accepts nothing, for anyone.
	for (const route of ROUTES.filter((r) => TOKEN_ROUTES.includes(r.id))) {
		for (const c of route.calls) {
			cells++;
			const response = await call(await contextFor(null), baseURL!, urlOf(route, known), c, 'form', body);
			if (response.status() !== 404)
				failures.push(`${route.id} ${callName(c, 'form')} → ${response.status()}`);
		}
	}

	// Nothing the attackers sent changed anything.
	const coordinator = await contextFor(DEFAULT_OWNER);
	const requests = await (await coordinator.get(`/${DEMO.overvecht}/aanmeldingen`)).text();
	for (const id of known.pendingIds)
		if (!requests.includes(id)) failures.push(`join request ${id} is no longer pending`);
	const members = await (await coordinator.get(`/${DEMO.overvecht}/leden?q=Indringer`)).text();
	if (members.includes('Indringer Authz'))
		failures.push('a member “Indringer Authz” was registered by someone without the right');

	for (const context of contexts.values()) await context.dispose();
	console.log(
		`authz: ${cells} cells checked (${checked.length} routes × methods × actors), ${ROUTES.length} routes in all`
	);
	test.info().annotations.push({ type: 'authz cells', description: String(cells) });
	expect(failures).toEqual([]);
});
