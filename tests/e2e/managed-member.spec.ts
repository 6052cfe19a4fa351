// A coordinator registers a resident who has no e-mail address or computer, on the resident's consent,
// from the walk-in point — a browser without JavaScript must do.
import { expect, test } from './fixtures.ts';
import { DEMO } from './helpers.ts';

const overvecht = `/${DEMO.overvecht}`;
const consentLabel = 'De bewoner geeft toestemming om de gegevens te bewaren';

test('a coordinator registers a member without e-mail; the consent is recorded with the member', async ({
	pageAs
}) => {
	const page = await pageAs(DEMO.accounts.coordinator, { javaScriptEnabled: false });
	await page.goto(`${overvecht}/leden`);
	await page.getByRole('link', { name: 'Lid inschrijven zonder e-mail' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lid inschrijven zonder e-mail');

	await page.getByLabel('Naam').fill('Gerrit Zonder-Mail');
	await page.getByLabel('Telefoonnummer').fill('030 261 00 00');
	await page.getByLabel(/^Adres/).fill('Zambesidreef 40');
	await page.getByLabel('Postcode').fill('3563 AB');
	await page.getByRole('checkbox', { name: consentLabel }).check();
	await page
		.getByLabel('Hoe is de toestemming gegeven?')
		.fill('Formulier getekend op het wijkinformatiepunt.');
	await page.getByRole('button', { name: 'Lid inschrijven' }).click();

	await expect(page).toHaveURL(new RegExp(`${overvecht}/leden/[0-9a-f-]{36}\\?nieuw=1$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gerrit Zonder-Mail');
	await expect(page.getByRole('status')).toHaveText('Gerrit Zonder-Mail is ingeschreven als lid.');
	const details = page.locator('dl');
	await expect(details).toContainText('geen e-mailadres');
	await expect(details).toContainText('030 261 00 00');
	await expect(details).toContainText('Zambesidreef 40, 3563 AB');
	// The buurt follows from the postcode.
	await expect(details).toContainText('Tigris- en Zambesidreef');
	await expect(details).toContainText(/Toestemming\s*Vastgelegd door een coördinator op /);

	await page.getByRole('link', { name: 'Terug naar de ledenlijst' }).click();
	await page.getByLabel('Zoek op naam, telefoon of postcode').fill('Zonder-Mail');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page.getByRole('row', { name: 'Gerrit Zonder-Mail' })).toContainText('zonder account');
});

test('without the resident’s consent nobody is registered, and the form keeps what was typed', async ({
	pageAs
}) => {
	const page = await pageAs(DEMO.accounts.coordinator, { javaScriptEnabled: false });
	await page.goto(`${overvecht}/leden/nieuw`);
	await page.getByLabel('Naam').fill('Truus Zonder-Toestemming');
	await page.getByLabel(/^Adres/).fill('Tigrisdreef 3');
	await page.getByLabel('Postcode').fill('3563 AC');
	// The browser stops a form with the box unticked; the server must refuse it on its own too.
	await page.getByRole('checkbox', { name: consentLabel }).evaluate((el) => el.removeAttribute('required'));
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.getByRole('button', { name: 'Lid inschrijven' }).click()
	]);
	expect(response.status()).toBe(400);

	await expect(page).toHaveURL(new RegExp(`${overvecht}/leden/nieuw$`));
	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld.');
	await expect(page.locator('#field-consent-error')).toHaveText(
		'Zonder toestemming kunt u het lid niet inschrijven.'
	);
	await expect(page.getByRole('checkbox', { name: consentLabel })).not.toBeChecked();
	await expect(page.getByLabel('Naam')).toHaveValue('Truus Zonder-Toestemming');
	await expect(page.getByLabel(/^Adres/)).toHaveValue('Tigrisdreef 3');
	await expect(page.getByLabel('Postcode')).toHaveValue('3563 AC');

	await page.goto(`${overvecht}/leden?q=Zonder-Toestemming`);
	await expect(page.getByRole('status')).toHaveText('0 leden gevonden');
});

test('the server refuses a registration without consent even when the form is skipped', async ({
	pageAs,
	baseURL
}) => {
	const page = await pageAs(DEMO.accounts.coordinator);
	const response = await page.request.post(`${overvecht}/leden/nieuw`, {
		headers: { origin: baseURL!, accept: 'text/html' },
		form: { name: 'Kees Direct-Gepost', address: 'Dreef 1', postcode: '3563 AD' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('Zonder toestemming kunt u het lid niet inschrijven.');
	await page.goto(`${overvecht}/leden?q=Direct-Gepost`);
	await expect(page.getByRole('status')).toHaveText('0 leden gevonden');
});
