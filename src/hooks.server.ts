import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { getTextDirection } from '#lib/paraglide/runtime.js';
import { closeDatabase, database } from '#lib/server/db/client.ts';
import { actorFromHeaders } from '#lib/server/modules/auth/auth.usecases.ts';
import { startOutboxWorker } from '#lib/server/modules/notifications/mailer.ts';
import { startHelpJobs } from '#lib/server/modules/help/help.jobs.ts';
import { startActivityJobs } from '#lib/server/modules/activities/activities.jobs.ts';
import { startKnowledgeJobs } from '#lib/server/modules/knowledge/knowledge.jobs.ts';
import { startGovernanceJobs } from '#lib/server/modules/governance/governance.jobs.ts';
import { anonymous } from '#lib/server/shared/actor.ts';
import { startHousekeeping } from '#lib/server/shared/housekeeping.ts';
import { AppError } from '#lib/server/shared/errors.ts';
import { SESSION_COOKIE_PATTERN } from '#lib/server/modules/auth/auth.ts';

let stopWorkers: (() => void)[] = [];

export const init: ServerInit = async () => {
	const { engine } = await database();
	stopWorkers = [
		startOutboxWorker(),
		startHousekeeping(),
		startHelpJobs(),
		startActivityJobs(),
		startKnowledgeJobs(),
		startGovernanceJobs()
	];
	console.log(`[wijkcoop] database ready (${engine})`);
};

// scripts/start.ts emits this on SIGTERM/SIGINT once the HTTP server stopped taking requests (as
// adapter-node's own server does). PGlite must close its data directory cleanly, and open pools would keep
// the process alive.
process.once('sveltekit:shutdown' as never, async () => {
	for (const stop of stopWorkers) stop();
	await closeDatabase();
});

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		void request; // reroute (hooks.ts) already maps /en/… to the route; the URL stays as requested.
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('%paraglide.lang%', locale).replace('%paraglide.dir%', getTextDirection(locale))
		});
	});

/** The actor for this request. No session cookie: anonymous, without touching the database. */
const actor: Handle = async ({ event, resolve }) => {
	const hasSession = event.cookies.getAll().some((c) => SESSION_COOKIE_PATTERN.test(c.name));
	event.locals.actor = hasSession ? await actorFromHeaders(event.request.headers) : anonymous;
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	h.set('X-Content-Type-Options', 'nosniff');
	// A page may ask for less (the invitation link page sends no referrer at all).
	if (!h.has('Referrer-Policy')) h.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
	h.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (event.url.protocol === 'https:')
		h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
	if (event.locals.actor?.kind === 'person' && !h.has('Cache-Control'))
		h.set('Cache-Control', 'private, no-store');
	return response;
};

export const handle = sequence(securityHeaders, i18n, actor);

/** One error path: domain errors (AppError) become their status with a translated message key; anything
 * unknown is logged with a short reference id that the friendly error page shows. */
export const handleError: HandleServerError = (caught) => {
	if (caught.kind === 'unknown' && caught.error instanceof AppError) {
		return { status: caught.error.status, message: caught.error.messageKey, key: caught.error.messageKey };
	}
	if (caught.kind === 'app') return { key: caught.error.key ?? 'error_unexpected' };
	if (caught.kind !== 'unknown') {
		return {
			key:
				caught.error.status === 404
					? 'error_not_found'
					: caught.error.status < 500
						? 'validation_invalid'
						: 'error_unexpected'
		};
	}
	const id = randomUUID().slice(0, 8);
	console.error(`[wijkcoop] error ${id}`, caught.error);
	return { message: 'Internal Error', key: 'error_unexpected', id };
};
