// Sign-in by e-mail code, sign-out, and turning a request's session cookie into an Actor.
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies';
import { inTransaction } from '../../db/transaction.ts';
import { anonymous, type Actor } from '../../shared/actor.ts';
import { DomainError, parseInput } from '../../shared/errors.ts';
import { consume, LIMITS } from '../../shared/rate-limit.ts';
import { audit } from '../audit/audit.repository.ts';
import { activeMembershipsOf, personForUser } from '../members/members.usecases.ts';
import { getAuth } from './auth.ts';
import { requestCodeInput, verifyCodeInput } from './auth.schemas.ts';

export interface CookieToSet {
	name: string;
	value: string;
	options: ReturnType<typeof toCookieOptions> & { path: string };
}

function cookiesFrom(headers: Headers): CookieToSet[] {
	const raw = headers.get('set-cookie');
	if (!raw) return [];
	return [...parseSetCookieHeader(raw)].map(([name, attributes]) => ({
		name,
		value: attributes.value,
		options: { ...toCookieOptions(attributes), path: attributes.path || '/' }
	}));
}

/** Sends a sign-in code. Says nothing about whether the address is known (no account enumeration). */
export async function requestSignInCode(input: unknown, clientIp: string): Promise<{ email: string }> {
	// Policy: anyone may ask for a code; the rate limits are the guard.
	const { email } = parseInput(requestCodeInput, input);
	await consume(`signin:ip:${clientIp}`, LIMITS.signInPerIp);
	await consume(`signin:email:${email}`, LIMITS.signInPerEmail);
	const auth = await getAuth();
	await auth.api.sendVerificationOTP({ body: { email, type: 'sign-in' }, headers: new Headers() });
	return { email };
}

/** Checks the code and opens a session; returns the cookies the response must set. */
export async function verifySignInCode(input: unknown, requestHeaders: Headers): Promise<CookieToSet[]> {
	const { email, code } = parseInput(verifyCodeInput, input);
	await consume(`verify:email:${email}`, LIMITS.verifyPerEmail);
	const auth = await getAuth();
	try {
		const { headers, response } = await auth.api.signInEmailOTP({
			body: { email, otp: code },
			headers: requestHeaders,
			returnHeaders: true
		});
		const person = await personForUser(response.user);
		await inTransaction((tx) =>
			audit(
				tx,
				{
					kind: 'person',
					userId: response.user.id,
					personId: person.id,
					name: person.name,
					email,
					memberships: []
				},
				{ action: 'auth.sign_in', subjectType: 'user', subjectId: response.user.id }
			)
		);
		return cookiesFrom(headers);
	} catch (e) {
		if (e instanceof Error && 'status' in e)
			throw new DomainError('error_code_wrong', 400, { code: 'error_code_wrong' });
		throw e;
	}
}

export async function signOut(requestHeaders: Headers): Promise<CookieToSet[]> {
	const auth = await getAuth();
	try {
		const { headers } = await auth.api.signOut({ headers: requestHeaders, returnHeaders: true });
		return cookiesFrom(headers);
	} catch {
		return [];
	}
}

/** The actor for a request: anonymous, or the signed-in person with their active memberships. */
export async function actorFromHeaders(requestHeaders: Headers): Promise<Actor> {
	const auth = await getAuth();
	const session = await auth.api.getSession({ headers: requestHeaders });
	if (!session) return anonymous;
	const person = await personForUser(session.user);
	return {
		kind: 'person',
		userId: session.user.id,
		personId: person.id,
		name: person.name,
		email: person.email,
		memberships: await activeMembershipsOf(person.id)
	};
}
