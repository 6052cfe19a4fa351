// Search highlights come from PostgreSQL's ts_headline with the markers below around each hit (see
// knowledge.repository.ts). The text itself is what people wrote, so it is escaped first; only then do the
// markers become <mark> elements. The result is safe to put on a page with {@html}.

/** Same characters as HIT_START / HIT_END in the knowledge repository (the test checks they match). */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const HIT = new RegExp(`${HIT_START}([^${HIT_START}${HIT_END}]*)${HIT_END}`, 'g');
const STRAY = new RegExp(`[${HIT_START}${HIT_END}]`, 'g');

/** A highlight as HTML: escaped text with <mark> around the hits; markers without a partner are dropped. */
export function highlightHtml(text: string | null | undefined): string {
	if (!text) return '';
	return escapeHtml(text.replace(/\s+/g, ' ').trim())
		.replace(HIT, (_, hit: string) => (hit ? `<mark>${hit}</mark>` : ''))
		.replace(STRAY, '');
}
