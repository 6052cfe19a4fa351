// The agenda from a coordinator's plan to the attendance list: the coordinator plans an activity with one
// place (a wrong end time is refused with a clear message and nothing typed is lost); the resident signs
// up; the volunteer lands on the wait list; the resident signs off and the volunteer moves up with a mail;
// the coordinator ticks off who came and prints a poster; the organisation's calendar feed carries it.
// Once with JavaScript and once without; the pages are scanned with axe in the run that has it.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO, expectAccessible, mailsTo } from './helpers.ts';

const overvecht = `/${DEMO.overvecht}`;

async function scan(page: Page, javaScriptEnabled: boolean) {
	if (javaScriptEnabled) await expectAccessible(page);
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

for (const javaScriptEnabled of [true, false]) {
	test(`plan → sign up → wait list moves up → attendance → poster (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
		pageAs
	}) => {
		test.setTimeout(90_000);
		const title = `Koffie-uurtje ${randomBytes(3).toString('hex')}`;
		const coordinator = await pageAs(DEMO.accounts.coordinator, { javaScriptEnabled });

		// 1. Plan it. An end before the start is refused; what was typed stays.
		await coordinator.goto(`${overvecht}/agenda`);
		await scan(coordinator, javaScriptEnabled);
		await coordinator.getByRole('link', { name: 'Nieuwe activiteit' }).click();
		await scan(coordinator, javaScriptEnabled);
		await coordinator.getByLabel(/^Naam van de activiteit/).fill(title);
		await coordinator.getByLabel(/^Thema/).selectOption({ label: 'Ontmoeten' });
		await coordinator.getByLabel(/^Datum/).fill(inDays(3));
		await coordinator.getByLabel(/^Begintijd/).fill('14:00');
		await coordinator.getByLabel(/^Eindtijd/).fill('13:00');
		await coordinator.getByLabel(/^(Of een ander adres|Adres)/).fill('Zambesidreef 41, Utrecht');
		await coordinator.getByLabel(/^Hoeveel plaatsen/).fill('1');
		await coordinator.evaluate(() => document.querySelectorAll('form').forEach((f) => (f.noValidate = true)));
		await coordinator.getByRole('button', { name: 'Zet in de agenda' }).click();
		await expect(coordinator.getByRole('alert')).toContainText('Niet alles is goed ingevuld.');
		await expect(coordinator.locator('#field-timeTo-error')).toHaveText(
			'De eindtijd moet na de begintijd liggen.'
		);
		await expect(coordinator.getByLabel(/^Naam van de activiteit/)).toHaveValue(title);
		await scan(coordinator, javaScriptEnabled);
		await coordinator.getByLabel(/^Eindtijd/).fill('16:00');
		await coordinator.getByRole('button', { name: 'Zet in de agenda' }).click();
		await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(title);
		const activityUrl = new URL(coordinator.url()).pathname;
		expect(activityUrl).toMatch(new RegExp(`^${overvecht}/agenda/[0-9a-f-]{36}$`));

		// 2. The resident takes the one place; the volunteer waits.
		const resident = await pageAs(DEMO.accounts.resident, { javaScriptEnabled });
		await resident.goto(activityUrl);
		await scan(resident, javaScriptEnabled);
		await resident.getByRole('button', { name: new RegExp(`^Meld mij aan\\s*: ${title}`) }).click();
		await expect(resident.getByText('U bent aangemeld.')).toBeVisible();
		const volunteer = await pageAs(DEMO.accounts.volunteer, { javaScriptEnabled });
		await volunteer.goto(activityUrl);
		await volunteer
			.getByRole('button', { name: new RegExp(`^Zet mij op de wachtlijst\\s*: ${title}`) })
			.click();
		await expect(volunteer.getByText('U staat op de wachtlijst, plaats 1.')).toBeVisible();

		// 3. The resident signs off: the volunteer moves up and hears it by mail.
		await resident.getByRole('button', { name: new RegExp(`^Afmelden\\s*: ${title}`) }).click();
		await expect(resident.getByText('U bent afgemeld.')).toBeVisible();
		const mails = await mailsTo(volunteer.request, DEMO.accounts.volunteer);
		expect(mails.map((m) => m.subject)).toContain(`Er is een plek voor u: ${title}`);
		await volunteer.goto(activityUrl);
		await expect(volunteer.getByText('U bent aangemeld.')).toBeVisible();

		// 4. The attendance list: tick off who came.
		await coordinator.goto(`${activityUrl}/aanwezig`);
		await scan(coordinator, javaScriptEnabled);
		await coordinator.getByRole('checkbox', { name: /Vera Vrijwilliger/ }).check();
		await coordinator.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
		await expect(coordinator.getByText('De aanwezigheid is opgeslagen.')).toBeVisible();
		await expect(coordinator.getByRole('checkbox', { name: /Vera Vrijwilliger/ })).toBeChecked();

		// 5. The edit form (change or call off) is there for the coordinator.
		await coordinator.goto(`${activityUrl}/bewerken`);
		await expect(coordinator.getByLabel(/^Naam van de activiteit/)).toHaveValue(title);
		await scan(coordinator, javaScriptEnabled);

		// 6. The poster with its QR code, and the calendar feed of the organisation.
		await coordinator.goto(`${activityUrl}/poster`);
		await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(coordinator.getByRole('img', { name: /QR/ }).locator('svg')).toBeVisible();
		await scan(coordinator, javaScriptEnabled);
		const feed = await coordinator.request.get(`${overvecht}/agenda.ics`);
		expect(feed.headers()['content-type']).toContain('text/calendar');
		expect(await feed.text()).toContain(title);
	});
}

test('the agenda, groups, "this week" and meeting places are readable for visitors and members', async ({
	page,
	pageAs
}) => {
	test.setTimeout(90_000);
	const paths = [
		`${overvecht}/agenda`,
		`${overvecht}/deze-week`,
		`${overvecht}/groepen`,
		`${overvecht}/plekken`,
		`/${DEMO.city}/agenda`
	];
	const resident = await pageAs(DEMO.accounts.resident);
	for (const visitor of [page, resident]) {
		for (const path of paths) {
			const response = await visitor.goto(path);
			expect(response?.status(), path).toBe(200);
			await expectAccessible(visitor);
		}
		// One group page and one meeting place page, reached the way people do: by clicking.
		await visitor.goto(`${overvecht}/groepen`);
		await visitor.locator('main a[href*="/groepen/"]:not([href$="/nieuw"])').first().click();
		await expectAccessible(visitor);
		await visitor.goto(`${overvecht}/plekken`);
		await visitor.locator('main a[href*="/plekken/"]:not([href$="/nieuw"])').first().click();
		await expectAccessible(visitor);
	}
	// The city coop's agenda shows activities its organisations share with it.
	await page.goto(`/${DEMO.city}/agenda`);
	await expect(page.locator('main a[href*="/agenda/"]').first()).toBeVisible();
	// Members only: the resident's own page of sign-ups.
	await resident.goto('/mijn/activiteiten');
	await expectAccessible(resident);
});

test("the coordinator's forms for groups and meeting places are accessible", async ({ pageAs }) => {
	test.setTimeout(90_000);
	const coordinator = await pageAs(DEMO.accounts.coordinator);
	for (const path of [`${overvecht}/groepen/nieuw`, `${overvecht}/plekken/nieuw`]) {
		await coordinator.goto(path);
		await expectAccessible(coordinator);
	}
	await coordinator.goto(`${overvecht}/groepen`);
	await coordinator.locator('main a[href*="/groepen/"]:not([href$="/nieuw"])').first().click();
	await expectAccessible(coordinator);
	await coordinator.goto(`${new URL(coordinator.url()).pathname}/bewerken`);
	await expectAccessible(coordinator);
	await coordinator.goto(`${overvecht}/plekken`);
	await coordinator.locator('main a[href*="/plekken/"]:not([href$="/nieuw"])').first().click();
	await expectAccessible(coordinator);
	await coordinator.goto(`${new URL(coordinator.url()).pathname}/bewerken`);
	await expectAccessible(coordinator);
});
