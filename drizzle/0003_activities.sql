CREATE TABLE "activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"group_id" uuid,
	"series_id" uuid,
	"recurrence" text DEFAULT 'none' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"theme" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place_id" uuid,
	"room_id" uuid,
	"address" text,
	"area_id" uuid,
	"capacity" smallint,
	"cost_cents" integer DEFAULT 0 NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"share" text DEFAULT 'organisation' NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"cancel_reason" text,
	"contact_name" text,
	"contact_phone" text,
	"reminder_sent_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_group" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"theme" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"join_policy" text DEFAULT 'open' NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"area_id" uuid,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"archived_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_signup" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activity_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"guests" smallint DEFAULT 0 NOT NULL,
	"signed_up_by" uuid,
	"attended" boolean,
	"attendance_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "calendar_feed" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_member" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_place" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"address" text NOT NULL,
	"postcode" text,
	"city" text,
	"area_id" uuid,
	"accessibility" text DEFAULT '' NOT NULL,
	"facilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_name" text,
	"email" text,
	"phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "place_hours_exception" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"date" date NOT NULL,
	"opens" text,
	"closes" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "place_opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"weekday" text NOT NULL,
	"opens" text NOT NULL,
	"closes" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"place_id" uuid NOT NULL,
	"name" text NOT NULL,
	"capacity" smallint,
	"facilities" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "room_booking" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"group_id" uuid,
	"activity_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"booked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_group_id_activity_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."activity_group"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_place_id_meeting_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."meeting_place"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_area_id_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."area"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity" ADD CONSTRAINT "activity_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_group" ADD CONSTRAINT "activity_group_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_group" ADD CONSTRAINT "activity_group_area_id_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."area"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_group" ADD CONSTRAINT "activity_group_created_by_person_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signup" ADD CONSTRAINT "activity_signup_activity_id_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signup" ADD CONSTRAINT "activity_signup_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signup" ADD CONSTRAINT "activity_signup_signed_up_by_person_id_fk" FOREIGN KEY ("signed_up_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_signup" ADD CONSTRAINT "activity_signup_attendance_by_person_id_fk" FOREIGN KEY ("attendance_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_group_id_activity_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."activity_group"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_added_by_person_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_place" ADD CONSTRAINT "meeting_place_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_place" ADD CONSTRAINT "meeting_place_area_id_area_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."area"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_hours_exception" ADD CONSTRAINT "place_hours_exception_place_id_meeting_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."meeting_place"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "place_opening_hours" ADD CONSTRAINT "place_opening_hours_place_id_meeting_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."meeting_place"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room" ADD CONSTRAINT "room_place_id_meeting_place_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."meeting_place"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_room_id_room_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."room"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_org_id_organisation_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_group_id_activity_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."activity_group"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_activity_id_activity_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."activity"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_booking" ADD CONSTRAINT "room_booking_booked_by_person_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."person"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_org_starts_idx" ON "activity" USING btree ("org_id","starts_at");--> statement-breakpoint
CREATE INDEX "activity_group_starts_idx" ON "activity" USING btree ("group_id","starts_at");--> statement-breakpoint
CREATE INDEX "activity_series_idx" ON "activity" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "activity_shared_starts_idx" ON "activity" USING btree ("starts_at") WHERE "activity"."share" <> 'organisation' and "activity"."visibility" = 'public';--> statement-breakpoint
CREATE INDEX "activity_group_org_idx" ON "activity_group" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_group_org_name_uq" ON "activity_group" USING btree ("org_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_signup_live_uq" ON "activity_signup" USING btree ("activity_id","person_id") WHERE "activity_signup"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "activity_signup_activity_idx" ON "activity_signup" USING btree ("activity_id","status","created_at");--> statement-breakpoint
CREATE INDEX "activity_signup_person_idx" ON "activity_signup" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_token_uq" ON "calendar_feed" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "group_member_group_person_uq" ON "group_member" USING btree ("group_id","person_id");--> statement-breakpoint
CREATE INDEX "group_member_person_idx" ON "group_member" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "meeting_place_org_idx" ON "meeting_place" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_place_org_name_uq" ON "meeting_place" USING btree ("org_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "place_hours_exception_place_date_uq" ON "place_hours_exception" USING btree ("place_id","date");--> statement-breakpoint
CREATE INDEX "place_opening_hours_place_idx" ON "place_opening_hours" USING btree ("place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "room_place_name_uq" ON "room" USING btree ("place_id","name");--> statement-breakpoint
CREATE INDEX "room_booking_room_time_idx" ON "room_booking" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "room_booking_activity_idx" ON "room_booking" USING btree ("activity_id");