// Message lookup by key, for keys that arrive as data (error keys from the server, enum labels).
// Static text in components calls the message function directly (m.<key>()) so unused messages are tree-shaken.
import { m } from '#lib/paraglide/messages.js';
import { localizeHref } from '#lib/paraglide/runtime.js';

type MessageFn = (params?: Record<string, unknown>) => string;
const messages = m as unknown as Record<string, MessageFn | undefined>;

export function t(key: string | null | undefined, params: Record<string, unknown> = {}): string {
	const fn = key ? messages[key] : undefined;
	return fn ? fn(params) : m.error_unexpected();
}

/** Label of an enum value, e.g. label('role', 'coordinator') → m.role_coordinator(). */
export function label(group: string, value: string): string {
	const fn = messages[`${group}_${value}`];
	return fn ? fn() : value;
}

/** A link inside the app, with the current language prefix (/en/…) where needed. */
export function href(path: string): string {
	return localizeHref(path);
}
