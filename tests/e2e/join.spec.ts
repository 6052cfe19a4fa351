// Joining a wijkcoöperatie: a resident asks, a coordinator decides, the resident is told by mail and is
// then in the member list. The core flow works with and without JavaScript.
import { randomBytes } from 'node:crypto';
import { expect, test } from './fixtures.ts';
import { DEMO, mailsTo, signIn, uniqueEmail } from './helpers.ts';

const overvecht = `/${DEMO.overvecht}`;

/** A name nobody in the demo has (letters only, so it reads like a name). */
function uniqueName(first: string): string {
	const tag = [...randomBytes(5)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
	return `${first} Aanmelder-${tag}`;
}

for (const javaScriptEnabled of [true, false]) {
	const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

	test(`a new person asks to join, a coordinator approves, the person is welcomed by mail and listed (${mode})`, async ({
		browser,
		baseURL,
		pageAs
	}) => {
		const email = uniqueEmail('aanmelder');
		const name = uniqueName(javaScriptEnabled ? 'Jamila' : 'Johan');
		const applicantContext = await browser.newContext({ baseURL, javaScriptEnabled });
		const applicant = await applicantContext.newPage();

		// A new address gets an account at its first sign-in.
		await signIn(applicant, email);
		await applicant.goto(overvecht);
		await applicant.getByRole('link', { name: 'Word lid' }).click();
		await expect(applicant.getByRole('heading', { level: 1 })).toHaveText(
			`Lid worden van ${DEMO.overvechtName}`
		);
		await applicant.getByLabel('Naam').fill(name);
		await applicant.getByLabel('Telefoonnummer').fill('06 12345678');
		await applicant.getByLabel('Postcode').fill('3563 AB');
		await applicant.getByRole('checkbox', { name: 'Vrijwilliger' }).check();
		await applicant
			.getByLabel('Waarom wilt u lid worden?')
			.fill('Ik wil graag boodschappen doen voor buren.');
		await applicant.getByRole('button', { name: 'Aanmelding versturen' }).click();
		await expect(applicant.getByRole('status')).toContainText(
			`Uw aanmelding bij ${DEMO.overvechtName} is verstuurd`
		);
		await expect
			.poll(async () => (await mailsTo(applicant.request, email)).map((m) => m.subject))
			.toContain(`Uw aanmelding bij ${DEMO.overvechtName}`);

		const coordinator = await pageAs(DEMO.accounts.coordinator, { javaScriptEnabled });
		await coordinator.goto(`${overvecht}/aanmeldingen`);
		const request = coordinator.getByRole('article', { name });
		await expect(request).toContainText('Ik wil graag boodschappen doen voor buren.');
		await expect(request).toContainText('3563 AB');
		await request.getByRole('button', { name: `${name} toelaten` }).click();
		await expect(coordinator.getByRole('status')).toContainText('De aanmelding is goedgekeurd');
		await expect(coordinator.getByRole('article', { name })).toHaveCount(0);

		await expect
			.poll(async () => (await mailsTo(applicant.request, email)).map((m) => m.subject))
			.toContain(`Welkom bij ${DEMO.overvechtName}`);

		await coordinator.goto(`${overvecht}/leden`);
		await coordinator.getByLabel('Zoek op naam, telefoon of postcode').fill(name);
		await coordinator.getByRole('button', { name: 'Zoeken' }).click();
		await expect(coordinator.getByRole('status')).toHaveText('1 leden gevonden');
		const row = coordinator.getByRole('row', { name });
		await expect(row).toContainText('Vrijwilliger');
		await expect(row).toContainText(email);

		await applicantContext.close();
	});
}

test('a join request without motivation comes back with what was typed and a Dutch error, not a crash', async ({
	pageAs
}) => {
	// Lars coordinates Lombok and is not a member of Overvecht, so he may ask to join it.
	const page = await pageAs(DEMO.accounts.otherCoordinator, { javaScriptEnabled: false });
	await page.goto(`${overvecht}/lid-worden`);
	await page.getByLabel('Naam').fill('Lars Lombok');
	await page.getByLabel('Telefoonnummer').fill('030 123 45 67');
	await page.getByLabel('Postcode').fill('3531 CK');
	// The browser would stop an empty required field; the server must check it too.
	await page.getByLabel('Waarom wilt u lid worden?').evaluate((el) => el.removeAttribute('required'));
	const [response] = await Promise.all([
		page.waitForResponse((r) => r.request().method() === 'POST'),
		page.getByRole('button', { name: 'Aanmelding versturen' }).click()
	]);
	expect(response.status()).toBe(400);

	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld.');
	await expect(
		page.getByRole('alert').getByRole('link', { name: 'Waarom wilt u lid worden?: Vul dit in.' })
	).toBeVisible();
	const motivation = page.getByLabel('Waarom wilt u lid worden?');
	await expect(motivation).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#field-motivation-error')).toHaveText('Vul dit in.');
	await expect(page.getByLabel('Naam')).toHaveValue('Lars Lombok');
	await expect(page.getByLabel('Telefoonnummer')).toHaveValue('030 123 45 67');
	await expect(page.getByLabel('Postcode')).toHaveValue('3531 CK');
});
