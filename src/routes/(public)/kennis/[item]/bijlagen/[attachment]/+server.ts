import type { RequestHandler } from './$types';
import { downloadAttachment } from '#lib/server/modules/knowledge/attachments.usecases.ts';

/** `filename*` with RFC 5987 encoding, plus a plain ASCII fallback for old clients. */
function disposition(fileName: string) {
	const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
	const encoded = encodeURIComponent(fileName).replace(
		/['()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

// Downloads one attachment of a knowledge item for whoever may see the item (the use case checks that:
// 404, or 401 for a visitor). Always as a download with the type found in the content, never shown in
// the browser: a file can do no harm in our pages (sandbox, nosniff).
export const GET: RequestHandler = async ({ locals, params }) => {
	const file = await downloadAttachment(locals.actor, params.item, params.attachment);
	return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			'Content-Type': file.mimeType,
			'Content-Length': String(file.bytes.byteLength),
			'Content-Disposition': disposition(file.fileName),
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': 'sandbox',
			'Cache-Control': file.isPublic ? 'public, max-age=3600' : 'private, no-store'
		}
	});
};
