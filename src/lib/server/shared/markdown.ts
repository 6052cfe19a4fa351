// Safe Markdown for texts that members write (knowledge items, projects, news). Two locks, so one slip
// cannot open the other: markdown-it never passes raw HTML through (`html: false`) and makes links only
// of http(s), mailto and paths on this site; sanitize-html then keeps only a short list of tags and attributes and
// only http(s) and mailto links. The result may be put on a page with {@html}.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({
	html: false,
	linkify: true,
	typographer: false,
	// People type a line break and expect one; they do not know Markdown's "two spaces at the end".
	breaks: true
});

const SCHEMES = new Set(['http', 'https', 'mailto']);

/** Links only to web pages, e-mail addresses and paths on this site; anything else stays plain text. */
markdown.validateLink = (url) => {
	const link = url.trim().toLowerCase();
	if (link.startsWith('//')) return false;
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(link)?.[1];
	return scheme === undefined || SCHEMES.has(scheme);
};

/** No images from elsewhere on our pages (tracking, odd content): the description is shown instead. */
markdown.renderer.rules.image = (tokens, idx, options, env, self) =>
	markdown.utils.escapeHtml(self.renderInlineAsText(tokens[idx]?.children ?? [], options, env));

/**
 * The page has one h1 (the title). The text's headings start at h2, keep their order and stop at h4:
 * the highest level used ("#" or, as the form's hint says, "##") becomes h2.
 */
markdown.core.ruler.push('shift_headings', (state) => {
	const levels = state.tokens.filter((t) => t.type === 'heading_open').map((t) => Number(t.tag.slice(1)));
	if (!levels.length) return;
	const shift = 2 - Math.min(...levels);
	for (const token of state.tokens) {
		if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
		token.tag = `h${Math.min(4, Math.max(2, Number(token.tag.slice(1)) + shift))}`;
	}
});

const SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'br',
		'strong',
		'em',
		'ul',
		'ol',
		'li',
		'h2',
		'h3',
		'h4',
		'blockquote',
		'code',
		'pre',
		'a',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'hr'
	],
	allowedAttributes: { a: ['href', 'rel'], ol: ['start'], th: ['scope'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesByTag: {},
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		// Links lead to other people's sites: no window.opener, no search-engine credit, marked as user content.
		a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener nofollow ugc' } }),
		// Markdown tables have their header cells in the first row only.
		th: (tagName, attribs) => ({ tagName, attribs: { ...attribs, scope: 'col' } })
	}
};

/** Markdown as sanitised HTML, safe to put on a page as it is. */
export function renderMarkdown(text: string): string {
	if (!text.trim()) return '';
	return sanitizeHtml(markdown.render(text), SANITIZE);
}
