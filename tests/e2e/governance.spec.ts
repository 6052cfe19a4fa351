// The general assembly from plan to result: bestuur plans an ALV, puts an item on the agenda, sends the
// invitation, adds a proposal (an empty title is refused, nothing typed is lost) and opens voting; a
// resident votes and cannot vote twice; bestuur closes the vote and everyone sees the frozen result.
// Once with JavaScript and once without; the pages are scanned with axe in the run that has it.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO, expectAccessible } from './helpers.ts';

const overvecht = `/${DEMO.overvecht}`;

async function scan(page: Page, javaScriptEnabled: boolean) {
	if (javaScriptEnabled) await expectAccessible(page);
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const noValidation = (page: Page) =>
	page.evaluate(() => document.querySelectorAll('form').forEach((f) => (f.noValidate = true)));

for (const javaScriptEnabled of [true, false]) {
	test(`ALV set-up → vote → result (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
		pageAs
	}) => {
		test.setTimeout(120_000);
		const tag = randomBytes(3).toString('hex');
		const bestuur = await pageAs(DEMO.accounts.bestuur, { javaScriptEnabled });

		// 1. Plan the meeting, put an item on the agenda and send the invitation.
		await bestuur.goto(`${overvecht}/alv`);
		await scan(bestuur, javaScriptEnabled);
		await bestuur.getByRole('link', { name: 'Nieuwe vergadering' }).click();
		await scan(bestuur, javaScriptEnabled);
		await bestuur.getByLabel(/^Naam van de vergadering/).fill(`ALV najaar ${tag}`);
		await bestuur.getByLabel(/^Datum/).fill(inDays(30));
		await bestuur.getByLabel(/^Begintijd/).fill('19:30');
		await bestuur.getByLabel(/^Plek/).fill('Buurthuis De Boog');
		await bestuur.getByRole('button', { name: 'Vergadering opslaan' }).click();
		await expect(bestuur.getByRole('heading', { level: 1 })).toHaveText(`ALV najaar ${tag}`);
		const meetingUrl = new URL(bestuur.url()).pathname;
		await scan(bestuur, javaScriptEnabled);
		await bestuur.getByLabel(/^Onderwerp/).fill('Begroting 2027');
		await bestuur.getByRole('button', { name: /^Agendapunt toevoegen/ }).click();
		await expect(bestuur.getByText('Begroting 2027').first()).toBeVisible();
		await bestuur.getByRole('button', { name: /^Uitnodiging nu versturen/ }).click();
		await expect(bestuur.getByText(/^De uitnodiging is verstuurd. Aantal verstuurde e-mails/)).toBeVisible();

		// 2. A proposal: an empty title is refused and the explanation typed stays.
		await bestuur.goto(meetingUrl);
		await bestuur.getByRole('link', { name: /^Voorstel toevoegen/ }).click();
		await scan(bestuur, javaScriptEnabled);
		await bestuur.getByLabel(/^Uitleg/).fill('Het bestuur stelt voor de begroting vast te stellen.');
		await noValidation(bestuur);
		await bestuur.getByRole('button', { name: 'Voorstel opslaan' }).click();
		await expect(bestuur.getByRole('alert')).toContainText('Niet alles is goed ingevuld.');
		await expect(bestuur.getByLabel(/^Uitleg/)).toHaveValue(
			'Het bestuur stelt voor de begroting vast te stellen.'
		);
		const title = `Begroting vaststellen ${tag}`;
		await bestuur.getByLabel(/^Titel van het voorstel/).fill(title);
		await bestuur.getByRole('button', { name: 'Voorstel opslaan' }).click();
		await expect(bestuur.getByRole('heading', { level: 1 })).toHaveText(title);
		const proposalUrl = new URL(bestuur.url()).pathname;
		await bestuur.getByLabel(/^Stemmen kan tot \(datum\)/).fill(inDays(30));
		await bestuur.getByLabel(/^Om \(tijd\)/).fill('21:00');
		await bestuur.getByRole('button', { name: new RegExp(`^Stemmen openen\\s*: ${title}`) }).click();
		await expect(bestuur.getByText('Het stemmen is geopend. De leden kunnen nu stemmen.')).toBeVisible();
		await scan(bestuur, javaScriptEnabled);

		// 3. A resident votes once; a second try is not offered and the count shows one vote.
		const resident = await pageAs(DEMO.accounts.resident, { javaScriptEnabled });
		await resident.goto(proposalUrl);
		await scan(resident, javaScriptEnabled);
		await resident.getByRole('radio', { name: 'Voor' }).check();
		await resident.getByRole('button', { name: new RegExp(`^Stem uitbrengen\\s*: ${title}`) }).click();
		await expect(resident.getByText('Dank u wel. Uw stem is geteld.')).toBeVisible();
		await expect(resident.getByText(/U hebt al gestemd/)).toBeVisible();
		await expect(
			resident.getByRole('button', { name: new RegExp(`^Stem uitbrengen\\s*: ${title}`) })
		).toHaveCount(0);

		// 4. Bestuur closes the vote; the result is there for everyone and stays.
		await bestuur.goto(proposalUrl);
		await bestuur.getByRole('checkbox', { name: /^Ja, sluit het stemmen/ }).check();
		await bestuur.getByRole('button', { name: new RegExp(`^Stemmen nu sluiten\\s*: ${title}`) }).click();
		await expect(bestuur.getByText('Het stemmen is gesloten. De uitslag staat vast.')).toBeVisible();
		await resident.goto(proposalUrl);
		await expect(resident.getByText('Aangenomen').first()).toBeVisible();
		await scan(resident, javaScriptEnabled);
	});
}

test('a member sees the demo ALV, its proposals and a frozen result; the settings are accessible', async ({
	pageAs
}) => {
	const resident = await pageAs(DEMO.accounts.resident);
	await resident.goto(`${overvecht}/alv`);
	await expectAccessible(resident);
	await resident
		.getByRole('link', { name: /Algemene ledenvergadering voorjaar/ })
		.first()
		.click();
	await expectAccessible(resident);
	await resident
		.getByRole('link', { name: /Contributie 2027/ })
		.first()
		.click();
	await expect(resident.getByText('Aangenomen').first()).toBeVisible();
	await expectAccessible(resident);
	const bestuur = await pageAs(DEMO.accounts.bestuur);
	await bestuur.goto(`${overvecht}/alv/instellingen`);
	await expectAccessible(bestuur);
});
