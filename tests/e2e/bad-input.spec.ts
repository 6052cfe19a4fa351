// "Never a 500 on user input": every form of the app is sent hostile values — far too long text with
// quotes, markup, SQL and NUL characters in every field, hidden ones included — and every filter gets
// short hostile values. The server must answer with a 4xx or a page, never a server error. The long
// values fail validation everywhere, so nothing is written and later specs see the demo data unchanged.
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO } from './helpers.ts';

const HOSTILE = `'"; drop table person; -- <script>alert(1)</script> ☃ 𝕏 \u0000 ../../etc/passwd %00 `;
const LONG = HOSTILE.repeat(200);

interface FormShape {
	action: string;
	method: string;
	names: string[];
}

async function formsOn(page: Page): Promise<FormShape[]> {
	return page.locator('form').evaluateAll((forms) =>
		forms.map((f) => {
			const form = f as HTMLFormElement;
			const names = [...form.elements]
				.map((e) => (e as HTMLInputElement).name)
				.filter((n): n is string => !!n);
			return { action: form.action, method: (form.getAttribute('method') ?? 'get').toLowerCase(), names };
		})
	);
}

async function attack(
	request: APIRequestContext,
	baseURL: string,
	page: Page,
	failures: string[],
	skip: string[] = []
) {
	for (const form of await formsOn(page)) {
		if (form.action.endsWith('/uitloggen')) continue;
		if (skip.some((s) => form.action.endsWith(s))) continue;
		const names = [...new Set(form.names)];
		const response =
			form.method === 'post'
				? await request.post(form.action, {
						form: Object.fromEntries(names.map((n) => [n, LONG])),
						headers: { origin: baseURL },
						maxRedirects: 0
					})
				: await request.get(
						`${form.action.split('?')[0]}?${new URLSearchParams(names.map((n) => [n, HOSTILE]))}`,
						{ maxRedirects: 0 }
					);
		if (response.status() >= 500)
			failures.push(`${form.method.toUpperCase()} ${form.action} → ${response.status()}`);
	}
}

