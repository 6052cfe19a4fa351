import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;

/** Mails are written here in the same transaction as the change that causes them, then sent by the
 * outbox worker with retries. Without SMTP configured they stay `pending` and can be read in the app. */
export const outbox = pgTable(
	'outbox',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id'),
		toAddress: text('to_address').notNull(),
		subject: text('subject').notNull(),
		text: text('text').notNull(),
		kind: text('kind').notNull(),
		status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
		lastError: text('last_error'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		sentAt: timestamp('sent_at', { withTimezone: true })
	},
	(t) => [index('outbox_due_idx').on(t.status, t.nextAttemptAt), index('outbox_to_idx').on(t.toAddress)]
);
