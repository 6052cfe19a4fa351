import { describe, expect, it } from 'vitest';
import { mailsTo, orgTree, system, uniqueEmail } from '#tests/factories/index.ts';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { DomainError, RateLimitedError, ValidationError } from '../../shared/errors.ts';
import { grantRoles } from '../members/members.usecases.ts';
import { actorFromHeaders, requestSignInCode, signOut, verifySignInCode } from './auth.usecases.ts';

useTestDatabase();

async function latestCode(email: string): Promise<string> {
	const [mail] = await mailsTo(email);
	const code = mail?.subject.match(/\d{6}/)?.[0];
	if (!code) throw new Error(`no code mailed to ${email}`);
	return code;
}

function cookieHeader(cookies: { name: string; value: string }[]): Headers {
	return new Headers({ cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') });
}

describe('sign-in by e-mail code', () => {
	it('a code arrives in the outbox and opens a session for the person with their memberships', async () => {
		const { orgA } = await orgTree();
		const email = uniqueEmail('coordinator');
		await grantRoles(system, orgA.id, { email, name: 'Carla', roles: ['coordinator'] });
		await requestSignInCode({ email: email.toUpperCase() }, '127.0.0.1');
		const cookies = await verifySignInCode({ email, code: await latestCode(email) }, new Headers());
		expect(cookies.map((c) => c.name)).toContain('wijkcoop.session_token');
		expect(cookies[0]?.options.httpOnly).toBe(true);
		const actor = await actorFromHeaders(cookieHeader(cookies));
		expect(actor).toMatchObject({ kind: 'person', name: 'Carla', email });
		expect(actor.kind === 'person' && actor.memberships).toEqual([
			{ orgId: orgA.id, roles: ['coordinator'] }
		]);
	});

	it('a wrong code is refused with a message, and the code field is the one marked', async () => {
		const email = uniqueEmail();
		await requestSignInCode({ email }, '127.0.0.2');
		const right = await latestCode(email);
		const wrong = right === '000000' ? '111111' : '000000';
		const error = await verifySignInCode({ email, code: wrong }, new Headers()).catch((e) => e);
		expect(error).toBeInstanceOf(DomainError);
		expect(error.fieldErrors).toEqual({ code: 'error_code_wrong' });
	});

	it('an unknown address gets a code too (no hint whether it has an account), and becomes a new person', async () => {
		const email = uniqueEmail('nieuw');
		await requestSignInCode({ email }, '127.0.0.3');
		const cookies = await verifySignInCode({ email, code: await latestCode(email) }, new Headers());
		const actor = await actorFromHeaders(cookieHeader(cookies));
		expect(actor).toMatchObject({ kind: 'person', email, memberships: [] });
	});

	it('asking for codes too often for one address is limited', async () => {
		const email = uniqueEmail('veel');
		for (let i = 0; i < 5; i++) await requestSignInCode({ email }, `10.0.0.${i}`);
		await expect(requestSignInCode({ email }, '10.0.0.99')).rejects.toThrow(RateLimitedError);
	});

	it('an invalid address is refused before anything is sent', async () => {
		await expect(requestSignInCode({ email: 'geen adres' }, '127.0.0.4')).rejects.toThrow(ValidationError);
	});

	it('after signing out the session no longer works', async () => {
		const email = uniqueEmail();
		await requestSignInCode({ email }, '127.0.0.5');
		const cookies = await verifySignInCode({ email, code: await latestCode(email) }, new Headers());
		await signOut(cookieHeader(cookies));
		expect(await actorFromHeaders(cookieHeader(cookies))).toEqual({ kind: 'anonymous' });
	});
});
