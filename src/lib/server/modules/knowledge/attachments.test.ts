import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '#tests/helpers/db.ts';
import { orgTree, personWith } from '#tests/factories/index.ts';
import { getDb } from '../../db/client.ts';
import { anonymous } from '../../shared/actor.ts';
import {
	AppError,
	ForbiddenError,
	NotFoundError,
	UnauthenticatedError,
	ValidationError
} from '../../shared/errors.ts';
import { auditLog } from '../audit/audit.table.ts';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_ITEM } from '#lib/domain/knowledge.ts';
import { addAttachment, downloadAttachment, removeAttachment } from './attachments.usecases.ts';
import { createItem, getItem } from './knowledge.usecases.ts';

useTestDatabase();

async function failure(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof AppError) return e;
		throw e;
	}
	throw new Error('expected the use case to refuse');
}

const fileError = async (promise: Promise<unknown>) => {
	const e = await failure(promise);
	expect(e).toBeInstanceOf(ValidationError);
	return e.fieldErrors.file;
};

const text = (s: string) => new TextEncoder().encode(s);

/** A zip archive with stored (uncompressed) entries: enough for OOXML and ODF detection. */
function zip(entries: [name: string, content: string][]): Uint8Array {
	const parts: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const [name, content] of entries) {
		const n = Buffer.from(name);
		const d = Buffer.from(content);
		const crc = crc32(d);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(0x21, 12); // 1 January 1980
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(d.length, 18);
		local.writeUInt32LE(d.length, 22);
		local.writeUInt16LE(n.length, 26);
		const entry = Buffer.alloc(46);
		entry.writeUInt32LE(0x02014b50, 0);
		entry.writeUInt16LE(20, 4);
		entry.writeUInt16LE(20, 6);
		entry.writeUInt16LE(0x21, 14);
		entry.writeUInt32LE(crc, 16);
		entry.writeUInt32LE(d.length, 20);
		entry.writeUInt32LE(d.length, 24);
		entry.writeUInt16LE(n.length, 28);
		entry.writeUInt32LE(offset, 42);
		parts.push(local, n, d);
		central.push(entry, n);
		offset += local.length + n.length + d.length;
	}
	const directory = Buffer.concat(central);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...parts, directory, end]));
}

const contentTypes = (main: string) =>
	`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/main.xml" ContentType="${main}.main+xml"/></Types>`;

const FILES = {
	pdf: text(
		'%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n'
	),
	docx: zip([
		[
			'[Content_Types].xml',
			contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
		],
		['word/document.xml', '<w:document/>']
	]),
	xlsx: zip([
		[
			'[Content_Types].xml',
			contentTypes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
		],
		['xl/workbook.xml', '<workbook/>']
	]),
	odt: zip([
		['mimetype', 'application/vnd.oasis.opendocument.text'],
		['content.xml', '<office:document-content/>']
	]),
	png: new Uint8Array(
		Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
			'base64'
		)
	)
};

const item = (over: Record<string, unknown> = {}) => ({
	type: 'werkmodel',
	title: 'Werkmodel repair café',
	summary: 'Zo start u een repair café in de buurt.',
	body: 'Zoek een ruimte en vrijwilligers die kunnen repareren.',
	theme: 'energie_duurzaam',
	tags: 'repareren',
	...over
});

async function setting(scope = 'city') {
	const tree = await orgTree();
	const staffA = await personWith(tree.orgA.id, ['coordinator'], 'Ans Coördinator');
	const memberA = await personWith(tree.orgA.id, ['bewoner'], 'Anton Lid');
	const staffB = await personWith(tree.orgB.id, ['bestuur'], 'Bram Bestuur');
	const memberB = await personWith(tree.orgB.id, ['bewoner'], 'Bea Lid');
	const own = await createItem(staffA, tree.orgA.id, item({ scope }));
	return { ...tree, staffA, memberA, staffB, memberB, own };
}

