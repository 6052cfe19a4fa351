import { z } from 'zod';
import {
	checkbox,
	optionalDate,
	optionalNumber,
	optionalText,
	optionalTime,
	optionalUrl,
	optionalUuid,
	requiredText
} from '../../shared/zod.ts';
import { BALLOTS, MAJORITIES, MAX_CHOICE_OPTIONS, PROPOSAL_KINDS } from '#lib/domain/governance.ts';

const emptyTo =
	<T>(fallback: T) =>
	(v: unknown) =>
		v === undefined || v === '' ? fallback : v;

const required = <T extends z.ZodType>(schema: T) =>
	z.preprocess(
		emptyTo(undefined),
		schema.refine((v) => v !== undefined, 'validation_required')
	);

export const settingsInput = z.object({
	noticeDays: z
		.preprocess(emptyTo(undefined), optionalNumber(1, 90))
		.refine((v) => v === undefined || Number.isInteger(v), 'validation_whole_number'),
	maxProxies: z
		.preprocess(emptyTo(undefined), optionalNumber(0, 10))
		.refine((v) => v === undefined || Number.isInteger(v), 'validation_whole_number')
});

export const meetingInput = z
	.object({
		title: requiredText(160),
		date: required(optionalDate),
		time: required(optionalTime),
		place: optionalText(200),
		onlineUrl: optionalUrl
	})
	.superRefine((v, ctx) => {
		if (!v.place && !v.onlineUrl)
			ctx.addIssue({ code: 'custom', path: ['place'], message: 'validation_place_or_link' });
	});

export const agendaItemInput = z.object({
	title: requiredText(160),
	description: optionalText(2000),
	documentId: optionalUuid
});

export const conveneInput = z.object({
	/** Sending later than the notice period asks must be confirmed knowingly. */
	confirmLate: checkbox
});

/** The options of a choice, one per line. */
const choiceOptions = z.preprocess(
	(v) => (typeof v === 'string' ? v : Array.isArray(v) ? v.join('\n') : ''),
	z
		.string()
		.max(2000, 'validation_too_long')
		.transform((s) => [
			...new Set(
				s
					.split('\n')
					.map((o) => o.trim())
					.filter(Boolean)
			)
		])
);

export const proposalInput = z
	.object({
		title: requiredText(200),
		text: optionalText(5000),
		agendaItemId: optionalUuid,
		kind: z.preprocess(emptyTo('yes_no'), z.enum(PROPOSAL_KINDS, 'validation_invalid')),
		options: choiceOptions,
		ballot: z.preprocess(emptyTo('open'), z.enum(BALLOTS, 'validation_invalid')),
		majority: z.preprocess(emptyTo('simple'), z.enum(MAJORITIES, 'validation_invalid')),
		quorumPercent: optionalNumber(1, 100).refine(
			(v) => v === undefined || Number.isInteger(v),
			'validation_whole_number'
		)
	})
	.superRefine((v, ctx) => {
		if (v.kind !== 'choice') return;
		if (v.options.length < 2)
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'validation_two_options' });
		if (v.options.length > MAX_CHOICE_OPTIONS)
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'validation_too_many' });
		if (v.options.some((o) => o.length > 120))
			ctx.addIssue({ code: 'custom', path: ['options'], message: 'validation_too_long' });
	});

export const openInput = z.object({
	/** Voting closes on this day at this time (Europe/Amsterdam). */
	closesDate: required(optionalDate),
	closesTime: required(optionalTime)
});

export const voteInput = z.object({
	choice: z.preprocess(
		emptyTo(undefined),
		z.string('validation_choose_option').max(120, 'validation_invalid')
	),
	/** Voting as proxy holder for this member (empty: one's own vote). */
	forPersonId: optionalUuid
});

export const paperVoteInput = z.object({
	personId: z.preprocess(emptyTo(undefined), z.uuid('validation_choose_person')),
	choice: z.preprocess(
		emptyTo(undefined),
		z.string('validation_choose_option').max(120, 'validation_invalid')
	)
});

export const proxyInput = z.object({
	/** Who gives the proxy: empty for oneself; bestuur may record it for a member from a signed form. */
	grantorId: optionalUuid,
	holderId: z.preprocess(emptyTo(undefined), z.uuid('validation_choose_person'))
});

export const personInput = z.object({
	personId: z.preprocess(emptyTo(undefined), z.uuid('validation_choose_person'))
});
