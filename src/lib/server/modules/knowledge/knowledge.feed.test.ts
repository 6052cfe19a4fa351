import { describe, expect, it } from 'vitest';
import { htmlText, newsFeedXml, type FeedChannel, type FeedPost } from './knowledge.feed.ts';

const channel: FeedChannel = {
	title: 'Nieuws van Buurt & Co',
	description: 'Openbaar nieuws van Buurt & Co',
	authorName: 'Buurt & Co',
	language: 'nl',
	pageUrl: 'https://wijkcoop.example/buurt-co/nieuws',
	rssUrl: 'https://wijkcoop.example/buurt-co/nieuws.xml',
	atomUrl: 'https://wijkcoop.example/buurt-co/nieuws.atom',
	itemUrl: (id) => `https://wijkcoop.example/kennis/${id}`
};

const post = (over: Partial<FeedPost> = {}): FeedPost => ({
	id: '6f1c2a7e-0000-4000-8000-000000000001',
	title: 'Repair Café weer open',
	summary: 'Vanaf zaterdag repareren we weer fietsen en lampen.',
	orgName: 'Buurtcoöperatie Lombok Helpt',
	publishedAt: new Date('2026-11-20T06:00:00Z'),
	updatedAt: new Date('2026-11-21T10:00:00Z'),
	...over
});

// ---------------------------------------------------------------- a small XML reader (no dependency)

const TOKEN =
	/<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>|[^<]+|</g;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

/** Throws unless the text is well-formed XML: tags balance, one root, no stray `<` or `&`. */
function assertWellFormed(xml: string): void {
	const stack: string[] = [];
	let roots = 0;
	for (const match of xml.matchAll(TOKEN)) {
		const [token, closing, name, attributes, selfClosing] = match;
		if (token === '<') throw new Error(`stray "<" at ${match.index}`);
		if (token.startsWith('<![CDATA[') || token.startsWith('<?') || token.startsWith('<!--')) continue;
		if (name === undefined) {
			if (token.replace(ENTITY, '').includes('&')) throw new Error(`stray "&" in ${token}`);
			if (!stack.length && token.trim()) throw new Error(`text outside the root: ${token}`);
			continue;
		}
		if ((attributes ?? '').replace(ENTITY, '').includes('&')) throw new Error(`stray "&" in ${token}`);
		if (closing) {
			const open = stack.pop();
			if (open !== name) throw new Error(`</${name}> closes <${open}>`);
		} else if (!selfClosing) {
			if (!stack.length) roots++;
			stack.push(name);
		} else if (!stack.length) roots++;
	}
	if (stack.length) throw new Error(`not closed: ${stack.join(' > ')}`);
	if (roots !== 1) throw new Error(`${roots} root elements`);
}

const decodeEntities = (s: string) =>
	s.replace(ENTITY, (e) =>
		e === '&amp;'
			? '&'
			: e === '&lt;'
				? '<'
				: e === '&gt;'
					? '>'
					: e === '&quot;'
						? '"'
						: e === '&apos;'
							? "'"
							: String.fromCodePoint(Number(e.startsWith('&#x') ? `0x${e.slice(3, -1)}` : e.slice(2, -1)))
	);

/** The character data of an element's content: CDATA sections as they are, the rest decoded. */
function textOf(content: string): string {
	return content
		.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
		.map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeEntities(part)))
		.join('');
}

