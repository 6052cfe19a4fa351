CREATE TABLE "help_block" (
	"org_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "help_block_org_id_resident_id_volunteer_id_pk" PRIMARY KEY("org_id","resident_id","volunteer_id")
);
--> statement-breakpoint
CREATE TABLE "help_category" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text,
	"skill" text,
	"requires_vog" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"by_person_id" uuid,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"by_person_id" uuid,
	"rating" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_invitation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "help_offer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"volunteer_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"date" date NOT NULL,
	"time_from" text,
	"time_to" text,
	"description" text NOT NULL,
	"seats" smallint,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_report" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"volunteer_id" uuid,
	"hours" numeric(5, 2) NOT NULL,
	"km" numeric(6, 1) NOT NULL,
	"km_rate_cents" integer NOT NULL,
	"note" text,
	"logged_by" uuid,
	"logged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"series_id" uuid,
	"person_id" uuid,
	"contact_name" text,
	"contact_phone" text,
	"created_by" uuid,
	"origin" text NOT NULL,
	"category_id" uuid NOT NULL,
	"description" text NOT NULL,
	"address" text,
	"postcode" text,
	"area_id" uuid,
	"pickup" text,
	"destination" text,
	"date" date,
	"time_from" text,
	"time_to" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"needs_vog" boolean DEFAULT false NOT NULL,
	"needs_car" boolean DEFAULT false NOT NULL,
	"language" text,
	"recurrence" text DEFAULT 'none' NOT NULL,
	"status" text DEFAULT 'nieuw' NOT NULL,
	"close_reason" text,
	"volunteer_id" uuid,
	"matched_at" timestamp with time zone,
	"resident_informed_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"digested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "help_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"km_rate_cents" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_preference" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"paused_until" date,
	"digest" boolean DEFAULT false NOT NULL,
	"last_digest_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "area" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "area" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "help_block" ADD CONSTRAINT "help_block_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_block" ADD CONSTRAINT "help_block_resident_id_person_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_block" ADD CONSTRAINT "help_block_volunteer_id_person_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_block" ADD CONSTRAINT "help_block_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_category" ADD CONSTRAINT "help_category_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_event" ADD CONSTRAINT "help_event_request_id_help_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_event" ADD CONSTRAINT "help_event_by_person_id_person_id_fk" FOREIGN KEY ("by_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_feedback" ADD CONSTRAINT "help_feedback_request_id_help_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_feedback" ADD CONSTRAINT "help_feedback_by_person_id_person_id_fk" FOREIGN KEY ("by_person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_invitation" ADD CONSTRAINT "help_invitation_request_id_help_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_invitation" ADD CONSTRAINT "help_invitation_volunteer_id_person_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_invitation" ADD CONSTRAINT "help_invitation_invited_by_person_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_offer" ADD CONSTRAINT "help_offer_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_offer" ADD CONSTRAINT "help_offer_volunteer_id_person_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_offer" ADD CONSTRAINT "help_offer_category_id_help_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."help_category"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_report" ADD CONSTRAINT "help_report_request_id_help_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."help_request"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_report" ADD CONSTRAINT "help_report_volunteer_id_person_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_report" ADD CONSTRAINT "help_report_logged_by_person_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request" ADD CONSTRAINT "help_request_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request" ADD CONSTRAINT "help_request_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request" ADD CONSTRAINT "help_request_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request" ADD CONSTRAINT "help_request_category_id_help_category_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."help_category"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request" ADD CONSTRAINT "help_request_area_id_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."area"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_request" ADD CONSTRAINT "help_request_volunteer_id_person_id_fk" FOREIGN KEY ("volunteer_id") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_settings" ADD CONSTRAINT "help_settings_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_preference" ADD CONSTRAINT "volunteer_preference_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "help_category_org_key_uq" ON "help_category" USING btree ("org_id","key");--> statement-breakpoint
CREATE INDEX "help_event_request_idx" ON "help_event" USING btree ("request_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "help_feedback_request_uq" ON "help_feedback" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "help_invitation_token_uq" ON "help_invitation" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "help_invitation_request_volunteer_uq" ON "help_invitation" USING btree ("request_id","volunteer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "help_invitation_one_accept_uq" ON "help_invitation" USING btree ("request_id") WHERE "help_invitation"."status" = 'accepted';--> statement-breakpoint
CREATE INDEX "help_invitation_volunteer_idx" ON "help_invitation" USING btree ("volunteer_id");--> statement-breakpoint
CREATE INDEX "help_offer_org_date_idx" ON "help_offer" USING btree ("org_id","date");--> statement-breakpoint
CREATE INDEX "help_report_volunteer_idx" ON "help_report" USING btree ("volunteer_id","logged_at");--> statement-breakpoint
CREATE INDEX "help_request_org_status_date_idx" ON "help_request" USING btree ("org_id","status","date");--> statement-breakpoint
CREATE INDEX "help_request_volunteer_idx" ON "help_request" USING btree ("volunteer_id","date");--> statement-breakpoint
CREATE INDEX "help_request_person_idx" ON "help_request" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "help_request_series_idx" ON "help_request" USING btree ("series_id");