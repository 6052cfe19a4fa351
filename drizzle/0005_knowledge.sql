CREATE TABLE "knowledge_attachment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"city_id" uuid,
	"network_id" uuid,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"theme" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"scope" text DEFAULT 'organisation' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"deadline" date,
	"project_status" text,
	"published_at" timestamp with time zone,
	"origin_id" uuid,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', coalesce(title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(summary, '') || ' ' || coalesce(tags_text, '')), 'B') || setweight(to_tsvector('dutch', coalesce(body, '')), 'C')) STORED NOT NULL,
	"tags_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"fields" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge_attachment" ADD CONSTRAINT "knowledge_attachment_item_id_knowledge_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_attachment" ADD CONSTRAINT "knowledge_attachment_uploaded_by_person_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_city_id_organisation_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_network_id_organisation_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."organisation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_origin_id_knowledge_item_id_fk" FOREIGN KEY ("origin_id") REFERENCES "public"."knowledge_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_item" ADD CONSTRAINT "knowledge_item_updated_by_person_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_version" ADD CONSTRAINT "knowledge_version_item_id_knowledge_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."knowledge_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_version" ADD CONSTRAINT "knowledge_version_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_attachment_item_idx" ON "knowledge_attachment" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "knowledge_item_org_idx" ON "knowledge_item" USING btree ("org_id","type");--> statement-breakpoint
CREATE INDEX "knowledge_item_search_idx" ON "knowledge_item" USING gin ("search");--> statement-breakpoint
CREATE INDEX "knowledge_item_title_trgm_idx" ON "knowledge_item" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "knowledge_item_deadline_idx" ON "knowledge_item" USING btree ("deadline") WHERE "knowledge_item"."deadline" is not null;--> statement-breakpoint
CREATE INDEX "knowledge_item_origin_idx" ON "knowledge_item" USING btree ("origin_id");--> statement-breakpoint
CREATE UNIQUE INDEX "knowledge_version_item_version_uq" ON "knowledge_version" USING btree ("item_id","version");