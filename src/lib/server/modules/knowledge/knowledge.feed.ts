// News as an RSS 2.0 or Atom 1.0 feed for news readers. Pure: the same posts give the same text (an empty
// feed carries the current time as its date).
//
// The feed package puts titles and summaries in CDATA and marks them as HTML (Atom `type="html"`, and RSS
// readers treat them as HTML too). Our titles and summaries are plain text, so they are HTML-escaped first:
// a title with "<script>" shows as that text in a reader and never becomes markup.
import { Feed, type Item } from 'feed';
import { m } from '#lib/paraglide/messages.js';

/** A news post as the feed needs it (a row of `newsFeed`). */
export interface FeedPost {
	id: string;
	title: string;
	summary: string;
	orgName: string;
	publishedAt: Date | null;
	updatedAt: Date;
}

export interface FeedChannel {
	/** "Nieuws van SAMEN030". */
	title: string;
	description: string;
	/** The organisation that publishes the feed. */
	authorName: string;
	/** Language of the feed's own text (RSS `language`). */
	language: string;
	/** Absolute URLs of the news page and of both feeds. */
	pageUrl: string;
	rssUrl: string;
	atomUrl: string;
	/** The absolute URL of one post. */
	itemUrl: (id: string) => string;
}

export type FeedFormat = 'rss' | 'atom';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
	rss: 'application/rss+xml; charset=utf-8',
	atom: 'application/atom+xml; charset=utf-8'
};

// A feed belongs to the organisation, not to whoever fetched it: always its default language.
const locale = { locale: 'nl' } as const;

/** The channel of an organisation's news feed; `url` makes a path absolute (config.absoluteUrl). */
export function newsChannel(org: { name: string; slug: string }, url: (path: string) => string): FeedChannel {
	return {
		title: m.news_title_of({ org: org.name }, locale),
		description: m.news_feed_description({ org: org.name }, locale),
		authorName: org.name,
		language: locale.locale,
		pageUrl: url(`/${org.slug}/nieuws`),
		rssUrl: url(`/${org.slug}/nieuws.xml`),
		atomUrl: url(`/${org.slug}/nieuws.atom`),
		itemUrl: (id) => url(`/kennis/${id}`)
	};
}

/** Shared caches may keep a feed this long (it only holds public posts, the same for everyone). */
export const FEED_CACHE_CONTROL = 'public, max-age=900';

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Characters XML 1.0 does not allow at all (not even escaped). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Plain text made safe as the HTML content of a feed element. */
export function htmlText(text: string): string {
	return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Plain text for elements the feed package writes as XML text (it escapes those itself). */
const plain = (text: string) => text.replace(NOT_XML, '');

const dateOf = (p: FeedPost) => p.publishedAt ?? p.updatedAt;

/** The posts (newest first) as an RSS 2.0 or Atom 1.0 document. */
export function newsFeedXml(format: FeedFormat, channel: FeedChannel, posts: readonly FeedPost[]): string {
	const feed = new Feed({
		title: plain(channel.title),
		description: plain(channel.description),
		id: channel.pageUrl,
		link: channel.pageUrl,
		language: channel.language,
		// The newest post, so the feed does not look changed on every fetch when nothing happened.
		updated: posts.length ? new Date(Math.max(...posts.map((p) => dateOf(p).getTime()))) : new Date(),
		generator: false,
		feedLinks: { rss: channel.rssUrl, atom: channel.atomUrl },
		author: { name: plain(channel.authorName) }
	});
	for (const post of posts) {
		const url = channel.itemUrl(post.id);
		const item: Item = {
			title: htmlText(post.title),
			id: url,
			link: url,
			date: dateOf(post),
			description: post.summary ? htmlText(post.summary) : undefined
		};
		if (format === 'atom') item.author = [{ name: plain(post.orgName) }];
		// RSS `author` must be an e-mail address; the organisation's name goes in Dublin Core's `creator`,
		// with its namespace declared on the element itself.
		else
			item.extensions = [
				{
					name: 'dc:creator',
					objects: {
						_attributes: { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' },
						_text: plain(post.orgName)
					}
				}
			];
		feed.addItem(item);
	}
	return format === 'rss' ? feed.rss2() : feed.atom1();
}
