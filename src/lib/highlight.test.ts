import { describe, expect, it } from 'vitest';
import {
	HIT_END as REPO_END,
	HIT_START as REPO_START
} from '#lib/server/modules/knowledge/knowledge.repository.ts';
import { escapeHtml, HIT_END, HIT_START, highlightHtml } from './highlight.ts';

const hit = (word: string) => `${HIT_START}${word}${HIT_END}`;

describe('search highlights', () => {
	it('uses the same markers as the search query', () => {
		expect(HIT_START).toBe(REPO_START);
		expect(HIT_END).toBe(REPO_END);
	});

	it('turns the markers around a hit into <mark>', () => {
		expect(highlightHtml(`Samen ${hit('fietsen')} in de wijk`)).toBe('Samen <mark>fietsen</mark> in de wijk');
	});

	it('keeps a <script> in the text escaped, also inside a hit', () => {
		const html = highlightHtml(`<script>alert(1)</script> ${hit('<script>fiets</script>')} "a" & 'b'`);
		expect(html).not.toContain('<script');
		expect(html).toBe(
			'&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;script&gt;fiets&lt;/script&gt;</mark> &quot;a&quot; &amp; &#39;b&#39;'
		);
	});

	it('cannot be tricked into markup by markers in the text', () => {
		// A lone or nested marker never produces an unbalanced <mark>, and never un-escapes anything.
		const html = highlightHtml(
			`${HIT_START}<b>${HIT_START}x${HIT_END}${HIT_END}<img src=x onerror=alert(1)>${HIT_START}`
		);
		expect(html).toBe('&lt;b&gt;<mark>x</mark>&lt;img src=x onerror=alert(1)&gt;');
		expect(html.match(/<mark>/g)?.length).toBe(html.match(/<\/mark>/g)?.length);
	});

	it('gives an empty string for no highlight and folds white space', () => {
		expect(highlightHtml(null)).toBe('');
		expect(highlightHtml('')).toBe('');
		expect(highlightHtml('  een\n\ntwee  ')).toBe('een twee');
	});

	it('escapes the five HTML characters', () => {
		expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
	});
});
