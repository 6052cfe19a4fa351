import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as activities from '../../src/lib/domain/activities.ts';

const load = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const nl = load('nl');
const en = load('en');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (name === 'paraglide') return [];
		return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|svelte)$/.test(name) ? [full] : [];
	});
}

describe('messages', () => {
	it('Dutch and English have exactly the same keys', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
	});

	it('no message is left empty or untranslated placeholders differ', () => {
		for (const [key, text] of Object.entries(nl)) {
			if (key === '$schema') continue;
			expect(text.trim(), key).not.toBe('');
			const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(params(en[key] ?? ''), key).toEqual(params(text));
		}
	});

	it('every message key used in the code exists', () => {
		const used = new Set<string>();
		for (const file of sourceFiles('src')) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/\bm\.([a-z][a-z0-9_]*)\(/g)) used.add(m[1]!);
			for (const m of text.matchAll(/'((?:error|validation)_[a-z0-9_]+)'/g)) used.add(m[1]!);
		}
		const missing = [...used].filter((k) => !(k in nl));
		expect(missing).toEqual([]);
	});

	it('every value of the agenda and group enums has a label in both languages', () => {
		const groups: [string, readonly string[]][] = [
			['groupkind', activities.GROUP_KINDS],
			['theme', activities.THEMES],
			['joinpolicy', activities.JOIN_POLICIES],
			['visibility', activities.VISIBILITIES],
			['share', activities.SHARE_SCOPES],
			['signupstatus', activities.SIGNUP_STATUSES],
			['activityrecurrence', activities.ACTIVITY_RECURRENCES],
			['grouprole', activities.GROUP_ROLES],
			['placekind', activities.PLACE_KINDS],
			['facility', activities.FACILITIES]
		];
		const missing = groups.flatMap(([group, values]) =>
			values.map((v) => `${group}_${v}`).filter((key) => !(key in nl) || !(key in en))
		);
		expect(missing).toEqual([]);
	});
});