test('no form or filter answers hostile input with a server error', async ({ pageAs, page, baseURL }) => {
	const failures: string[] = [];
	const o = DEMO.overvecht;

	// Visitors: sign-in, the member overview filter, the mailbox filter, odd URLs.
	for (const path of ['/inloggen', `/${DEMO.city}/organisaties`, '/postvak']) {
		await page.goto(path);
		await attack(page.request, baseURL!, page, failures);
	}
	for (const path of [
		`/%00`,
		`/${o}/leden/%00`,
		`/${o}/leden?q=%00&page=-1&role=x`,
		`/${o}/organisaties?wijk=%00`,
		`/${o}/hulpvragen?status=%00&categoryId=x&from=2026-02-31&page=-5`,
		`/${o}/hulpvragen/%00`,
		`/${o}/intake?q=%00&persoon=%00`,
		`/${o}/hulpvragen/vraag-en-aanbod?weeks=%00`,
		`/mijn/uren?jaar=%00`,
		`/uitnodiging/%00`
	]) {
		const status = (await page.request.get(path, { maxRedirects: 0 })).status();
		if (status >= 500) failures.push(`GET ${path} → ${status}`);
	}

	// The coordinator's pages, including a managed member's page and its edit form.
	const coordinator = await pageAs(DEMO.accounts.coordinator);
	await coordinator.goto(`/${o}/leden`);
	const managed = coordinator
		.getByRole('row')
		.filter({ hasText: 'zonder account' })
		.first()
		.getByRole('link');
	const memberPath = new URL((await managed.getAttribute('href'))!, baseURL).pathname;
	for (const path of [
		'/profiel',
		`/${o}/leden`,
		`/${o}/aanmeldingen`,
		`/${o}/leden/nieuw`,
		memberPath,
		`${memberPath}/bewerken`
	]) {
		await coordinator.goto(path);
		await attack(coordinator.request, baseURL!, coordinator, failures);
	}

	// Vraag en aanbod: the board's filter, the intake (search and the request form for a member), an open
	// request with all its forms, the settings, the demand view and the offers.
	await coordinator.goto(`/${o}/hulpvragen?status=nieuw`);
	const requestPath = new URL(
		(await coordinator.locator('tbody tr').first().getByRole('link').first().getAttribute('href'))!,
		baseURL
	).pathname;
	await coordinator.goto(`/${o}/intake?q=3563`);
	const residentPath = await coordinator.locator('.card-list a').first().getAttribute('href');
	for (const path of [
		`/${o}/hulpvragen`,
		`/${o}/intake`,
		residentPath!,
		requestPath,
		`/${o}/hulpvragen/nieuw`,
		`/${o}/hulpvragen/instellingen`,
		`/${o}/hulpvragen/vraag-en-aanbod`,
		`/${o}/aanbod`
	]) {
		await coordinator.goto(path);
		await attack(coordinator.request, baseURL!, coordinator, failures);
	}
	// Groups, the agenda and meeting places: every filter and form, from the list pages down to the
	// attendance list and the room booking form. (Leaving a group is left out: it has no fields to refuse.)
	const firstLink = async (path: string, pattern: RegExp) => {
		await coordinator.goto(path);
		for (const link of await coordinator.locator('main a').all()) {
			const target = (await link.getAttribute('href')) ?? '';
			if (pattern.test(target)) return new URL(target, baseURL).pathname;
		}
		throw new Error(`no link like ${pattern} on ${path}`);
	};
	const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
	const activityPath = await firstLink(`/${o}/agenda`, new RegExp(`/agenda/${uuid}$`));
	const groupPath = await firstLink(`/${o}/groepen`, new RegExp(`/groepen/${uuid}$`));
	const placePath = await firstLink(`/${o}/plekken`, new RegExp(`/plekken/${uuid}$`));
	for (const path of [
		`/${o}/agenda`,
		`/${o}/agenda/nieuw`,
		activityPath,
		`${activityPath}/bewerken`,
		`${activityPath}/aanwezig?q=a`,
		`/${o}/deze-week`,
		`/${o}/groepen`,
		`/${o}/groepen/nieuw`,
		`${groupPath}?q=a`,
		`${groupPath}/bewerken`,
		`/${o}/plekken`,
		`/${o}/plekken/nieuw`,
		placePath,
		`${placePath}/bewerken`,
		'/mijn/activiteiten'
	]) {
		await coordinator.goto(path);
		await attack(coordinator.request, baseURL!, coordinator, failures, ['?/leave']);
	}
	for (const path of [
		`/${o}/agenda?from=%00&to=2026-02-31&areaId=x&theme=%00&free=%00`,
		`/${o}/agenda/%00`,
		`${activityPath}/poster`,
		`/${o}/agenda/00000000-0000-0000-0000-000000000000`,
		`/${o}/groepen/%00`,
		`/${o}/plekken/%00`,
		`/${o}/deze-week?areaId=%00&from=%00`,
		`/${o}/agenda.ics`,
		`${groupPath}/agenda.ics`,
		'/ical/%00',
		'/ical/onbekend-token-0123456789abcdef'
	]) {
		const status = (await page.request.get(path, { maxRedirects: 0 })).status();
		if (status >= 500) failures.push(`GET ${path} → ${status}`);
	}

	// The knowledge network: search, lists, the item form, versions, attachments, "use this project".
	const itemPath = await firstLink('/kennis?scope=organisation', new RegExp(`^/kennis/${uuid}$`));
	for (const path of [
		'/kennis?q=fietsen',
		'/kennis/nieuw',
		itemPath,
		`${itemPath}/bewerken`,
		`${itemPath}/versies`,
		`${itemPath}/bijlagen`,
		'/zoeken?q=buurt',
		'/kennis/subsidies',
		'/projecten',
		`/${o}/nieuws`
	]) {
		await coordinator.goto(path);
		await attack(coordinator.request, baseURL!, coordinator, failures);
	}
	for (const path of [
		'/kennis?q=%00&type=%00&theme=x&scope=x&page=-1',
		'/zoeken?q=%27%22%3C%3E%00&type=x',
		`/kennis/%00`,
		`${itemPath}/versies?from=%00&to=-3`,
		`${itemPath}/bijlagen/%00`,
		`/${o}/nieuws?page=%00`,
		`/${o}/nieuws.xml`,
		`/${o}/nieuws.atom`
	]) {
		const status = (await page.request.get(path, { maxRedirects: 0 })).status();
		if (status >= 500) failures.push(`GET ${path} → ${status}`);
	}

	const volunteer = await pageAs(DEMO.accounts.volunteer);
	for (const path of ['/mijn/taken', '/mijn/uren', `/${o}/aanbod`]) {
		await volunteer.goto(path);
		await attack(volunteer.request, baseURL!, volunteer, failures);
	}

	// Bestuur sees the role form and every form of the general assembly; the network beheerder the
	// organisation forms.
	const bestuur = await pageAs(DEMO.accounts.bestuur);
	await bestuur.goto(`/${o}/alv`);
	const meetingLink = bestuur.locator(
		'main a[href*="/alv/"]:not([href$="/nieuw"]):not([href$="/instellingen"])'
	);
	const meetingPath = new URL((await meetingLink.first().getAttribute('href'))!, baseURL).pathname;
	await bestuur.goto(meetingPath);
	const proposalPath = new URL(
		(await bestuur.locator('main a[href*="/alv/voorstellen/"]').first().getAttribute('href'))!,
		baseURL
	).pathname;
	for (const path of [
		`/${o}/alv/nieuw`,
		`/${o}/alv/instellingen`,
		`${meetingPath}?q=a&lid=a&stuk=a`,
		`${meetingPath}/voorstel/nieuw`,
		`${proposalPath}?lid=a`
	]) {
		await bestuur.goto(path);
		await attack(bestuur.request, baseURL!, bestuur, failures);
	}
	for (const path of [
		`/${o}/alv/%00`,
		`/${o}/alv/voorstellen/%00`,
		`${meetingPath}?q=%00&lid=%00&van=x&naar=%00`
	]) {
		const status = (await bestuur.request.get(path, { maxRedirects: 0 })).status();
		if (status >= 500) failures.push(`GET ${path} → ${status}`);
	}
	await bestuur.goto(memberPath);
	await attack(bestuur.request, baseURL!, bestuur, failures);
	const admin = await pageAs(DEMO.accounts.networkAdmin);
	for (const path of [`/beheer/organisaties/${o}`, `/beheer/organisaties/nieuw?parent=${DEMO.city}`]) {
		await admin.goto(path);
		await attack(admin.request, baseURL!, admin, failures);
	}

	expect(failures).toEqual([]);
});
