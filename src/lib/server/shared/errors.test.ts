import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseInput, ValidationError } from './errors.ts';
import { optionalPhone, optionalPostcode, requiredEmail, requiredText } from './zod.ts';

const schema = z.object({
	name: requiredText(10),
	email: requiredEmail,
	phone: optionalPhone,
	postcode: optionalPostcode
});

function errorsOf(input: unknown): Record<string, string> {
	try {
		parseInput(schema, input);
	} catch (e) {
		if (e instanceof ValidationError) return e.fieldErrors;
		throw e;
	}
	return {};
}

describe('input validation', () => {
	it('gives one translatable message key per field', () => {
		expect(errorsOf({ name: '', email: 'nope', phone: 'abc', postcode: '12' })).toEqual({
			name: 'validation_required',
			email: 'validation_email',
			phone: 'validation_phone',
			postcode: 'validation_postcode'
		});
	});

	it('treats empty optional fields as not given and normalises a postcode', () => {
		expect(
			parseInput(schema, { name: 'Ans', email: 'ANS@Example.nl ', phone: '', postcode: '3581ab' })
		).toEqual({
			name: 'Ans',
			email: 'ans@example.nl',
			phone: undefined,
			postcode: '3581 AB'
		});
	});

	it('refuses text over the maximum length', () => {
		expect(errorsOf({ name: 'x'.repeat(11), email: 'a@b.nl' })).toEqual({ name: 'validation_too_long' });
	});
});
