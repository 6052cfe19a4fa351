// better-auth, configured for sign-in by e-mail code. We call its server API from our own form actions
// (works without JavaScript); its HTTP handler is not mounted, so /api/auth is no attack surface.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { emailOTP } from 'better-auth/plugins/email-otp';
import { getDb, type Db } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { config } from '../../shared/config.ts';
import { enqueueMail } from '../notifications/outbox.repository.ts';
import { asLocale, signInCodeMail } from '../notifications/templates.ts';
import { getLocale } from '#lib/paraglide/runtime.js';

/** AUTH_SECRET from the environment, or one generated once and kept in the data directory. */
export function authSecret(): string {
	const fromEnv = process.env.AUTH_SECRET ?? process.env.BETTER_AUTH_SECRET;
	if (fromEnv) return fromEnv;
	const file = path.resolve(config.dataDir, 'auth-secret');
	if (existsSync(file)) return readFileSync(file, 'utf8').trim();
	mkdirSync(path.dirname(file), { recursive: true });
	const secret = randomBytes(32).toString('base64url');
	writeFileSync(file, secret, { mode: 0o600 });
	return secret;
}

function safeLocale(): string {
	try {
		return getLocale();
	} catch {
		return 'nl';
	}
}

export function createAuth(db: Db) {
	return betterAuth({
		appName: 'wijkcoop',
		baseURL: config.origin,
		secret: authSecret(),
		database: drizzleAdapter(db, { provider: 'pg', schema }),
		session: {
			expiresIn: 60 * 60 * 24 * 30,
			updateAge: 60 * 60 * 24
		},
		// Limits are ours (shared/rate-limit.ts), applied in the sign-in use cases.
		rateLimit: { enabled: false },
		advanced: {
			useSecureCookies: config.origin.startsWith('https://'),
			cookiePrefix: 'wijkcoop'
		},
		telemetry: { enabled: false },
		plugins: [
			emailOTP({
				otpLength: 6,
				expiresIn: 15 * 60,
				allowedAttempts: 5,
				storeOTP: 'hashed',
				async sendVerificationOTP({ email, otp }) {
					await enqueueMail(db, signInCodeMail(email, otp, asLocale(safeLocale())));
				}
			})
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;

let instance: { db: Db; auth: Auth } | undefined;

export async function getAuth(): Promise<Auth> {
	const db = await getDb();
	if (!instance || instance.db !== db) instance = { db, auth: createAuth(db) };
	return instance.auth;
}

/** better-auth's session cookie (with or without the __Secure- prefix). */
export const SESSION_COOKIE_PATTERN = /^(__Secure-)?wijkcoop\.session_token$/;
