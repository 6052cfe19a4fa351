// Scheduled work of the knowledge network: the weekly mail with coming subsidy deadlines, on Monday
// morning. Idempotent (lastDigestAt), so running it every hour is harmless.
import { systemActor } from '../../shared/actor.ts';
import { hourOf, today, weekdayOf } from '../../shared/clock.ts';
import { sendDeadlineDigests } from './knowledge.usecases.ts';

const actor = systemActor('knowledge jobs');

export async function runKnowledgeJobs(now = new Date()): Promise<void> {
	if (weekdayOf(today(now)) === 'mon' && hourOf(now) >= 8) await sendDeadlineDigests(actor, now);
}

/** Runs the jobs every `intervalMs` (default an hour); returns a stop function. */
export function startKnowledgeJobs(intervalMs = 60 * 60_000): () => void {
	const timer = setInterval(() => {
		runKnowledgeJobs().catch((e) => console.error('[knowledge jobs] failed', e));
	}, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
