// Sends queued mails over SMTP (SMTP_URL, e.g. smtp://user:pass@mail.example.nl:587) with retries and
// exponential back-off. Without SMTP_URL nothing is sent: mails stay in the outbox, readable in the app.
import nodemailer, { type Transporter } from 'nodemailer';
import { getDb } from '../../db/client.ts';
import * as repo from './outbox.repository.ts';

export const MAX_ATTEMPTS = 8;

/** 1, 2, 4 … minutes after each failed attempt; null when we give up. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
	if (attempts + 1 >= MAX_ATTEMPTS) return null;
	return new Date(now.getTime() + 60_000 * 2 ** attempts);
}

export function smtpConfigured(): boolean {
	return !!process.env.SMTP_URL;
}

export function createTransport(url = process.env.SMTP_URL): Transporter | null {
	return url ? nodemailer.createTransport(url) : null;
}

export const MAIL_FROM = () => process.env.MAIL_FROM ?? 'wijkcoop <noreply@wijkcoop.localhost>';

/** How long a claimed mail is reserved for the worker that is sending it. */
const LEASE_MS = 5 * 60_000;

/** Sends what is due. Returns how many were sent and how many failed this round. */
export async function deliverDue(transport: Transporter, now = new Date(), batch = 20) {
	const db = await getDb();
	const due = await repo.claimDue(db, batch, now, new Date(now.getTime() + LEASE_MS));
	let sent = 0;
	let failed = 0;
	for (const mail of due) {
		try {
			await transport.sendMail({
				from: MAIL_FROM(),
				to: mail.toAddress,
				subject: mail.subject,
				text: mail.text
			});
			await repo.markSent(db, mail, now);
			sent++;
		} catch (e) {
			const error = e instanceof Error ? e.message : String(e);
			await repo.markFailedAttempt(db, mail, error, nextAttemptAfter(mail.attempts, now));
			failed++;
		}
	}
	return { sent, failed };
}

/** Background worker for the server process; returns a stop function. */
export function startOutboxWorker(intervalMs = 5_000): () => void {
	const transport = createTransport();
	if (!transport) return () => {};
	let running = false;
	const timer = setInterval(async () => {
		if (running) return;
		running = true;
		try {
			await deliverDue(transport);
		} catch (e) {
			console.error('[outbox] delivery round failed', e);
		} finally {
			running = false;
		}
	}, intervalMs);
	timer.unref();
	return () => {
		clearInterval(timer);
		transport.close();
	};
}
