// Signing in works with the keyboard alone, and the keyboard focus can always be seen.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { mailsTo, newCode, uniqueEmail } from './helpers.ts';

/** The focused element shows a focus indicator (an outline or a ring drawn with a box shadow). */
async function expectVisibleFocus(page: Page) {
	const style = await page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return null;
		const s = getComputedStyle(el);
		return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
	});
	expect(style, 'something has the keyboard focus').not.toBeNull();
	const ring = (style!.outline !== 'none' && style!.width > 0) || style!.shadow !== 'none';
	expect(ring, `focus indicator (${JSON.stringify(style)})`).toBe(true);
}

/** Presses Tab until `target` has the focus; every stop on the way must show where the focus is. */
async function tabTo(page: Page, target: Locator, maxStops = 25) {
	for (let stop = 0; stop < maxStops; stop++) {
		await page.keyboard.press('Tab');
		await expectVisibleFocus(page);
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`${target} was not reached with ${maxStops} presses of Tab`);
}

test('a person signs in with the keyboard only, and always sees where the focus is', async ({ page }) => {
	const email = uniqueEmail('toetsenbord');
	const seen = new Set((await mailsTo(page.request, email)).map((m) => m.id));
	await page.goto('/inloggen');

	// The first Tab reaches the skip link, which shows itself and jumps to the content.
	await page.keyboard.press('Tab');
	const skipLink = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
	await expect(skipLink).toBeFocused();
	await expect(skipLink).toBeInViewport();
	await expectVisibleFocus(page);
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// From the content, the next stop is the e-mail field.
	await page.keyboard.press('Tab');
	const emailField = page.getByLabel('E-mailadres');
	await expect(emailField).toBeFocused();
	await expectVisibleFocus(page);
	await page.keyboard.type(email);
	await page.keyboard.press('Enter');

	const codeField = page.getByLabel('Code uit de mail');
	await expect(codeField).toBeVisible();
	const code = await newCode(page.request, email, seen);
	await tabTo(page, codeField);
	await page.keyboard.type(code);
	await page.keyboard.press('Enter');

	const profileLink = page.getByRole('link', { name: 'Mijn gegevens', exact: true });
	await expect(profileLink).toBeVisible();
	await tabTo(page, profileLink);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn gegevens');
	await expect(page.getByText(`E-mailadres: ${email}`)).toBeVisible();
});
