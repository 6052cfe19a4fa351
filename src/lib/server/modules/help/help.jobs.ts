// Scheduled work of Vraag en aanbod in the server process: reminders the day before, and the daily digest.
// Both are idempotent (reminderSentAt, lastDigestAt), so running them often is harmless.
import { systemActor } from '../../shared/actor.ts';
import { hourOf } from '../../shared/clock.ts';
import { sendDigests, sendReminders } from './help.usecases.ts';

const actor = systemActor('help jobs');

export async function runHelpJobs(now = new Date()): Promise<void> {
	await sendReminders(actor, now);
	// The digest goes out in the morning, once a day per volunteer.
	if (hourOf(now) >= 7) await sendDigests(actor, now);
}

/** Runs the jobs every `intervalMs` (default 15 minutes); returns a stop function. */
export function startHelpJobs(intervalMs = 15 * 60_000): () => void {
	const timer = setInterval(() => {
		runHelpJobs().catch((e) => console.error('[help jobs] failed', e));
	}, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
