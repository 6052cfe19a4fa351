// Counting a vote: pure functions, so the rules (quorum edges, two-thirds, ties) are tested on their own.
import type { Majority, Outcome, ProposalKind } from '#lib/domain/governance.ts';

export interface TallyInput {
	kind: ProposalKind;
	options: readonly string[];
	majority: Majority;
	/** Percent of eligible members that must take part; null: no quorum. */
	quorumPercent: number | null;
	/** Members who could vote (one member, one vote). */
	eligible: number;
	/** One entry per ballot: the option chosen. */
	choices: readonly string[];
}

export interface TallyResult {
	eligible: number;
	cast: number;
	counts: Record<string, number>;
	quorumNeeded: number;
	quorumMet: boolean;
	outcome: Outcome;
	/** For a choice: the option with the most votes (when there is one). */
	winner: string | null;
}

/** The smallest number of members that is at least `percent` % of `eligible`. */
export function quorumOf(eligible: number, percent: number | null): number {
	if (!percent) return 0;
	// Integer arithmetic: ceil(eligible × percent / 100) without floating point surprises.
	return Math.floor((eligible * percent + 99) / 100);
}

export function tally(v: TallyInput): TallyResult {
	const counts: Record<string, number> = Object.fromEntries(v.options.map((o) => [o, 0]));
	for (const c of v.choices) if (c in counts) counts[c]! += 1;
	const cast = v.choices.length;
	const quorumNeeded = quorumOf(v.eligible, v.quorumPercent);
	const quorumMet = cast >= quorumNeeded;
	const base = { eligible: v.eligible, cast, counts, quorumNeeded, quorumMet };
	if (!quorumMet) return { ...base, outcome: 'no_quorum', winner: null };
	if (v.kind === 'yes_no') {
		const yes = counts.voor ?? 0;
		const no = counts.tegen ?? 0;
		// Abstentions took part (quorum) but do not count for the majority.
		const adopted = v.majority === 'two_thirds' ? yes > 0 && 3 * yes >= 2 * (yes + no) : yes > no;
		const outcome: Outcome = adopted
			? 'adopted'
			: v.majority === 'simple' && yes === no && yes > 0
				? 'tie'
				: 'rejected';
		return { ...base, outcome, winner: null };
	}
	const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
	const [first, second] = ranked;
	if (!first || first[1] === 0) return { ...base, outcome: 'rejected', winner: null };
	if (second && second[1] === first[1]) return { ...base, outcome: 'tie', winner: null };
	const valid = ranked.reduce((n, [, c]) => n + c, 0);
	// Simple: the most votes wins; two-thirds: only with two thirds of all valid votes.
	if (v.majority === 'two_thirds' && 3 * first[1] < 2 * valid)
		return { ...base, outcome: 'rejected', winner: null };
	return { ...base, outcome: 'adopted', winner: first[0] };
}