/** The elements named `name` directly in `xml` (no nesting of the same name in feeds). */
function elements(xml: string, name: string): { attributes: string; content: string }[] {
	const re = new RegExp(`<${name}((?:\\s+[\\w:.-]+="[^"]*")*)\\s*(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
	return [...xml.matchAll(re)].map((m) => ({ attributes: m[1] ?? '', content: m[2] ?? '' }));
}

const text = (xml: string, name: string) => {
	const [first] = elements(xml, name);
	return first ? textOf(first.content) : undefined;
};
const attribute = (attributes: string, name: string) => {
	const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
	return m ? decodeEntities(m[1]!) : undefined;
};

/** What a reader shows for an element marked as HTML that holds only text. */
const shownAsHtml = (value: string | undefined) =>
	value === undefined ? undefined : decodeEntities(value.replace(/<[^>]*>/g, ''));

// ---------------------------------------------------------------- the rules

describe('the RSS 2.0 news feed', () => {
	it('lists every post, newest first, with its title, its absolute link, date and organisation', () => {
		const older = post({
			id: '6f1c2a7e-0000-4000-8000-000000000002',
			title: 'Nieuwe vrijwilligers gezocht',
			summary: '',
			orgName: 'SAMEN030',
			publishedAt: new Date('2026-11-02T06:00:00Z')
		});
		const xml = newsFeedXml('rss', channel, [post(), older]);
		assertWellFormed(xml);
		expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/);
		expect(text(xml, 'title')).toBe('Nieuws van Buurt & Co');
		expect(text(xml, 'language')).toBe('nl');

		const items = elements(xml, 'item').map((i) => i.content);
		expect(items).toHaveLength(2);
		expect(items.map((i) => shownAsHtml(text(i, 'title')))).toEqual([
			'Repair Café weer open',
			'Nieuwe vrijwilligers gezocht'
		]);
		expect(items.map((i) => text(i, 'link'))).toEqual([
			'https://wijkcoop.example/kennis/6f1c2a7e-0000-4000-8000-000000000001',
			'https://wijkcoop.example/kennis/6f1c2a7e-0000-4000-8000-000000000002'
		]);
		expect(text(items[0]!, 'pubDate')).toBe('Fri, 20 Nov 2026 06:00:00 GMT');
		expect(shownAsHtml(text(items[0]!, 'description'))).toBe(
			'Vanaf zaterdag repareren we weer fietsen en lampen.'
		);
		expect(text(items[0]!, 'dc:creator')).toBe('Buurtcoöperatie Lombok Helpt');
		// RSS wants an e-mail address in <author>: the organisation's name is in dc:creator instead.
		expect(elements(items[0]!, 'author')).toEqual([]);
		expect(elements(items[1]!, 'description')).toEqual([]);
	});

	it('points to itself and gives the newest post as its date', () => {
		const xml = newsFeedXml('rss', channel, [post()]);
		const self = elements(xml, 'atom:link')[0]!;
		expect(attribute(self.attributes, 'href')).toBe(channel.rssUrl);
		expect(text(xml, 'lastBuildDate')).toBe('Fri, 20 Nov 2026 06:00:00 GMT');
	});
});

describe('the Atom 1.0 news feed', () => {
	it('has one entry per post with id, link, date, summary and organisation', () => {
		const xml = newsFeedXml('atom', channel, [post()]);
		assertWellFormed(xml);
		expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
		expect(text(xml, 'id')).toBe(channel.pageUrl);
		expect(text(xml, 'updated')).toBe('2026-11-20T06:00:00.000Z');

		const [entry] = elements(xml, 'entry').map((e) => e.content);
		const url = 'https://wijkcoop.example/kennis/6f1c2a7e-0000-4000-8000-000000000001';
		expect(text(entry!, 'id')).toBe(url);
		expect(attribute(elements(entry!, 'link')[0]!.attributes, 'href')).toBe(url);
		expect(shownAsHtml(text(entry!, 'title'))).toBe('Repair Café weer open');
		expect(text(entry!, 'updated')).toBe('2026-11-20T06:00:00.000Z');
		expect(shownAsHtml(text(entry!, 'summary'))).toBe('Vanaf zaterdag repareren we weer fietsen en lampen.');
		expect(text(elements(entry!, 'author')[0]!.content, 'name')).toBe('Buurtcoöperatie Lombok Helpt');
		const self = elements(xml, 'link').find((l) => attribute(l.attributes, 'rel') === 'self');
		expect(attribute(self!.attributes, 'href')).toBe(channel.atomUrl);
	});

	it('is still a valid feed without any posts', () => {
		const xml = newsFeedXml('atom', channel, []);
		assertWellFormed(xml);
		expect(elements(xml, 'entry')).toEqual([]);
	});
});

describe('text in the feeds', () => {
	const nasty = post({
		title: 'Let op: <script>alert("x")</script> & "quotes" ]]> einde',
		summary: 'Samenvatting met <b>tags</b> & \u0002tekens\u0003',
		orgName: 'Buurt & <Co>'
	});

	for (const format of ['rss', 'atom'] as const) {
		it(`escapes a title with <script>, & and "quotes" so it stays text (${format})`, () => {
			const xml = newsFeedXml(format, channel, [nasty]);
			assertWellFormed(xml);
			expect(xml).not.toMatch(/<script/i);
			expect(xml).not.toMatch(/<b>/);
			const [entry] = elements(xml, format === 'rss' ? 'item' : 'entry').map((e) => e.content);
			const title = text(entry!, 'title')!;
			// The element is HTML: the reader gets escaped text and shows the title exactly as typed.
			expect(title).toBe(htmlText(nasty.title));
			expect(shownAsHtml(title)).toBe(nasty.title);
			const summary = text(entry!, format === 'rss' ? 'description' : 'summary');
			expect(shownAsHtml(summary)).toBe('Samenvatting met <b>tags</b> & tekens');
			const author =
				format === 'rss' ? text(entry!, 'dc:creator') : text(elements(entry!, 'author')[0]!.content, 'name');
			expect(author).toBe('Buurt & <Co>');
		});
	}

	it('the reader in this test refuses XML that is not well-formed', () => {
		expect(() => assertWellFormed('<a><b></a></b>')).toThrow();
		expect(() => assertWellFormed('<a>Buurt & Co</a>')).toThrow();
		expect(() => assertWellFormed('<a>1 < 2</a>')).toThrow();
		expect(() => assertWellFormed('<a/><b/>')).toThrow();
		expect(() => assertWellFormed('<a x="1">Buurt &amp; Co<![CDATA[ & < ]]></a>')).not.toThrow();
	});

	it('htmlText escapes the five HTML characters and drops characters XML does not allow', () => {
		expect(htmlText(`<a href="x">'&'</a>\u0000\u001f`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
	});
});
