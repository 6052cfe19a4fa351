// Scheduled work of governance: voting whose time is over is closed and its result frozen.
import { systemActor } from '../../shared/actor.ts';
import { closeExpiredVoting } from './governance.usecases.ts';

const actor = systemActor('governance jobs');

/** Runs every `intervalMs` (default 5 minutes); returns a stop function. */
export function startGovernanceJobs(intervalMs = 5 * 60_000): () => void {
	const timer = setInterval(() => {
		closeExpiredVoting(actor).catch((e) => console.error('[governance jobs] failed', e));
	}, intervalMs);
	timer.unref();
	return () => clearInterval(timer);
}
