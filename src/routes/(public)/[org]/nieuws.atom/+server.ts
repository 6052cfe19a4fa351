import type { RequestHandler } from './$types';
import {
	FEED_CACHE_CONTROL,
	FEED_CONTENT_TYPES,
	newsChannel,
	newsFeedXml
} from '#lib/server/modules/knowledge/knowledge.feed.ts';
import { newsFeed } from '#lib/server/modules/knowledge/knowledge.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { absoluteUrl } from '#lib/server/shared/config.ts';

// The organisation's news as an Atom 1.0 feed. Only public posts (the use case reads as an outsider): the
// same for everyone, so shared caches may keep it for a while.
export const GET: RequestHandler = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	const feed = await newsFeed(locals.actor, org.id);
	return new Response(newsFeedXml('atom', newsChannel(feed.org, absoluteUrl), feed.rows), {
		headers: { 'Content-Type': FEED_CONTENT_TYPES.atom, 'Cache-Control': FEED_CACHE_CONTROL }
	});
};
