// Attachments of knowledge items: PDF, office documents and images, kept in the database with their item
// (ADR 0012). What a file is, is read from its content (magic bytes), never from its name or the browser.
import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { inTransaction } from '../../db/transaction.ts';
import { getDb } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { existingId } from '../../shared/ids.ts';
import { authorize, PERSONAL_SCOPE } from '../../shared/policy.ts';
import { audit } from '../audit/audit.repository.ts';
import * as orgs from '../organisations/organisations.usecases.ts';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_ITEM } from '#lib/domain/knowledge.ts';
import * as repo from './attachments.repository.ts';
import { getItem } from './knowledge.usecases.ts';

export interface UploadedFile {
	name: string;
	bytes: Uint8Array;
}

type AllowedMime = keyof typeof ATTACHMENT_TYPES;

const MAX_NAME_LENGTH = 120;
/** Other spellings of an extension that already fit the detected type. */
const SAME_EXTENSION: Record<string, readonly string[]> = { jpg: ['jpg', 'jpeg'] };
/** Characters that make trouble in a file name on some system, or that hide what a name really says
 * (right-to-left overrides turn "gpj.exe" into "exe.jpg" on screen). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g;

function isAllowed(mime: string): mime is AllowedMime {
	return Object.hasOwn(ATTACHMENT_TYPES, mime);
}

/**
 * The name the file is kept under: the last part of what the browser sent (no folders), without control
 * characters, at most 120 characters, ending in the extension of the type found in its content.
 */
function cleanFileName(name: string, ext: string): string {
	const last = name.split(/[/\\]/).pop() ?? '';
	let base = last
		.normalize('NFC')
		.replace(UNSAFE, '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^[.\s]+/, '')
		.replace(/[.\s]+$/, '');
	const current = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1).toLowerCase() : '';
	const fits = (SAME_EXTENSION[ext] ?? [ext]).includes(current);
	if (fits) base = base.slice(0, base.lastIndexOf('.'));
	const suffix = `.${fits ? current : ext}`;
	const stem = [...(base || 'bijlage')]
		.slice(0, MAX_NAME_LENGTH - suffix.length)
		.join('')
		.trimEnd();
	return `${stem || 'bijlage'}${suffix}`;
}

/** The item, when the actor is staff of the organisation that wrote it (others get 401/403/404). */
async function editableItem(actor: Actor, itemId: string) {
	const view = await getItem(actor, itemId);
	authorize(actor, 'knowledge.edit', await orgs.scopeFor(view.item.orgId));
	return view.item;
}

/** Checks the file: not empty, not too large, and by its content one of the allowed types. */
async function checkedFile(file: UploadedFile) {
	if (file.bytes.byteLength === 0)
		throw new ValidationError({ file: file.name ? 'validation_file_empty' : 'validation_file_required' });
	if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES)
		throw new ValidationError({ file: 'validation_file_too_large' });
	const found = await fileTypeFromBuffer(file.bytes);
	if (!found || !isAllowed(found.mime)) throw new ValidationError({ file: 'validation_file_type' });
	return { mimeType: found.mime, ext: ATTACHMENT_TYPES[found.mime] };
}

/** Adds a file to an item. Staff of the item's organisation only; at most 10 files per item. */
export async function addAttachment(actor: Actor, itemId: string, file: UploadedFile) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const item = await editableItem(actor, itemId);
	const { mimeType, ext } = await checkedFile(file);
	const fileName = cleanFileName(file.name, ext);
	const sha256 = createHash('sha256').update(file.bytes).digest('hex');
	const by = actor.kind === 'person' ? actor.personId : null;
	return inTransaction(async (tx) => {
		await repo.lockItem(tx, item.id);
		if ((await repo.countOf(tx, item.id)) >= MAX_ATTACHMENTS_PER_ITEM)
			throw new ValidationError({ file: 'validation_attachments_full' });
		const added = await repo.insert(tx, {
			itemId: item.id,
			fileName,
			mimeType,
			sizeBytes: file.bytes.byteLength,
			sha256,
			content: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
			uploadedBy: by
		});
		await audit(tx, actor, {
			action: 'knowledge.attachment.add',
			subjectType: 'knowledge_item',
			subjectId: item.id,
			orgId: item.orgId,
			details: { attachmentId: added.id, fileName, mimeType, sizeBytes: added.sizeBytes, sha256 }
		});
		return added;
	});
}

/** Removes a file from an item. Staff of the item's organisation only. */
export async function removeAttachment(actor: Actor, itemId: string, attachmentId: unknown) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const item = await editableItem(actor, itemId);
	const id = existingId(attachmentId);
	return inTransaction(async (tx) => {
		const removed = await repo.remove(tx, item.id, id);
		if (!removed) throw new NotFoundError('error_attachment_not_found');
		await audit(tx, actor, {
			action: 'knowledge.attachment.remove',
			subjectType: 'knowledge_item',
			subjectId: item.id,
			orgId: item.orgId,
			details: { attachmentId: removed.id, fileName: removed.fileName }
		});
		return removed;
	});
}

/**
 * The file, for whoever may see its item. `isPublic` says the item is published for everyone, so the
 * download may be cached.
 */
export async function downloadAttachment(actor: Actor, itemId: string, attachmentId: string) {
	authorize(actor, 'knowledge.view', PERSONAL_SCOPE);
	const { item } = await getItem(actor, itemId);
	const found = await repo.find(await getDb(), item.id, existingId(attachmentId));
	if (!found) throw new NotFoundError('error_attachment_not_found');
	const isPublic =
		item.scope === 'public' &&
		item.status === 'published' &&
		(!item.publishedAt || item.publishedAt <= new Date());
	return {
		fileName: found.fileName,
		mimeType: found.mimeType,
		bytes: new Uint8Array(found.content.buffer, found.content.byteOffset, found.content.byteLength),
		isPublic
	};
}
