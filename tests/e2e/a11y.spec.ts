// Every page meets WCAG 2.2 AA as far as axe can tell: as a visitor, as a coordinator, as bestuur and as
// a network beheerder, in Dutch and in English, including forms shown again with their errors.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { DEMO, expectAccessible, uniqueEmail } from './helpers.ts';

const overvecht = `/${DEMO.overvecht}`;

/** Opens a page, checks it answered with `status`, and scans it. */
async function visit(page: Page, url: string, status = 200) {
	const response = await page.goto(url);
	expect(response?.status(), url).toBe(status);
	await expectAccessible(page);
}

/** Lets the server, not the browser, judge the form (to see the server's errors). */
async function skipBrowserValidation(page: Page) {
	await page.evaluate(() => {
		for (const form of document.querySelectorAll('form')) form.noValidate = true;
	});
}

test('public pages are accessible to a visitor', async ({ page }) => {
	await visit(page, '/');
	await visit(page, `/${DEMO.network}`);
	await visit(page, `/${DEMO.city}`);
	await visit(page, overvecht);
	await visit(page, `/${DEMO.city}/organisaties`);
	await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Overvecht' });
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page).toHaveURL(/wijk=/);
	await expect(page.getByRole('link', { name: DEMO.overvechtName })).toBeVisible();
	await expectAccessible(page);
	await visit(page, '/uitloggen');
	await visit(page, '/postvak');
	await visit(page, `/postvak?aan=${encodeURIComponent(DEMO.accounts.coordinator)}`);
});

test('error pages are accessible (not found, sign in first)', async ({ page }) => {
	await visit(page, '/deze-organisatie-bestaat-niet', 404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
	await visit(page, `${overvecht}/leden`, 401);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log eerst in');
});

test('the sign-in form is accessible, also with an error and at the code step', async ({ page }) => {
	await visit(page, '/inloggen');
	await skipBrowserValidation(page);
	await page.getByLabel('E-mailadres').fill('geen-adres');
	await page.getByRole('button', { name: 'Stuur mij een code' }).click();
	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld');
	await expect(page.getByLabel('E-mailadres')).toHaveValue('geen-adres');
	await expectAccessible(page);

	await page.getByLabel('E-mailadres').fill(uniqueEmail('a11y'));
	await page.getByRole('button', { name: 'Stuur mij een code' }).click();
	await expect(page.getByLabel('Code uit de mail')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Code uit de mail').fill('000000');
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('De code klopt niet');
	await expectAccessible(page);
});

test('English pages are accessible and say they are English', async ({ page }) => {
	await visit(page, '/en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await visit(page, '/en/inloggen');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
	await visit(page, `/en${overvecht}`);
	await visit(page, '/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('the coordinator pages are accessible', async ({ pageAs }) => {
	const page = await pageAs(DEMO.accounts.coordinator);
	await visit(page, '/profiel');
	await visit(page, `${overvecht}/leden`);
	await expect(page.getByRole('navigation', { name: "Andere pagina's" })).toBeVisible();
	await page.getByLabel('Zoek op naam, telefoon of postcode').fill('Bewoner');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page.getByRole('link', { name: 'Bep Bewoner' })).toBeVisible();
	await expectAccessible(page);
	await visit(page, `${overvecht}/leden?page=2`);
	await page.getByRole('link', { name: 'Vorige pagina' }).click();
	await expect(page).toHaveURL(/page=1/);
	// A member without an account of their own (registered by the coordinator), whose details they keep.
	await page.getByRole('row').filter({ hasText: 'zonder account' }).first().getByRole('link').click();
	await expect(page.getByRole('link', { name: 'Terug naar de ledenlijst' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Gegevens aanpassen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('aanpassen');
	await expectAccessible(page);
	await skipBrowserValidation(page);
	await page.getByLabel('Naam').fill('');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld');
	await expectAccessible(page);

	await visit(page, `${overvecht}/aanmeldingen`);
	await visit(page, `${overvecht}/lid-worden`);
	await visit(page, '/uitloggen');

	await visit(page, `${overvecht}/leden/nieuw`);
	await skipBrowserValidation(page);
	await page.getByLabel('Naam').fill('Hendrik Zonder Mail');
	await page.getByRole('button', { name: 'Lid inschrijven' }).click();
	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld');
	await expect(page.getByLabel('Naam')).toHaveValue('Hendrik Zonder Mail');
	await expectAccessible(page);
});

test('the member page of bestuur, with the role form, is accessible', async ({ pageAs }) => {
	const page = await pageAs(DEMO.accounts.bestuur);
	await visit(page, `${overvecht}/leden?q=Vrijwilliger`);
	await page.getByRole('link', { name: 'Vera Vrijwilliger' }).click();
	await expect(page.getByRole('group', { name: 'Rol' })).toBeVisible();
	await expectAccessible(page);
});

test('the beheer pages are accessible to a network beheerder', async ({ pageAs }) => {
	const page = await pageAs(DEMO.accounts.networkAdmin);
	await visit(page, '/beheer');
	await visit(page, `/beheer/organisaties/${DEMO.city}`);
	await page.locator('summary').first().click();
	await expectAccessible(page);
	await visit(page, `/beheer/organisaties/${DEMO.overvecht}`);

	await visit(page, `/beheer/organisaties/nieuw?parent=${DEMO.city}`);
	await skipBrowserValidation(page);
	await page.getByRole('button', { name: 'Organisatie maken' }).click();
	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld');
	await expectAccessible(page);

	// Higher levels never see members' personal data.
	await visit(page, `${overvecht}/leden`, 403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');

	await visit(page, `${overvecht}/lid-worden`);
	await skipBrowserValidation(page);
	await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld');
	await expectAccessible(page);

	await visit(page, '/profiel');
	await skipBrowserValidation(page);
	await page.getByLabel('Hoe vaak per maand wilt u helpen?').fill('99');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld');
	await expectAccessible(page);
});
