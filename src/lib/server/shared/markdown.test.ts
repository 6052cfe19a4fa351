import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';

describe('safe Markdown', () => {
	it('renders bold, italics, lists and paragraphs', () => {
		const html = renderMarkdown('Een **vet** en *schuin* woord.\n\n- een\n- twee');
		expect(html).toContain('<strong>vet</strong>');
		expect(html).toContain('<em>schuin</em>');
		expect(html).toContain('<ul>\n<li>een</li>\n<li>twee</li>\n</ul>');
	});

	it('keeps a line break where the writer typed one', () => {
		expect(renderMarkdown('Regel een\nRegel twee')).toBe('<p>Regel een<br />\nRegel twee</p>\n');
	});

	it('never puts a script on the page', () => {
		const html = renderMarkdown('Hallo <script>alert(1)</script> daar');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;script&gt;');
	});

	it('shows raw HTML as text instead of running it', () => {
		const html = renderMarkdown(
			'<div onclick="alert(1)">klik</div>\n\n<iframe src="https://evil.example"></iframe>'
		);
		expect(html).not.toMatch(/<div|<iframe/);
		expect(html).toContain('&lt;iframe');
	});

	it('refuses an image with an onerror handler', () => {
		const html = renderMarkdown('<img src=x onerror="alert(1)">\n\n![plaatje](https://example.org/a.png)');
		expect(html).not.toContain('<img');
		// What is left is text on the page: the quotes are no attribute of any element.
		expect(html).toBe('<p>&lt;img src=x onerror="alert(1)"&gt;</p>\n<p>plaatje</p>\n');
	});

	it('turns a javascript: link into plain text', () => {
		for (const link of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'vbscript:msgbox(1)',
			'file:///etc/passwd'
		]) {
			const html = renderMarkdown(`[klik](${link})`);
			expect(html).not.toContain('<a');
			expect(html).not.toMatch(/href="\s*(javascript|vbscript)/i);
		}
	});

	it('refuses data: and protocol-relative links', () => {
		for (const link of [
			'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
			'data:image/png;base64,iVBORw0KGgo=',
			'//evil.example/x'
		]) {
			const html = renderMarkdown(`[klik](${link}) ![x](${link})`);
			expect(html).not.toMatch(/<a|<img|href=|src=/);
		}
	});

	it('keeps http(s) and mailto links, marked as user content', () => {
		const html = renderMarkdown(
			'[site](https://example.org) en mail@example.org en [mail](mailto:a@example.org)'
		);
		expect(html).toContain('<a href="https://example.org" rel="noopener nofollow ugc">site</a>');
		expect(html).toContain(
			'<a href="mailto:mail@example.org" rel="noopener nofollow ugc">mail@example.org</a>'
		);
		expect(html).toContain('href="mailto:a@example.org"');
	});

	it('keeps links to pages on this site', () => {
		expect(renderMarkdown('[de kennisbank](/kennis)')).toContain(
			'<a href="/kennis" rel="noopener nofollow ugc">'
		);
	});

	it('makes links of web addresses typed as text', () => {
		expect(renderMarkdown('Kijk op https://wijkcoop.example/kennis')).toContain(
			'<a href="https://wijkcoop.example/kennis" rel="noopener nofollow ugc">'
		);
	});

	it('starts headings at h2 so the page keeps its one h1, in order and at most h4', () => {
		expect(renderMarkdown('# Een\n## Twee\n### Drie\n#### Vier\n##### Vijf')).toBe(
			'<h2>Een</h2>\n<h3>Twee</h3>\n<h4>Drie</h4>\n<h4>Vier</h4>\n<h4>Vijf</h4>\n'
		);
		// The form's hint says "##": then that is the top level, without a gap under the page title.
		expect(renderMarkdown('## Doel\n### Stap 1')).toBe('<h2>Doel</h2>\n<h3>Stap 1</h3>\n');
		expect(renderMarkdown('text')).not.toContain('<h1');
	});

	it('renders a table with column headers', () => {
		const html = renderMarkdown('| Wat | Kosten |\n| --- | ---: |\n| Zaal | 25 |');
		expect(html).toContain('<table>');
		expect(html).toContain('<th scope="col">Wat</th>');
		// Alignment comes as a style attribute, which is not kept.
		expect(html).toContain('<th scope="col">Kosten</th>');
		expect(html).toContain('<td>Zaal</td>');
		expect(html).not.toContain('style=');
	});

	it('drops attributes that are not on the list', () => {
		const html = renderMarkdown('```js\nlet a = 1;\n```');
		expect(html).toBe('<pre><code>let a = 1;\n</code></pre>\n');
	});

	it('gives nothing for an empty text', () => {
		expect(renderMarkdown('  \n ')).toBe('');
	});
});
