// Shared steps of the e2e specs: the demo's people and organisations, reading the demo mailbox
// (/postvak), signing in with an e-mail code, and the accessibility scan every visited page gets.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS } from '../../src/lib/server/seed/demo-accounts.ts';

/** The demo seed (src/lib/server/seed/demo.ts). */
export const DEMO = {
	network: '500wijkcooperaties',
	city: 'samen030',
	overvecht: 'wijkcooperatie-overvecht-samen',
	overvechtName: 'Wijkcoöperatie Overvecht Samen',
	lombok: 'buurtcooperatie-lombok-helpt',
	accounts: DEMO_ACCOUNTS,
	coordinatorName: 'Carla Coördinator'
} as const;

export function uniqueEmail(prefix: string): string {
	return `${prefix}.${randomBytes(4).toString('hex')}@e2e.example`;
}

export interface Mail {
	id: string;
	subject: string;
	text: string;
}

const decode = (html: string) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

/** The mails for one address in the demo mailbox, newest first. */
export async function mailsTo(request: APIRequestContext, email: string): Promise<Mail[]> {
	const response = await request.get(`/postvak?aan=${encodeURIComponent(email)}`);
	expect(response.status()).toBe(200);
	const html = await response.text();
	const mails: Mail[] = [];
	const pattern = /<h2[^>]*id="mail-([^"]+)"[^>]*>([\s\S]*?)<\/h2>[\s\S]*?<pre>([\s\S]*?)<\/pre>/g;
	for (const [, id, subject, text] of html.matchAll(pattern))
		mails.push({ id: id!, subject: decode(subject!).trim(), text: decode(text!) });
	return mails;
}

const CODE_SUBJECT = /^Uw inlogcode: (\d{6})$/;

/**
 * Signs in on `page` with a code from the demo mailbox. Works with and without JavaScript. Only the code
 * of this attempt is valid, so it waits for a code mail newer than the ones already there.
 */
export async function signIn(page: Page, email: string): Promise<void> {
	const before = new Set((await mailsTo(page.request, email)).map((m) => m.id));
	await page.goto('/inloggen');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByRole('button', { name: 'Stuur mij een code' }).click();
	const codeField = page.getByLabel('Code uit de mail');
	await expect(codeField).toBeVisible();
	const code = await newCode(page.request, email, before);
	await codeField.fill(code);
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
	await expect(page.getByRole('link', { name: 'Mijn gegevens', exact: true })).toBeVisible();
}

/** Waits for a sign-in code mail that was not in `seen` and returns its code. */
export async function newCode(request: APIRequestContext, email: string, seen: Set<string>): Promise<string> {
	let code = '';
	await expect
		.poll(
			async () => {
				const fresh = (await mailsTo(request, email)).find(
					(m) => !seen.has(m.id) && CODE_SUBJECT.test(m.subject)
				);
				code = fresh?.subject.match(CODE_SUBJECT)?.[1] ?? '';
				return code;
			},
			{ message: `a sign-in code for ${email} in /postvak` }
		)
		.toMatch(/^\d{6}$/);
	return code;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and fails with a readable list of violations. */
export async function expectAccessible(page: Page): Promise<void> {
	const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
	const found = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(found, `accessibility violations on ${page.url()}`).toEqual([]);
}
