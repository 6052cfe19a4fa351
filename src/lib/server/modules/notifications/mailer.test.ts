import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { uniqueEmail } from '#tests/factories/index.ts';
import { getDb } from '../../db/client.ts';
import { createTransport, deliverDue, MAX_ATTEMPTS } from './mailer.ts';
import { outbox } from './notifications.table.ts';
import { enqueueMail } from './outbox.repository.ts';
import { signInCodeMail } from './templates.ts';

useTestDatabase();

interface Received {
	to: string[];
	data: string;
}

/** A real SMTP server in this process; `reject` makes it refuse every message. */
function smtpServer(reject = false) {
	const received: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disableReverseLookup: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, session, callback) {
			let data = '';
			stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
			stream.on('end', () => {
				if (reject) return callback(new Error('mailbox unavailable'));
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
				callback();
			});
		}
	});
	return {
		received,
		start: () =>
			new Promise<number>((resolve) =>
				server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
			),
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

describe('outbox delivery over SMTP', () => {
	const good = smtpServer();
	const bad = smtpServer(true);
	let goodUrl = '';
	let badUrl = '';
	beforeAll(async () => {
		goodUrl = `smtp://127.0.0.1:${await good.start()}`;
		badUrl = `smtp://127.0.0.1:${await bad.start()}`;
	});
	afterAll(async () => {
		await good.stop();
		await bad.stop();
	});

	it('queued mails are delivered to the SMTP server and marked sent', async () => {
		const to = uniqueEmail('ontvanger');
		await enqueueMail(await getDb(), { to, subject: 'Uw inlogcode: 123456', text: 'Hallo', kind: 'test' });
		const transport = createTransport(goodUrl)!;
		const result = await deliverDue(transport, new Date(Date.now() + 1000));
		transport.close();
		expect(result.sent).toBeGreaterThanOrEqual(1);
		const mail = good.received.find((r) => r.to.includes(to));
		expect(mail?.data).toContain('Subject: Uw inlogcode: 123456');
		const [row] = await (await getDb()).select().from(outbox).where(eq(outbox.toAddress, to));
		expect(row?.status).toBe('sent');
		expect(row?.sentAt).toBeInstanceOf(Date);
	});

	it('a sign-in code is not kept readable in the outbox once it is delivered', async () => {
		const to = uniqueEmail('code');
		await enqueueMail(await getDb(), signInCodeMail(to, '654321', 'nl'));
		const transport = createTransport(goodUrl)!;
		await deliverDue(transport, new Date(Date.now() + 1000));
		transport.close();
		expect(good.received.find((r) => r.to.includes(to))?.data).toContain('654321');
		const [row] = await (await getDb()).select().from(outbox).where(eq(outbox.toAddress, to));
		expect(row?.status).toBe('sent');
		expect(`${row?.subject} ${row?.text}`).not.toContain('654321');
	});

	it('a refused mail stays queued with a later retry, and is given up after the last attempt', async () => {
		const to = uniqueEmail('weigering');
		const db = await getDb();
		await enqueueMail(db, { to, subject: 'Test', text: 'Hallo', kind: 'test' });
		const transport = createTransport(badUrl)!;
		let now = new Date(Date.now() + 1000);
		await deliverDue(transport, now);
		let [row] = await db.select().from(outbox).where(eq(outbox.toAddress, to));
		expect(row).toMatchObject({ status: 'pending', attempts: 1 });
		expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
		expect(row!.lastError).toMatch(/mailbox unavailable/);
		// Not due yet: a second round at the same moment does not retry.
		await deliverDue(transport, now);
		[row] = await db.select().from(outbox).where(eq(outbox.toAddress, to));
		expect(row!.attempts).toBe(1);
		for (let i = 1; i < MAX_ATTEMPTS; i++) {
			now = new Date(row!.nextAttemptAt.getTime() + 1);
			await deliverDue(transport, now);
			[row] = await db.select().from(outbox).where(eq(outbox.toAddress, to));
		}
		transport.close();
		expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
	});
});
