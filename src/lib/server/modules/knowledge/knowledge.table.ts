import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	boolean,
	customType,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { person } from '../members/members.table.ts';
import { organisation } from '../organisations/organisations.table.ts';
import {
	KNOWLEDGE_SCOPES,
	KNOWLEDGE_STATUSES,
	KNOWLEDGE_THEMES,
	KNOWLEDGE_TYPES,
	PROJECT_STATUSES
} from '#lib/domain/knowledge.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
	dataType: () => 'bytea',
	fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v))
});

/**
 * One shared piece of knowledge: a werkmodel, draaiboek, statuten, publicatie, subsidie, instrument,
 * opleiding, smart service, project (project bank) or news post. Type-specific fields are nullable and
 * checked per type by the schemas. `cityId` and `networkId` are the author organisation's city coop and
 * network at the time of writing, so the share rule is a plain comparison (ADR 0012).
 */
export const knowledgeItem = pgTable(
	'knowledge_item',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		cityId: uuid('city_id').references(() => organisation.id, { onDelete: 'set null' }),
		networkId: uuid('network_id').references(() => organisation.id, { onDelete: 'set null' }),
		type: text('type', { enum: KNOWLEDGE_TYPES }).notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull().default(''),
		/** Markdown; rendered to sanitised HTML on display. */
		body: text('body').notNull().default(''),
		theme: text('theme', { enum: KNOWLEDGE_THEMES }).notNull(),
		tags: text('tags')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		scope: text('scope', { enum: KNOWLEDGE_SCOPES }).notNull().default('organisation'),
		status: text('status', { enum: KNOWLEDGE_STATUSES }).notNull().default('published'),
		version: integer('version').notNull().default(1),
		/** Type-specific facts (funder, amounts, deadline, provider, price, goal, budget …), see schemas. */
		details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
		/** Subsidy deadline, as a column for the "coming deadlines" list and its digest. */
		deadline: date('deadline'),
		projectStatus: text('project_status', { enum: PROJECT_STATUSES }),
		/** News: shown from this moment. */
		publishedAt: timestamp('published_at', { withTimezone: true }),
		/** Project bank: the project this one was copied from ("use this project"). */
		originId: uuid('origin_id').references((): AnyPgColumn => knowledgeItem.id, { onDelete: 'set null' }),
		contactName: text('contact_name'),
		contactEmail: text('contact_email'),
		contactPhone: text('contact_phone'),
		createdBy: uuid('created_by').references(() => person.id, { onDelete: 'set null' }),
		updatedBy: uuid('updated_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		/** Dutch full-text search over title (A), summary and tags (B) and text (C). */
		search: tsvector('search')
			.notNull()
			.generatedAlwaysAs(
				sql`setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(summary, '') || ' ' || coalesce(tags_text, '')), 'B') || setweight(to_tsvector('dutch', coalesce(body, '')), 'C')`
			),
		/** The tags as one text, kept by the repository, for the search vector. */
		tagsText: text('tags_text').notNull().default('')
	},
	(t) => [
		index('knowledge_item_org_idx').on(t.orgId, t.type),
		index('knowledge_item_search_idx').using('gin', t.search),
		index('knowledge_item_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
		index('knowledge_item_deadline_idx')
			.on(t.deadline)
			.where(sql`${t.deadline} is not null`),
		index('knowledge_item_origin_idx').on(t.originId)
	]
);

/** Every saved state of an item: the history, the diff between two versions, and restore. */
export const knowledgeVersion = pgTable(
	'knowledge_version',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		itemId: uuid('item_id')
			.notNull()
			.references(() => knowledgeItem.id, { onDelete: 'cascade' }),
		version: integer('version').notNull(),
		title: text('title').notNull(),
		summary: text('summary').notNull(),
		body: text('body').notNull(),
		/** The other fields as they were (theme, tags, scope, details …). */
		fields: jsonb('fields').$type<Record<string, unknown>>().notNull(),
		note: text('note'),
		createdBy: uuid('created_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('knowledge_version_item_version_uq').on(t.itemId, t.version)]
);

/** A file attached to an item, kept in the database (ADR 0012): its type was read from its content. */
export const knowledgeAttachment = pgTable(
	'knowledge_attachment',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		itemId: uuid('item_id')
			.notNull()
			.references(() => knowledgeItem.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		mimeType: text('mime_type').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		sha256: text('sha256').notNull(),
		content: bytea('content').notNull(),
		uploadedBy: uuid('uploaded_by').references(() => person.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('knowledge_attachment_item_idx').on(t.itemId)]
);

/** A person's opt-in for the weekly mail with coming subsidy deadlines (meant for bestuur). */
export const knowledgePreference = pgTable('knowledge_preference', {
	personId: uuid('person_id')
		.primaryKey()
		.references(() => person.id, { onDelete: 'cascade' }),
	deadlineDigest: boolean('deadline_digest').notNull().default(false),
	lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});
