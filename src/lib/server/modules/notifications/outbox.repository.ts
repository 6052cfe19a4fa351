import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
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

/**
 * Claims due mails with a lease: their next attempt moves to `leaseUntil`, so no other worker takes them
 * while this one sends, and a worker that dies mid-send leaves them to be retried after the lease. One
 * short statement (`for update skip locked`): no transaction stays open during the SMTP conversation.
 */
export async function claimDue(
	db: Executor,
	limit: number,
	now: Date,
	leaseUntil: Date
): Promise<OutboxMail[]> {
	const due = db
		.select({ id: outbox.id })
		.from(outbox)
		.where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
		.orderBy(outbox.nextAttemptAt)
		.limit(limit)
		.for('update', { skipLocked: true });
	return db.update(outbox).set({ nextAttemptAt: leaseUntil }).where(inArray(outbox.id, due)).returning();
}

/** Sent. A sign-in code is not kept readable once delivered. */
export async function markSent(db: Executor, mail: OutboxMail, now: Date): Promise<void> {
	const redact = mail.kind === 'auth.code' ? { subject: '[code]', text: '[code]' } : {};
	await db
		.update(outbox)
		.set({ status: 'sent', sentAt: now, attempts: sql`${outbox.attempts} + 1`, lastError: null, ...redact })
		.where(eq(outbox.id, mail.id));
}

export async function markFailedAttempt(
	db: Executor,
	mail: OutboxMail,
	error: string,
	next: Date | null
): Promise<void> {
	await db
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
