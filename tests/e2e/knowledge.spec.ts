// The knowledge network from writing to finding: a coordinator writes a playbook (an empty title is refused
// and nothing typed is lost) and shares it with the city; a coordinator of another coop in the same city
// finds it with the search box — in other words than the title ("fietsen" for "fietsdag") — while a
// visitor without an account does not. Once with JavaScript and once without; the pages are scanned with
// axe in the run that has it.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO, expectAccessible } from './helpers.ts';

async function scan(page: Page, javaScriptEnabled: boolean) {
	if (javaScriptEnabled) await expectAccessible(page);
}

// Letters only, so the search word cannot match anything else by accident.
const tag = () => [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');

for (const javaScriptEnabled of [true, false]) {
	test(`write → share with the city → found by another coop, not by visitors (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
		pageAs,
		page
	}) => {
		test.setTimeout(90_000);
		const word = tag();
		const title = `Draaiboek buurtfietsdag ${word}`;
		const writer = await pageAs(DEMO.accounts.coordinator, { javaScriptEnabled });

		await writer.goto('/kennis');
		await scan(writer, javaScriptEnabled);
		await writer.getByRole('link', { name: 'Nieuw stuk schrijven' }).click();
		await scan(writer, javaScriptEnabled);
		await writer.getByLabel(/^Soort/).selectOption({ label: 'Draaiboek' });
		await writer.getByLabel(/^Korte samenvatting/).fill(`Zo fietsen we met de buurt rond, code ${word}.`);
		await writer.getByLabel(/^Tekst/).fill('## Voorbereiding\n\n- Zoek vrijwilligers\n- Regel fietsen');
		await writer.getByLabel(/^Thema/).selectOption({ label: 'Ontmoeten' });
		await writer.getByRole('radio', { name: /^Ook de stadscoöperatie/ }).check();
		await writer.evaluate(() => document.querySelectorAll('form').forEach((f) => (f.noValidate = true)));
		await writer.getByRole('button', { name: 'Opslaan' }).click();
		await expect(writer.getByRole('alert')).toContainText('Niet alles is goed ingevuld.');
		await expect(writer.getByLabel(/^Korte samenvatting/)).toHaveValue(
			`Zo fietsen we met de buurt rond, code ${word}.`
		);
		await writer.getByLabel(/^Titel/).fill(title);
		await writer.getByRole('button', { name: 'Opslaan' }).click();
		await expect(writer.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(writer.getByRole('heading', { name: 'Voorbereiding' })).toBeVisible();
		await scan(writer, javaScriptEnabled);

		// Another coop in SAMEN030 finds it by searching in its own words.
		const finder = await pageAs(DEMO.accounts.otherCoordinator, { javaScriptEnabled });
		await finder.goto('/zoeken');
		await scan(finder, javaScriptEnabled);
		await finder.getByLabel(/^Waar zoekt u naar/).fill(`fietsen ${word}`);
		await finder.getByRole('button', { name: 'Zoeken', exact: true }).click();
		await finder.getByRole('link', { name: title }).click();
		await expect(finder.getByRole('heading', { level: 1 })).toHaveText(title);
		await scan(finder, javaScriptEnabled);

		// A visitor without an account finds nothing, and the address itself asks them to sign in.
		const url = new URL(writer.url()).pathname;
		await page.goto(`/zoeken?q=${word}`);
		await expect(page.getByRole('link', { name: title })).toHaveCount(0);
		expect((await page.request.get(url, { maxRedirects: 0 })).status()).toBe(401);
	});
}

test('the knowledge pages are accessible for visitors and members', async ({ page, pageAs }) => {
	test.setTimeout(120_000);
	const paths = [
		'/kennis',
		'/kennis?q=vrijwilligers',
		'/kennis/subsidies',
		'/projecten',
		'/opleidingen',
		'/diensten',
		'/zoeken?q=buurt',
		`/${DEMO.overvecht}/nieuws`,
		`/${DEMO.city}/nieuws`
	];
	const coordinator = await pageAs(DEMO.accounts.otherCoordinator);
	for (const visitor of [page, coordinator]) {
		for (const path of paths) {
			const response = await visitor.goto(path);
			expect(response?.status(), path).toBe(200);
			await expectAccessible(visitor);
		}
	}
	// A project of another coop: its page, its versions, and "use this project" for a coordinator.
	await coordinator.goto('/projecten');
	const projects = coordinator.locator('main a[href^="/kennis/"]');
	for (let i = 0; i < (await projects.count()); i++) {
		await coordinator.goto('/projecten');
		await coordinator.locator('main a[href^="/kennis/"]').nth(i).click();
		if (await coordinator.getByRole('link', { name: 'Dit project gebruiken' }).count()) {
			await expectAccessible(coordinator);
			await coordinator.getByRole('link', { name: 'Dit project gebruiken' }).click();
			await expectAccessible(coordinator);
			break;
		}
	}
	// The writer's own forms: new item, edit, versions and attachments of one of their items.
	const writer = await pageAs(DEMO.accounts.coordinator);
	await writer.goto('/kennis/nieuw');
	await expectAccessible(writer);
	await writer.goto('/kennis?scope=organisation');
	await writer.locator('main a[href^="/kennis/"]:not([href$="/nieuw"])').first().click();
	const item = new URL(writer.url()).pathname;
	for (const path of [`${item}/bewerken`, `${item}/versies`, `${item}/bijlagen`]) {
		const response = await writer.goto(path);
		expect(response?.status(), path).toBe(200);
		await expectAccessible(writer);
	}
	const feed = await page.request.get(`/${DEMO.overvecht}/nieuws.xml`);
	expect(feed.headers()['content-type']).toContain('application/rss+xml');
});
