import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { outbox } from './notifications.table.ts';

export type OutboxMail = typeof outbox.$inferSelect;

export interface NewMail {
	to: string;
	subject: string;
	text: string;
	kind: string;
	orgId?: string | null;
}

/** Queues a mail in the caller's transaction: it is sent only if the change it belongs to commits. */
export async function enqueueMail(tx: Executor, mail: NewMail): Promise<void> {
	await tx.insert(outbox).values({
		toAddress: mail.to,
		subject: mail.subject,
		text: mail.text,
		kind: mail.kind,
		orgId: mail.orgId ?? null
	});
}

/** Claims due mails; `for update skip locked` lets several workers share one PostgreSQL safely. */
export async function claimDue(tx: Executor, limit: number, now: Date): Promise<OutboxMail[]> {
	return tx
		.select()
		.from(outbox)
		.where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
		.orderBy(outbox.nextAttemptAt)
		.limit(limit)
		.for('update', { skipLocked: true });
}

export async function markSent(tx: Executor, id: string, now: Date): Promise<void> {
	await tx
		.update(outbox)
		.set({ status: 'sent', sentAt: now, attempts: sql`${outbox.attempts} + 1`, lastError: null })
		.where(eq(outbox.id, id));
}

export async function markFailedAttempt(
	tx: Executor,
	mail: OutboxMail,
	error: string,
	next: Date | null
): Promise<void> {
	await tx
		.update(outbox)
		.set({
			attempts: mail.attempts + 1,
			lastError: error.slice(0, 500),
			status: next ? 'pending' : 'failed',
			nextAttemptAt: next ?? mail.nextAttemptAt
		})
		.where(eq(outbox.id, mail.id));
}

export async function latest(db: Executor, options: { to?: string; limit: number }): Promise<OutboxMail[]> {
	return db
		.select()
		.from(outbox)
		.where(options.to ? eq(outbox.toAddress, options.to.toLowerCase()) : undefined)
		.orderBy(desc(outbox.createdAt))
		.limit(options.limit);
}
