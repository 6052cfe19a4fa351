import { z } from 'zod';
import {
	multiChoice,
	mustBeChecked,
	optionalEmail,
	optionalPhone,
	optionalPostcode,
	optionalText,
	optionalUuid,
	requiredText
} from '../../shared/zod.ts';
import {
	AVAILABILITY_SLOTS,
	LANGUAGES,
	MOBILITY,
	ROLES,
	SELF_SERVICE_ROLES,
	SKILLS,
	UI_LOCALES
} from '#lib/domain/members.ts';

const contact = {
	phone: optionalPhone,
	address: optionalText(200),
	postcode: optionalPostcode,
	city: optionalText(100)
};

export const joinInput = z.object({
	name: requiredText(120),
	...contact,
	roles: multiChoice(SELF_SERVICE_ROLES).refine((r) => r.length > 0, 'validation_choose_one'),
	motivation: requiredText(2000),
	areaId: optionalUuid
});

export const decisionInput = z.object({
	membershipId: z.uuid('validation_invalid'),
	decision: z.enum(['approve', 'decline'], 'validation_invalid'),
	reason: optionalText(1000)
});

export const managedMemberInput = z.object({
	name: requiredText(120),
	phone: optionalPhone,
	email: optionalEmail,
	address: requiredText(200),
	postcode: z.preprocess(
		(v) => (typeof v === 'string' ? v : ''),
		optionalPostcode.refine((v) => !!v, 'validation_required')
	),
	city: optionalText(100),
	areaId: optionalUuid,
	roles: multiChoice(SELF_SERVICE_ROLES),
	languages: multiChoice(LANGUAGES),
	consent: mustBeChecked,
	consentNote: optionalText(500)
});

export const profileInput = z.object({
	name: requiredText(120),
	...contact,
	locale: z.preprocess(
		(v) => (v === '' || v === undefined ? 'nl' : v),
		z.enum(UI_LOCALES, 'validation_invalid')
	),
	languages: multiChoice(LANGUAGES),
	skills: multiChoice(SKILLS),
	availability: multiChoice(AVAILABILITY_SLOTS as unknown as readonly [string, ...string[]]),
	mobility: multiChoice(MOBILITY),
	maxRequestsPerMonth: z.preprocess(
		(v) => (v === '' || v === undefined ? undefined : Number(v)),
		z
			.number('validation_number')
			.int('validation_number')
			.min(0, 'validation_number')
			.max(60, 'validation_number')
			.optional()
	),
	vogDate: z.preprocess(
		(v) => (v === '' ? undefined : v),
		z.iso
			.date('validation_date')
			.refine((d) => d <= new Date().toISOString().slice(0, 10), 'validation_date_future')
			.optional()
	)
});

export const memberFilter = z.object({
	q: optionalText(100),
	role: z.preprocess((v) => (v === '' ? undefined : v), z.enum(ROLES).optional()).catch(undefined),
	area: optionalUuid.catch(undefined),
	skill: z.preprocess((v) => (v === '' ? undefined : v), z.enum(SKILLS).optional()).catch(undefined),
	status: z.enum(['active', 'ended']).catch('active'),
	page: z.coerce.number().int().min(1).catch(1)
});
export type MemberFilter = z.output<typeof memberFilter>;

export const endMembershipInput = z.object({
	membershipId: z.uuid('validation_invalid'),
	reason: optionalText(500)
});

export const rolesInput = z.object({
	membershipId: z.uuid('validation_invalid'),
	roles: multiChoice(ROLES).refine((r) => r.length > 0, 'validation_choose_one')
});
