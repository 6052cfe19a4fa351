// Vraag en aanbod from phone call to feedback: a coordinator takes a request by phone for a resident who
// is not yet a member, sees suggested volunteers with reasons, invites one; the volunteer accepts from the
// link in the mail without signing in; the coordinator tells the resident (no e-mail) who comes; the
// volunteer logs hours and km; the coordinator records the resident's feedback. Once with JavaScript and
// once without; every page gets an accessibility scan.
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO, expectAccessible, mailsTo } from './helpers.ts';

const overvecht = `/${DEMO.overvecht}`;
const VOLUNTEER_NAME = 'Vera Vrijwilliger';

/** axe runs inside the page, so it needs JavaScript: pages are scanned in the run that has it. */
async function scan(page: Page, javaScriptEnabled = true) {
	if (javaScriptEnabled) await expectAccessible(page);
}

for (const javaScriptEnabled of [true, false]) {
	test(`phone intake → suggestion → invitation accepted → hours → feedback (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
		pageAs,
		browser,
		baseURL
	}) => {
		test.setTimeout(90_000);
		// Letters only: digits in the name would also search phone numbers and might find someone.
		const tag = [...randomBytes(5)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
		const resident = `Rita Telefoon ${tag}`;
		const coordinator = await pageAs(DEMO.accounts.coordinator, { javaScriptEnabled });

		// 1. Intake: the resident is not found, so the coordinator registers them and comes straight back.
		await coordinator.goto(`${overvecht}/intake`);
		await scan(coordinator, javaScriptEnabled);
		await coordinator.getByRole('searchbox', { name: 'Bewoner zoeken' }).fill(resident);
		await coordinator.getByRole('button', { name: 'Zoeken', exact: true }).click();
		await expect(coordinator.getByRole('status')).toHaveText('0 gevonden');
		await coordinator.getByRole('link', { name: 'Niet gevonden? Schrijf de bewoner in' }).click();
		await coordinator.getByLabel('Naam').fill(resident);
		await coordinator.getByLabel('Telefoonnummer').fill('030 262 00 00');
		await coordinator.getByLabel(/^Adres/).fill('Zambesidreef 41');
		await coordinator.getByLabel('Postcode').fill('3563 AB');
		await coordinator
			.getByRole('checkbox', { name: 'De bewoner geeft toestemming om de gegevens te bewaren' })
			.check();
		await coordinator.getByRole('button', { name: 'Lid inschrijven' }).click();
		await expect(coordinator.getByRole('heading', { level: 2 })).toHaveText(`Hulpvraag voor ${resident}`);
		await scan(coordinator, javaScriptEnabled);

		// 2. A date in the past is refused with a clear message; what was typed stays.
		const form = coordinator.locator('form[method="post"]');
		await form.getByLabel('Soort hulp').selectOption({ label: 'Boodschappen' });
		await form.getByLabel('Wat is er nodig?').fill('Boodschappen bij de Jumbo, lijstje ligt klaar.');
		await form.getByLabel('Datum', { exact: true }).fill('2020-01-06');
		await coordinator.evaluate(() => document.querySelectorAll('form').forEach((f) => (f.noValidate = true)));
		await coordinator.getByRole('button', { name: 'Opslaan en vrijwilligers zien' }).click();
		await expect(coordinator.getByRole('alert')).toContainText('Niet alles is goed ingevuld.');
		await expect(coordinator.locator('#field-date-error')).toHaveText(
			'Deze datum is al voorbij. Kies vandaag of een dag later.'
		);
		await expect(form.getByLabel('Wat is er nodig?')).toHaveValue(
			'Boodschappen bij de Jumbo, lijstje ligt klaar.'
		);
		await scan(coordinator, javaScriptEnabled);

		// 3. Any day is fine: saved, and the suggestions are on the request's page at once.
		await form.getByLabel('Datum', { exact: true }).fill('');
		await form.getByLabel('De datum maakt niet uit (in overleg)').check();
		await coordinator.getByRole('button', { name: 'Opslaan en vrijwilligers zien' }).click();
		await expect(coordinator).toHaveURL(new RegExp(`${overvecht}/hulpvragen/[0-9a-f-]{36}\\?nieuw=1$`));
		await expect(coordinator.getByText('De hulpvraag is opgeslagen.')).toBeVisible();
		const requestPath = new URL(coordinator.url()).pathname;
		const suggestions = coordinator.getByRole('table', { name: 'Vrijwilligers die passen, beste eerst' });
		const vera = suggestions.getByRole('row').filter({ hasText: VOLUNTEER_NAME });
		await expect(vera).toBeVisible();
		await expect(vera).toContainText('keer geholpen in de laatste 30 dagen');
		await scan(coordinator, javaScriptEnabled);

		// 4. Invite only the demo volunteer.
		for (const box of await suggestions.getByRole('checkbox').all()) await box.uncheck();
		await vera.getByRole('checkbox').check();
		const seen = new Set((await mailsTo(coordinator.request, DEMO.accounts.volunteer)).map((m) => m.id));
		await coordinator.getByRole('button', { name: 'Aangevinkte vrijwilligers uitnodigen' }).click();
		await expect(coordinator.getByText('De uitnodigingen zijn verstuurd.')).toBeVisible();
		await expect(coordinator.locator('dl')).toContainText('In behandeling');

		// 5. The volunteer opens the link from the mail, without signing in, and sees no name or address.
		let link = '';
		await expect
			.poll(async () => {
				const mail = (await mailsTo(coordinator.request, DEMO.accounts.volunteer)).find(
					(m) => !seen.has(m.id) && m.subject.startsWith('Kunt u helpen?')
				);
				link = mail?.text.match(/https?:\/\/\S+\/uitnodiging\/\S+/)?.[0] ?? '';
				return link;
			})
			.toContain('/uitnodiging/');
		const anonymous = await browser.newContext({ baseURL, javaScriptEnabled });
		const invitation = await anonymous.newPage();
		await invitation.goto(new URL(link).pathname);
		await expect(invitation.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(invitation.locator('main')).toContainText('Boodschappen bij de Jumbo');
		await expect(invitation.locator('main')).not.toContainText(resident);
		await expect(invitation.locator('main')).not.toContainText('Zambesidreef 41');
		await scan(invitation, javaScriptEnabled);
		await invitation.getByRole('button', { name: 'Ja, ik help' }).click();
		await expect(invitation.locator('main')).toContainText('Dank u wel');
		await scan(invitation, javaScriptEnabled);
		await anonymous.close();

		// 6. Matched. The resident has no e-mail: the coordinator calls and ticks it off.
		await coordinator.goto(requestPath);
		await expect(coordinator.locator('dl')).toContainText('Gekoppeld');
		await expect(coordinator.locator('dl')).toContainText(VOLUNTEER_NAME);
		await coordinator.getByRole('button', { name: 'Gebeld: bewoner weet wie er komt' }).click();
		await expect(coordinator.getByText('Genoteerd: de bewoner weet wie er komt.')).toBeVisible();
		await scan(coordinator, javaScriptEnabled);

		// 7. The volunteer finds the task, sees the resident's address now, and logs hours and km.
		const volunteer = await pageAs(DEMO.accounts.volunteer, { javaScriptEnabled });
		await volunteer.goto(requestPath);
		await expect(volunteer.locator('dl')).toContainText('Zambesidreef 41');
		await volunteer.getByLabel('Hoeveel uur?').fill('1,5');
		await volunteer.getByLabel('Hoeveel kilometer gereden?').fill('9999');
		await volunteer.getByRole('button', { name: 'Uren opslaan' }).click();
		await expect(volunteer.locator('#field-km-error')).toHaveText(
			'Dit getal is te klein of te groot. Kijk het nog eens na.'
		);
		await expect(volunteer.getByLabel('Hoeveel uur?')).toHaveValue('1,5');
		await scan(volunteer, javaScriptEnabled);
		await volunteer.getByLabel('Hoeveel kilometer gereden?').fill('4');
		await volunteer.getByRole('button', { name: 'Uren opslaan' }).click();
		await expect(volunteer.getByText('Dank u wel! De uren zijn opgeslagen.')).toBeVisible();
		await expect(volunteer.locator('dl')).toContainText('Uitgevoerd');
		await volunteer.goto('/mijn/uren');
		await expect(volunteer.locator('main')).toContainText('1,5');
		await scan(volunteer, javaScriptEnabled);

		// 8. The coordinator records what the resident said on the phone.
		await coordinator.goto(requestPath);
		await coordinator.getByRole('radio', { name: '5 – heel goed' }).check();
		await coordinator
			.getByLabel('Wilt u nog iets zeggen? (niet verplicht)')
			.fill('Heel vriendelijk geholpen.');
		await coordinator.getByRole('button', { name: 'Versturen' }).click();
		await expect(coordinator.getByText('Dank u wel voor uw mening.')).toBeVisible();
		await expect(coordinator.locator('dl')).toContainText('Geëvalueerd');
		await expect(coordinator.getByRole('list').filter({ hasText: 'Gekoppeld' })).toContainText('Uitgevoerd');
		await scan(coordinator, javaScriptEnabled);
	});
}

test('the board, call list, demand view and settings of a coordinator are accessible', async ({ pageAs }) => {
	const coordinator = await pageAs(DEMO.accounts.coordinator);
	for (const path of [
		'hulpvragen',
		'hulpvragen/belijst',
		'hulpvragen/vraag-en-aanbod',
		'hulpvragen/instellingen',
		'aanbod'
	]) {
		const response = await coordinator.goto(`${overvecht}/${path}`);
		expect(response?.status(), path).toBe(200);
		await scan(coordinator);
	}
	await coordinator.goto(`${overvecht}/hulpvragen?status=nieuw`);
	await expect(coordinator.getByRole('link', { name: /Nieuw \(\d+\)/ })).toHaveAttribute(
		'aria-current',
		'page'
	);
});

test('a resident asks for help for themselves and sees it under “Mijn hulpvragen”', async ({ pageAs }) => {
	const resident = await pageAs(DEMO.accounts.resident, { javaScriptEnabled: false });
	await resident.goto(`${overvecht}/hulpvragen/nieuw`);
	await resident.getByLabel('Soort hulp').selectOption({ label: 'Klussen' });
	await resident.getByLabel('Wat is er nodig?').fill('Een lamp ophangen in de gang.');
	await resident.getByLabel('De datum maakt niet uit (in overleg)').check();
	await resident.getByRole('button', { name: 'Hulpvraag versturen' }).click();
	await expect(resident.getByText('De hulpvraag is opgeslagen.')).toBeVisible();
	await expect(resident.locator('dl')).toContainText('Nog niemand. De coördinator zoekt iemand.');
	// A resident sees no suggestions, invitations or history: those are the coordinator's.
	await expect(resident.getByRole('heading', { name: 'Voorgestelde vrijwilligers' })).toHaveCount(0);
	const requestPath = new URL(resident.url()).pathname;
	await resident.goto('/mijn/hulpvragen');
	await expect(resident.locator('main')).toContainText('Een lamp ophangen');

	// The same pages, scanned by axe (which needs JavaScript).
	const scanned = await pageAs(DEMO.accounts.resident);
	for (const path of [`${overvecht}/hulpvragen/nieuw`, requestPath, '/mijn/hulpvragen', '/profiel']) {
		await scanned.goto(path);
		await scan(scanned);
	}
});
