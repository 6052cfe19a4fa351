import { z } from 'zod';
import { requiredEmail } from '../../shared/zod.ts';

export const requestCodeInput = z.object({ email: requiredEmail });

export const verifyCodeInput = z.object({
	email: requiredEmail,
	code: z.preprocess(
		(v) => (typeof v === 'string' ? v.replace(/\s+/g, '') : v),
		z.string('validation_required').regex(/^[0-9]{6}$/, 'validation_code')
	)
});
