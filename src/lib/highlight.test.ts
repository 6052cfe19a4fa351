import { describe, expect, it } from 'vitest';
import {
	HIT_END as REPO_END,
	HIT_START as REPO_START
} from '#lib/server/modules/knowledge/knowledge.repository.ts';
import { HIT_END, HIT_START, hasHit, highlightParts } from './highlight.ts';

const hit = (word: string) => `${HIT_START}${word}${HIT_END}`;

describe('search highlights', () => {
	it('uses the same markers as the search query', () => {
		expect(HIT_START).toBe(REPO_START);
		expect(HIT_END).toBe(REPO_END);
	});

	it('splits the text into plain pieces and hits', () => {
		expect(highlightParts(`Samen ${hit('fietsen')} in de wijk`)).toEqual([
			{ text: 'Samen ', hit: false },
			{ text: 'fietsen', hit: true },
			{ text: ' in de wijk', hit: false }
		]);
		expect(hasHit(`a ${hit('b')}`)).toBe(true);
		expect(hasHit('a b')).toBe(false);
	});

	it('keeps markup as text: a <script> stays a piece of text, never HTML', () => {
		const parts = highlightParts(`<script>alert(1)</script> ${hit('<script>fiets</script>')}`);
		expect(parts).toEqual([
			{ text: '<script>alert(1)</script> ', hit: false },
			{ text: '<script>fiets</script>', hit: true }
		]);
	});

	it('cannot be tricked by stray or nested markers', () => {
		const parts = highlightParts(`${HIT_START}<b>${HIT_START}x${HIT_END}${HIT_END}<img>${HIT_START}`);
		expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['x']);
		expect(parts.map((p) => p.text).join('')).toBe('<b>x<img>');
	});

	it('drops Markdown marks and folds white space', () => {
		expect(highlightParts(null)).toEqual([]);
		expect(highlightParts('## Kop\n\n**vet**  en `code`')).toEqual([{ text: 'Kop vet en code', hit: false }]);
	});
});
