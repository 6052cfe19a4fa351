import { z } from 'zod';
import {
	optionalEmail,
	optionalPhone,
	optionalPostcode,
	optionalText,
	optionalUrl,
	optionalNumber,
	optionalUuid,
	requiredText
} from '../../shared/zod.ts';
import { AREA_KINDS, ORGANISATION_KINDS } from '#lib/domain/organisations.ts';

export const organisationInput = z.object({
	name: requiredText(120),
	kind: z.enum(ORGANISATION_KINDS, 'validation_required'),
	description: optionalText(4000),
	email: optionalEmail,
	phone: optionalPhone,
	website: optionalUrl,
	address: optionalText(200),
	postcode: optionalPostcode,
	city: optionalText(100)
});
export type OrganisationInput = z.output<typeof organisationInput>;

/** Editing never changes the level of an organisation. */
export const organisationUpdate = organisationInput.omit({ kind: true });

export const areaInput = z.object({
	name: requiredText(120),
	kind: z.enum(AREA_KINDS, 'validation_required'),
	cbsCode: z.preprocess(
		(v) =>
			typeof v === 'string' && v.trim() === ''
				? undefined
				: typeof v === 'string'
					? v.trim().toUpperCase()
					: v,
		z
			.string()
			.regex(/^(WK|BU)[0-9]{6,8}$/, 'validation_cbs_code')
			.optional()
	),
	wijkId: optionalUuid,
	postcodes: z.preprocess(
		(v) =>
			typeof v === 'string'
				? v
						.split(/[\s,;]+/)
						.map((s) => s.trim())
						.filter(Boolean)
				: v,
		z.array(z.string().regex(/^[1-9][0-9]{3}$/, 'validation_pc4')).max(200)
	),
	// The centre of the area in the Netherlands (WGS84), for distances in matching.
	latitude: optionalNumber(50.7, 53.6),
	longitude: optionalNumber(3.3, 7.3)
});
export type AreaInput = z.output<typeof areaInput>;

/** A filter from the query string: an unknown value is ignored, not an error. */
export const memberOverviewFilter = z.object({ wijk: optionalUuid.catch(undefined) });
