// Scheduled work of the agenda in the server process: reminders the day before. Idempotent
// (reminderSentAt), so running it often is harmless.
import { systemActor } from '../../shared/actor.ts';
import { hourOf } from '../../shared/clock.ts';
import { sendActivityReminders } from './activities.usecases.ts';

const actor = systemActor('activity jobs');

export async function runActivityJobs(now = new Date()): Promise<void> {
	// Reminders go out from 9 in the morning, not in the middle of the night.
	if (hourOf(now) >= 9) await sendActivityReminders(actor, now);
}

/** Runs the jobs every `intervalMs` (default 15 minutes); returns a stop function. */
export function startActivityJobs(intervalMs = 15 * 60_000): () => void {
	const timer = setInterval(() => {
		runActivityJobs().catch((e) => console.error('[activity jobs] failed', e));
	}, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
