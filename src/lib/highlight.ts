// Search highlights come from PostgreSQL's ts_headline with the markers below around each hit (see
// knowledge.repository.ts). The text is what people wrote, so no HTML is ever built from it: the
// highlight is split into pieces of plain text, some of them hits, and the page renders each piece as text
// (inside <mark> for a hit), so Svelte escapes everything.

/** Same characters as HIT_START / HIT_END in the knowledge repository (the test checks they match). */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export interface HighlightPart {
	text: string;
	hit: boolean;
}

/** The text around the hits is Markdown: its marks (##, **, `, |, >) and line breaks read as noise. */
const plain = (text: string) =>
	text
		.replace(/^\s*>+/gm, '')
		.replace(/[#*_`|]+/g, '')
		.replace(/\s+/g, ' ');
const HIT = new RegExp(`(${HIT_START}[^${HIT_START}${HIT_END}]*${HIT_END})`);
const STRAY = new RegExp(`[${HIT_START}${HIT_END}]`, 'g');

/** A highlight as pieces of plain text; markers without a partner are dropped. */
export function highlightParts(text: string | null | undefined): HighlightPart[] {
	if (!text) return [];
	return plain(text)
		.trim()
		.split(HIT)
		.filter(Boolean)
		.map((piece) =>
			HIT.test(piece) && piece.startsWith(HIT_START)
				? { text: piece.slice(1, -1), hit: true }
				: { text: piece.replace(STRAY, ''), hit: false }
		)
		.filter((p) => p.text);
}

/** Did the search find a word in this text? */
export const hasHit = (text: string | null | undefined) => !!text && text.includes(HIT_START);