describe('what may be attached', () => {
	it('a renamed executable is refused', async () => {
		const s = await setting();
		const exe = new Uint8Array([...text('MZ'), ...new Uint8Array(510)]);
		expect(await fileError(addAttachment(s.staffA, s.own.id, { name: 'report.pdf', bytes: exe }))).toBe(
			'validation_file_type'
		);
		// Text formats that a browser could run or show as a page are refused too, whatever their name.
		for (const [name, content] of [
			['notulen.txt', 'Notulen van de ledenvergadering'],
			['pagina.html', '<!doctype html><html><body><script>alert(1)</script></body></html>'],
			['logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
			['plan.pdf', 'Dit is geen PDF']
		] as const)
			expect(await fileError(addAttachment(s.staffA, s.own.id, { name, bytes: text(content) }))).toBe(
				'validation_file_type'
			);
		// A zip that is no office document is not let through as one.
		const other = zip([['readme.txt', 'hallo']]);
		expect(await fileError(addAttachment(s.staffA, s.own.id, { name: 'plan.docx', bytes: other }))).toBe(
			'validation_file_type'
		);
		expect((await getItem(s.staffA, s.own.id)).attachments).toEqual([]);
	});

	it('an oversized file is refused with a clear message', async () => {
		const s = await setting();
		const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
		big.set(FILES.pdf);
		expect(await fileError(addAttachment(s.staffA, s.own.id, { name: 'groot.pdf', bytes: big }))).toBe(
			'validation_file_too_large'
		);
		const nl = JSON.parse(readFileSync('messages/nl.json', 'utf8')) as Record<string, string>;
		expect(nl.validation_file_too_large).toContain(`${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
		// Exactly the limit is still fine.
		const limit = new Uint8Array(MAX_ATTACHMENT_BYTES);
		limit.set(FILES.pdf);
		const added = await addAttachment(s.staffA, s.own.id, { name: 'precies.pdf', bytes: limit });
		expect(added.sizeBytes).toBe(MAX_ATTACHMENT_BYTES);
	});

	it('an empty file, or no file at all, is refused', async () => {
		const s = await setting();
		const empty = new Uint8Array(0);
		expect(await fileError(addAttachment(s.staffA, s.own.id, { name: 'leeg.pdf', bytes: empty }))).toBe(
			'validation_file_empty'
		);
		expect(await fileError(addAttachment(s.staffA, s.own.id, { name: '', bytes: empty }))).toBe(
			'validation_file_required'
		);
	});

	it('a real PDF, DOCX, XLSX, ODT and PNG are accepted, with the type found in their content', async () => {
		const s = await setting();
		const expected = {
			pdf: 'application/pdf',
			docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			odt: 'application/vnd.oasis.opendocument.text',
			png: 'image/png'
		};
		for (const [ext, bytes] of Object.entries(FILES)) {
			const added = await addAttachment(s.staffA, s.own.id, { name: `Bijlage.${ext}`, bytes });
			expect(added.mimeType).toBe(expected[ext as keyof typeof expected]);
			expect(added.fileName).toBe(`Bijlage.${ext}`);
			expect(added.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
			const file = await downloadAttachment(s.memberB, s.own.id, added.id);
			expect(file.mimeType).toBe(added.mimeType);
			expect(Buffer.from(file.bytes).equals(Buffer.from(bytes))).toBe(true);
		}
		const listed = (await getItem(s.memberA, s.own.id)).attachments;
		expect(listed.map((a) => a.fileName)).toEqual(Object.keys(FILES).map((ext) => `Bijlage.${ext}`));
		const [audited] = await (
			await getDb()
		)
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subjectId, s.own.id), eq(auditLog.action, 'knowledge.attachment.add')));
		expect(audited?.actorPersonId).toBe(s.staffA.personId);
	});

	it('the stored name has no folders or hidden characters, is at most 120 characters and ends in the real type', async () => {
		const s = await setting();
		const add = async (name: string, bytes = FILES.pdf) =>
			(await addAttachment(s.staffA, s.own.id, { name, bytes })).fileName;
		expect(await add('../../etc/Jaar\u0007verslag.pdf')).toBe('Jaarverslag.pdf');
		expect(await add('C:\\Users\\ans\\Begroting 2026.PDF')).toBe('Begroting 2026.pdf');
		// A right-to-left override would show "verslag\u202Efdp.exe" as "verslagexe.pdf".
		expect(await add('verslag\u202Efdp.exe')).toBe('verslagfdp.exe.pdf');
		expect(await add('foto', FILES.png)).toBe('foto.png');
		expect(await add('.verborgen')).toBe('verborgen.pdf');
		expect(await add('...')).toBe('bijlage.pdf');
		const long = await add(`${'Heel lang verslag '.repeat(20)}.pdf`);
		expect([...long].length).toBeLessThanOrEqual(120);
		expect(long.endsWith('.pdf')).toBe(true);
	});

	it(`an item holds at most ${MAX_ATTACHMENTS_PER_ITEM} attachments`, async () => {
		const s = await setting();
		for (let i = 1; i <= MAX_ATTACHMENTS_PER_ITEM; i++)
			await addAttachment(s.staffA, s.own.id, { name: `deel ${i}.pdf`, bytes: FILES.pdf });
		expect(
			await fileError(addAttachment(s.staffA, s.own.id, { name: 'te veel.pdf', bytes: FILES.pdf }))
		).toBe('validation_attachments_full');
		// Removing one makes room again.
		const [first] = (await getItem(s.staffA, s.own.id)).attachments;
		await removeAttachment(s.staffA, s.own.id, first!.id);
		await addAttachment(s.staffA, s.own.id, { name: 'nu wel.pdf', bytes: FILES.pdf });
	});
});

describe('who may see and change attachments', () => {
	it('an attachment of an organisation-only item cannot be downloaded by another organisation', async () => {
		const s = await setting('organisation');
		const added = await addAttachment(s.staffA, s.own.id, { name: 'intern.pdf', bytes: FILES.pdf });
		const file = await downloadAttachment(s.memberA, s.own.id, added.id);
		expect(file.isPublic).toBe(false);
		for (const actor of [s.memberB, s.staffB])
			expect(await failure(downloadAttachment(actor, s.own.id, added.id))).toBeInstanceOf(NotFoundError);
		expect(await failure(downloadAttachment(anonymous, s.own.id, added.id))).toBeInstanceOf(
			UnauthenticatedError
		);
		// Nor through another item that the reader may see.
		const open = await createItem(
			s.staffA,
			s.orgA.id,
			item({ title: 'Openbaar werkmodel', scope: 'public' })
		);
		expect(await failure(downloadAttachment(s.memberB, open.id, added.id))).toBeInstanceOf(NotFoundError);
		expect(await failure(downloadAttachment(anonymous, open.id, 'geen-id'))).toBeInstanceOf(NotFoundError);
	});

	it('an attachment of a public item may be downloaded by everyone and cached', async () => {
		const s = await setting('public');
		const added = await addAttachment(s.staffA, s.own.id, { name: 'openbaar.png', bytes: FILES.png });
		const file = await downloadAttachment(anonymous, s.own.id, added.id);
		expect(file.isPublic).toBe(true);
		expect(file.fileName).toBe('openbaar.png');
	});

	it("only staff of the item's organisation add or remove attachments", async () => {
		const s = await setting('city');
		const file = { name: 'plan.pdf', bytes: FILES.pdf };
		expect(await failure(addAttachment(s.memberA, s.own.id, file))).toBeInstanceOf(ForbiddenError);
		expect(await failure(addAttachment(s.staffB, s.own.id, file))).toBeInstanceOf(ForbiddenError);
		expect(await failure(addAttachment(anonymous, s.own.id, file))).toBeInstanceOf(UnauthenticatedError);
		const added = await addAttachment(s.staffA, s.own.id, file);
		for (const actor of [s.memberA, s.staffB, s.memberB])
			expect(await failure(removeAttachment(actor, s.own.id, added.id))).toBeInstanceOf(ForbiddenError);
		// Staff of another organisation cannot reach an item that is not shared with them at all.
		const secret = await createItem(s.staffA, s.orgA.id, item({ title: 'Intern', scope: 'organisation' }));
		expect(await failure(addAttachment(s.staffB, secret.id, file))).toBeInstanceOf(NotFoundError);

		const removed = await removeAttachment(s.staffA, s.own.id, added.id);
		expect(removed.id).toBe(added.id);
		expect(await failure(downloadAttachment(s.memberA, s.own.id, added.id))).toBeInstanceOf(NotFoundError);
		expect(await failure(removeAttachment(s.staffA, s.own.id, added.id))).toBeInstanceOf(NotFoundError);
		const [audited] = await (
			await getDb()
		)
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.subjectId, s.own.id), eq(auditLog.action, 'knowledge.attachment.remove')));
		expect(audited?.details).toMatchObject({ attachmentId: added.id });
	});
});
