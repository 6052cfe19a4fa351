// The ranking of candidates: hard filters in the query, then the score with reasons. No policy check here:
// callers are the matching use case (after its check) and the benchmark.
import { getDb } from '../../db/client.ts';
import { addDays, monthOf, today } from '../../shared/clock.ts';
import { VOG_VALID_YEARS } from '#lib/domain/help.ts';
import * as repo from './matching.repository.ts';
import { score, slotsFor, type Reason } from './matching.score.ts';

/** What matching needs to know about a request (saved, or still being typed at intake). */
export interface MatchSubject {
	orgId: string;
	requestId: string | null;
	residentId: string | null;
	residentLanguages: string[];
	categoryId: string;
	skill: string | null;
	areaId: string | null;
	date: string | null;
	timeFrom: string | null;
	timeTo: string | null;
	needsVog: boolean;
	needsCar: boolean;
	language: string | null;
}

export interface Suggestion {
	volunteerId: string;
	name: string;
	areaName: string | null;
	score: number;
	reasons: Reason[];
	monthLoad: number;
	maxPerMonth: number | null;
}

/** Volunteers who pass the hard filters, best first, at most `limit`. */
export async function rankCandidates(
	subject: MatchSubject,
	limit: number,
	now = new Date()
): Promise<Suggestion[]> {
	const db = await getDb();
	const day = subject.date ?? today(now);
	const month = monthOf(day);
	const [rows, centre] = await Promise.all([
		repo.candidates(db, {
			orgId: subject.orgId,
			requestId: subject.requestId,
			residentId: subject.residentId,
			categoryId: subject.categoryId,
			skill: subject.skill,
			needsVog: subject.needsVog,
			vogSince: addDays(today(now), -Math.round(365.25 * VOG_VALID_YEARS)),
			needsCar: subject.needsCar,
			slots: slotsFor(subject.date, subject.timeFrom, subject.timeTo),
			day,
			monthFirst: month.first,
			monthLast: month.last,
			recentSince: new Date(now.getTime() - 30 * 86_400_000)
		}),
		repo.areaCentre(db, subject.orgId, subject.areaId)
	]);
	const languages = subject.language
		? [subject.language]
		: subject.residentLanguages.filter((l) => l !== 'nl');
	return rows
		.map((c) => {
			const s = score(
				{ latitude: centre?.latitude ?? null, longitude: centre?.longitude ?? null, languages },
				{ ...c, sameArea: !!subject.areaId && c.areaId === subject.areaId }
			);
			return {
				volunteerId: c.id,
				name: c.name,
				areaName: c.areaName,
				score: s.score,
				reasons: s.reasons,
				monthLoad: c.monthLoad,
				maxPerMonth: c.maxPerMonth
			};
		})
		.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'nl'))
		.slice(0, limit);
}
