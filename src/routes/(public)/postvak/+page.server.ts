import type { PageServerLoad } from './$types';
import { queryValues } from '#lib/server/http/forms.ts';
import { readOutbox } from '#lib/server/modules/notifications/notifications.usecases.ts';

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	setHeaders({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });
	return readOutbox(locals.actor, queryValues(url));
};
