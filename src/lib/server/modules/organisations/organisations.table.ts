import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	doublePrecision,
	index,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { ORGANISATION_KINDS, AREA_KINDS } from '#lib/domain/organisations.ts';

/** Network ⊃ city coop ⊃ member organisation. `parentId` forms the tree; `kind` says which level. */
export const organisation = pgTable(
	'organisation',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		slug: text('slug').notNull(),
		name: text('name').notNull(),
		kind: text('kind', { enum: ORGANISATION_KINDS }).notNull(),
		parentId: uuid('parent_id').references((): AnyPgColumn => organisation.id, { onDelete: 'restrict' }),
		description: text('description').notNull().default(''),
		email: text('email'),
		phone: text('phone'),
		website: text('website'),
		address: text('address'),
		postcode: text('postcode'),
		city: text('city'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('organisation_slug_uq').on(t.slug), index('organisation_parent_idx').on(t.parentId)]
);

/** A buurt or wijk served by an organisation. A member organisation's buurt may point to the wijk of its
 * city coop (`wijkId`), which is how the city's member overview is filtered by wijk. */
export const area = pgTable(
	'area',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		orgId: uuid('org_id')
			.notNull()
			.references(() => organisation.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		kind: text('kind', { enum: AREA_KINDS }).notNull(),
		cbsCode: text('cbs_code'),
		wijkId: uuid('wijk_id').references((): AnyPgColumn => area.id, { onDelete: 'set null' }),
		/** 4-digit postcode areas (PC4) that fall in this area; used to place an address in a buurt. */
		postcodes: text('postcodes')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** Centre of the area (WGS84); matching uses it for the distance between resident and volunteer. */
		latitude: doublePrecision('latitude'),
		longitude: doublePrecision('longitude'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('area_org_idx').on(t.orgId), uniqueIndex('area_org_name_uq').on(t.orgId, t.name)]
);
