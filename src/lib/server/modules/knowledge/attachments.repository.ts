// Files attached to knowledge items. The list without content is `attachmentsOf` in knowledge.repository.ts.
import { and, count, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { knowledgeAttachment, knowledgeItem } from './knowledge.table.ts';

export type NewAttachment = typeof knowledgeAttachment.$inferInsert;

/** Locks the item until the transaction ends, so two uploads at once cannot pass the limit together. */
export async function lockItem(tx: Executor, itemId: string): Promise<void> {
	await tx
		.select({ id: knowledgeItem.id })
		.from(knowledgeItem)
		.where(eq(knowledgeItem.id, itemId))
		.for('update');
}

export async function countOf(tx: Executor, itemId: string): Promise<number> {
	const [row] = await tx
		.select({ n: count() })
		.from(knowledgeAttachment)
		.where(eq(knowledgeAttachment.itemId, itemId));
	return row?.n ?? 0;
}

export async function insert(tx: Executor, values: NewAttachment) {
	const [row] = await tx.insert(knowledgeAttachment).values(values).returning({
		id: knowledgeAttachment.id,
		fileName: knowledgeAttachment.fileName,
		mimeType: knowledgeAttachment.mimeType,
		sizeBytes: knowledgeAttachment.sizeBytes,
		sha256: knowledgeAttachment.sha256
	});
	return row!;
}

/** One attachment with its content, only when it belongs to this item. */
export async function find(db: Executor, itemId: string, attachmentId: string) {
	const [row] = await db
		.select({
			id: knowledgeAttachment.id,
			fileName: knowledgeAttachment.fileName,
			mimeType: knowledgeAttachment.mimeType,
			sizeBytes: knowledgeAttachment.sizeBytes,
			content: knowledgeAttachment.content
		})
		.from(knowledgeAttachment)
		.where(and(eq(knowledgeAttachment.id, attachmentId), eq(knowledgeAttachment.itemId, itemId)));
	return row;
}

/** Removes the attachment if it belongs to this item; returns what was removed. */
export async function remove(tx: Executor, itemId: string, attachmentId: string) {
	const [row] = await tx
		.delete(knowledgeAttachment)
		.where(and(eq(knowledgeAttachment.id, attachmentId), eq(knowledgeAttachment.itemId, itemId)))
		.returning({ id: knowledgeAttachment.id, fileName: knowledgeAttachment.fileName });
	return row;
}
