import type { Reroute } from '@sveltejs/kit/hooks';
import { deLocalizeUrl } from '#lib/paraglide/runtime.js';

// /en/inloggen and /inloggen are the same route; the locale comes from the URL prefix.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
