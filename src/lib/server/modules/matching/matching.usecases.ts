// Matching: which volunteers fit a help request, best first, each with the reasons for their place.
// Hard filters live in the candidate query (matching.repository.ts); the score in matching.score.ts.
import type { Actor } from '../../shared/actor.ts';
import { authorize } from '../../shared/policy.ts';
import * as orgs from '../organisations/organisations.usecases.ts';
import { rankCandidates, type MatchSubject, type Suggestion } from './matching.ranking.ts';

export type { MatchSubject, Suggestion } from './matching.ranking.ts';

export async function suggestVolunteers(
	actor: Actor,
	subject: MatchSubject,
	limit = 10
): Promise<Suggestion[]> {
	authorize(actor, 'help.match', await orgs.scopeFor(subject.orgId));
	return rankCandidates(subject, limit);
}
