// Scoring of volunteers who passed the hard filters. Pure functions: every point comes with a reason the
// coordinator can read, so a suggestion is never a black box.
import { DAY_PART_HOURS } from '#lib/domain/help.ts';
import { DAY_PARTS, type AvailabilitySlot } from '#lib/domain/members.ts';
import { weekdayOf } from '../../shared/clock.ts';

export interface Reason {
	/** Message key, e.g. `match_reason_distance`. */
	key: string;
	params?: Record<string, string | number>;
	points: number;
}

export interface CandidateFacts {
	latitude: number | null;
	longitude: number | null;
	sameArea: boolean;
	languages: string[];
	/** Times this volunteer helped the resident before (matched or done). */
	withResident: number;
	/** Matches in the last 30 days. */
	recentLoad: number;
	done: number;
	failed: number;
	accepted: number;
	declined: number;
	hasOffer: boolean;
}

export interface RequestFacts {
	latitude: number | null;
	longitude: number | null;
	/** Languages that help: the one the request asks for, or the resident's own (other than Dutch). */
	languages: string[];
}

export const WEIGHTS = { distance: 40, continuity: 25, language: 15, fairness: 10, reliability: 10 } as const;

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function score(request: RequestFacts, c: CandidateFacts): { score: number; reasons: Reason[] } {
	const reasons: Reason[] = [];

	// Distance between the centres of the resident's and the volunteer's buurt: full points in the same
	// buurt, 8 points less per km, nothing from 5 km.
	if (c.sameArea) reasons.push({ key: 'match_reason_same_area', points: WEIGHTS.distance });
	else if (
		request.latitude !== null &&
		request.longitude !== null &&
		c.latitude !== null &&
		c.longitude !== null
	) {
		const km = distanceKm(
			{ lat: request.latitude, lon: request.longitude },
			{ lat: c.latitude, lon: c.longitude }
		);
		const points = Math.max(0, Math.round(WEIGHTS.distance - 8 * km));
		reasons.push({ key: 'match_reason_distance', params: { km: km.toFixed(1) }, points });
	} else reasons.push({ key: 'match_reason_distance_unknown', points: 0 });

	if (c.withResident > 0)
		reasons.push({
			key: 'match_reason_continuity',
			params: { count: c.withResident },
			points: Math.min(WEIGHTS.continuity, 15 + 5 * c.withResident)
		});

	const shared = request.languages.filter((l) => c.languages.includes(l));
	if (shared.length)
		reasons.push({
			key: 'match_reason_language',
			params: { languages: shared.join(', ') },
			points: WEIGHTS.language
		});

	// Fairness: who helped less lately comes first, so the load is shared.
	reasons.push({
		key: 'match_reason_load',
		params: { count: c.recentLoad },
		points: Math.max(0, WEIGHTS.fairness - 2 * c.recentLoad)
	});

	// Reliability: answered invitations and help that took place; a newcomer gets the middle.
	const answered = c.accepted + c.declined;
	const finished = c.done + c.failed;
	if (answered + finished === 0) reasons.push({ key: 'match_reason_new', points: WEIGHTS.reliability / 2 });
	else {
		const rate = (c.accepted + c.done) / (answered + finished);
		reasons.push({
			key: 'match_reason_reliability',
			params: { percent: Math.round(rate * 100) },
			points: Math.round(WEIGHTS.reliability * rate)
		});
	}

	if (c.hasOffer) reasons.push({ key: 'match_reason_offer', points: 0 });

	return { score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
}

/**
 * The weekly availability slots that overlap a request's time: the weekday of the date and every day part
 * the time window touches (the whole day when no time is given). Null for a flexible request: any day will do.
 */
export function slotsFor(
	date: string | null,
	timeFrom: string | null,
	timeTo: string | null
): AvailabilitySlot[] | null {
	if (!date) return null;
	const day = weekdayOf(date);
	const from = timeFrom ? hours(timeFrom) : 0;
	const to = timeTo ? hours(timeTo) : timeFrom ? from + 1 : 24;
	return DAY_PARTS.filter((part) => {
		const [start, end] = DAY_PART_HOURS[part];
		return from < end && to > start;
	}).map((part) => `${day}-${part}` as AvailabilitySlot);
}

function hours(time: string): number {
	const [h, m] = time.split(':').map(Number);
	return h! + m! / 60;
}
